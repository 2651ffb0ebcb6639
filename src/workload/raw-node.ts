/**
 * Reading a raw (not yet validated) workload document defensively: the cross-checks run
 * beside zod's shape checks, on a document that may be malformed anywhere, so every
 * accessor answers "nothing" rather than throw on a value of the wrong type.
 */
export type Node = Record<string, unknown>;

/** `x` as a mapping, or an empty one. */
export const node = (x: unknown): Node => (x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Node) : {});
/** `x` as a list of mappings, or an empty list. */
export const list = (x: unknown): Node[] => (Array.isArray(x) ? x.map(node) : []);
/** `x` when it is text. */
export const text = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
/** `x` when it is a safe integer. */
export const int = (x: unknown): number | undefined => (Number.isSafeInteger(x) ? (x as number) : undefined);
/** `x` when it is a finite number. */
export const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

/**
 * The names of `items` (each's `name` that is text), a problem pushed onto `problems` for
 * each name given again: `<path>[i].name: duplicate name "x" (also <path>[j].name)`.
 */
export function uniqueNames(items: readonly Node[], path: string, problems: string[]): Set<string> {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const name = text(item['name']);
    if (name === undefined) return;
    const earlier = first.get(name);
    if (earlier === undefined) first.set(name, i);
    else problems.push(`${path}[${i}].name: duplicate name "${name}" (also ${path}[${earlier}].name)`);
  });
  return new Set(first.keys());
}
