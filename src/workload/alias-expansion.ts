/**
 * A YAML document's aliases, checked before it is turned into plain values: an alias
 * to no anchor, an alias inside its own anchor (a cycle no workload needs and no later
 * step could walk), and aliases or merge keys (`<<: *x`) that would expand a small text
 * into a huge value ("billion laughs"). The expansion is counted without expanding
 * anything: each anchored node's size is computed once.
 */
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter } from 'yaml';

/**
 * Most nodes a document may expand to once its aliases are followed. A large
 * enterprise workload is a few thousand nodes; a "billion laughs" is 10^9.
 */
export const MAX_EXPANDED_NODES = 100_000;

/** Every alias problem of `doc`, each `at line L, column C: ...`; empty when none. */
export function aliasProblems(doc: Document, lines: LineCounter): string[] {
  const problems: string[] = [];
  const at = (node: unknown): string => {
    const range = (node as { range?: readonly number[] | null }).range;
    if (!range) return '';
    const { line, col } = lines.linePos(range[0]!);
    return ` at line ${line}, column ${col}`;
  };
  const sizes = new Map<unknown, number>();
  const size = (node: unknown): number => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    let n = 1;
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (target === undefined) {
        problems.push(`invalid YAML${at(node)}: alias *${node.source} names no anchor defined before it`);
        n = 1;
      } else if (contains(target, node)) {
        problems.push(`invalid YAML${at(node)}: alias *${node.source} refers to a node that contains it (recursive alias)`);
        n = 1;
      } else n = size(target);
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        n += isPair(item) ? size(item.key) + size(item.value) : size(item);
        if (n > MAX_EXPANDED_NODES) break; // enough to refuse; no need to count on
      }
    } else if (!isScalar(node)) n = 0; // an empty value
    sizes.set(node, n);
    return n;
  };
  const total = size(doc.contents);
  if (total > MAX_EXPANDED_NODES) {
    problems.push(
      `refused: its aliases would expand to more than ${MAX_EXPANDED_NODES} values (an alias or merge-key bomb, "billion laughs"?)`,
    );
  }
  return problems;
}

/** Whether `node`'s source text contains `inner`'s (an alias inside its own anchor). */
function contains(node: unknown, inner: unknown): boolean {
  const outer = (node as { range?: readonly number[] | null }).range;
  const within = (inner as { range?: readonly number[] | null }).range;
  if (!outer || !within) return false;
  return outer[0]! <= within[0]! && within[0]! < outer[2]!;
}
