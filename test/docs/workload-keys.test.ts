/**
 * docs/workload.md documents every key of the workload file (issue 15): every property
 * path of the JSON Schema, in the page's own notation (`deployment.edges[].servers`,
 * `traffic.perUserPerHour.pstn`, `cac.regions[].name`), must appear in the first column
 * of one of its tables. The test fails when a key is added to the schema and not to the
 * page, and when the page lists a key the schema no longer has.
 *
 * Two kinds of key are documented as a whole, not key by key: a map whose keys are data
 * (`traffic.conferenceSize.sizes`, sizes to weights) and the scenario patch
 * (`scenarios[].patch`, a merge patch over the whole file). Neither has `properties` in
 * the schema, so the walk stops at them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workloadJsonSchema } from '../../src/workload/json-schema.js';

const PAGE = readFileSync(fileURLToPath(new URL('../../docs/workload.md', import.meta.url)), 'utf8');

interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
  readonly allOf?: readonly SchemaNode[];
}

/** A key of the file: its path in the page's notation, and whether it holds a list. */
interface KeyPath {
  readonly path: string;
  readonly list: boolean;
}

/** Every property path under `node`, parents before children, each once. */
function keyPaths(node: SchemaNode, prefix = '', out = new Map<string, KeyPath>()): Map<string, KeyPath> {
  for (const option of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) keyPaths(option, prefix, out);
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const list = holdsList(child);
    if (!out.has(path) || list) out.set(path, { path, list: list || (out.get(path)?.list ?? false) });
    keyPaths(child, path, out);
    for (const item of listItems(child)) keyPaths(item, `${path}[]`, out);
  }
  return out;
}

/** The node's options, itself included (a key may be a list in one form of a union). */
function options(node: SchemaNode): SchemaNode[] {
  return [node, ...[...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])].flatMap(options)];
}

function holdsList(node: SchemaNode): boolean {
  return options(node).some((o) => o.type === 'array' || (Array.isArray(o.type) && o.type.includes('array')));
}

function listItems(node: SchemaNode): SchemaNode[] {
  return options(node).flatMap((o) => (o.items === undefined ? [] : [o.items]));
}

/** The code spans in the first column of every table row of the page (header rows included). */
function firstColumnSpans(markdown: string): Set<string> {
  const spans = new Set<string>();
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) continue;
    const first = line.split('|')[1] ?? '';
    for (const m of first.matchAll(/`([^`]+)`/g)) spans.add(m[1]!);
  }
  return spans;
}

const KEYS = [...keyPaths(workloadJsonSchema() as SchemaNode).values()];
const DOCUMENTED = firstColumnSpans(PAGE);

/** The key as the page may write it: a list as `a.b` or `a.b[]`. */
function documented(key: KeyPath): boolean {
  return DOCUMENTED.has(key.path) || (key.list && DOCUMENTED.has(`${key.path}[]`));
}

describe('docs/workload.md documents every key of the workload schema', () => {
  it('finds the keys it should (the walk itself)', () => {
    const paths = KEYS.map((k) => k.path);
    for (const path of ['name', 'deployment.edges[].servers', 'traffic.perUserPerHour.pstn', 'cac.regions[].name', 'traffic.holdingTime.pstn.cv', 'traffic.conferenceSize.sizes', 'scenarios[].patch']) {
      expect(paths).toContain(path);
    }
    expect(KEYS.find((k) => k.path === 'cac.regions')?.list).toBe(true);
    // Maps of data and the merge patch are documented whole: nothing below them.
    expect(paths.filter((p) => p.startsWith('traffic.conferenceSize.sizes.') || p.startsWith('scenarios[].patch.'))).toEqual([]);
  });

  it.each(KEYS.map((k) => [k.path, k] as const))('%s', (_path, key) => {
    expect(documented(key), `${key.path}: add it to a key table of docs/workload.md`).toBe(true);
  });

  it('lists no key the schema does not have', () => {
    const known = new Set(KEYS.flatMap((k) => (k.list ? [k.path, `${k.path}[]`] : [k.path])));
    const tops = new Set(KEYS.filter((k) => !k.path.includes('.') && !k.path.includes('[')).map((k) => k.path));
    // A span naming a key starts with a top-level key and goes deeper; `traffic.perUserPerHour.*` stands for several.
    const looksLikeKey = (span: string): boolean => /^[A-Za-z]+(\[\])?([.][A-Za-z]+(\[\])?)+$/.test(span) && tops.has(span.split(/[.[]/)[0]!);
    const stale = [...DOCUMENTED].filter((span) => looksLikeKey(span) && !known.has(span));
    expect(stale).toEqual([]);
  });
});
