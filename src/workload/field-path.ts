/**
 * Field paths as an architect reads them in the file (`deployment.sites[1].users`), and
 * the value found at such a path in the raw, not yet validated document.
 */

/** One step of a field path: a mapping key or a list index. */
export type PathKey = PropertyKey;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/**
 * `deployment.sites[1].users` from `['deployment', 'sites', 1, 'users']`; a key that is
 * not a plain word is quoted (`network["my key"]`). The empty path is `(top level)`.
 */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '(top level)' : out;
}

/**
 * The value at `path` in a raw document, or `undefined` when any step is missing.
 * Only own properties count: a key named `constructor` finds nothing inherited.
 */
export function valueAt(raw: unknown, path: readonly PathKey[]): unknown {
  let node = raw;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** The kind of a raw value in the file's terms: string, number, boolean, null, list, mapping. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  return typeof value;
}

const MAX_VALUE_CHARS = 40;

/**
 * A short rendering of a received value, as JSON cut at about 40 characters:
 * `-5`, `"abc"`, `[1,2]`; `nothing` for a missing value; `Infinity` and `NaN` as such.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value); // a value JSON cannot render (a cycle): say what it is
  }
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 3)}...` : text;
}
