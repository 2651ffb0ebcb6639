/**
 * A partial whose text was changed or damaged is refused with its file named and what
 * does not hold: not JSON, not a partial, another format version, results that do not
 * match their digest, settings that do not match the input hash, a slice that is not
 * its shard's. A partial laid out otherwise (reformatted, the same JSON) still reads,
 * its digest then taken of its results rendered again, and a changed result in it is
 * refused all the same. A result's packed arrays that do not add up to the lengths in
 * its place (under a digest taken again) are refused too.
 */
import { createHash } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import type { PartialContent } from '../../src/analysis/partial.js';
import { PARTIAL_VERSION, parsePartial, renderPartial } from '../../src/analysis/partial.js';
import { runShard } from '../../src/analysis/shard-run.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { keptPool } from '../support/pool.js';
import { workload } from '../support/workloads.js';

let text = '';
let content: PartialContent;
beforeAll(async () => {
  const scenarios = loadScenarios(workload('row-1-p2p-open.yaml'));
  content = await runShard({ command: 'run', files: ['row-1.yaml'], scenarios }, { index: 2, count: 2 }, { replications: 3, pool: keptPool() });
  text = renderPartial(content, '0.1.0');
});

const F = 'p.json';

it('reads back what it wrote', () => {
  const partial = parsePartial(text, F);
  expect(partial.shard).toEqual({ index: 2, count: 2 });
  expect(partial.jobs).toEqual({ start: 1, end: 3, total: 3 });
  expect(partial.results.map((r) => r.replication)).toEqual([1, 2]);
  expect(partial.avsim).toBe('0.1.0');
  // Every array, each resource's included, comes back bit for bit from its packed form.
  expect(partial.results).toEqual(content.results);
});

/** The text with the first result's packed form changed by `change`, its digest taken again (so only the packing can refuse it). */
function repacked(change: (packed: { arrays: unknown; result: Record<string, unknown> }) => void): string {
  const doc = JSON.parse(text) as Record<string, unknown> & { results: { arrays: unknown; result: Record<string, unknown> }[] };
  change(doc.results[0]!);
  doc['results_digest'] = createHash('sha256').update(JSON.stringify(doc.results)).digest('hex');
  return JSON.stringify(doc, null, 1);
}

it('refuses packed arrays that do not add up to their lengths', () => {
  expect(() => parsePartial(repacked((p) => (p.result['paths'] = (p.result['paths'] as number) + 1)), F)).toThrow(/^p\.json is corrupt \(results\[job 1\]\.result\.resources\[\d+\]\.\w+: \d+ numbers where \d+ are left\)/);
  expect(() => parsePartial(repacked((p) => (p.result['paths'] = (p.result['paths'] as number) - 1)), F)).toThrow(/^p\.json is corrupt \(results\[job 1\]\.arrays: 1 numbers left over\)/);
  expect(() => parsePartial(repacked((p) => (p.result['hourEdges'] = 'many')), F)).toThrow(/results\[job 1\]\.result\.hourEdges: expected a whole number of at least 0, got "many"/);
  expect(() => parsePartial(repacked((p) => (p.arrays = [1, 2])), F)).toThrow(/results\[job 1\]\.arrays: expected numbers/);
});

it('reads a reformatted partial, and refuses one with a changed result', () => {
  const reformatted = JSON.stringify(JSON.parse(text), null, 1);
  expect(parsePartial(reformatted, F).results).toEqual(parsePartial(text, F).results);
  const changed = reformatted.replace(/"windowSeconds": (\d+)/, (_m, n: string) => `"windowSeconds": ${Number(n) + 1}`);
  expect(changed).not.toBe(reformatted);
  expect(() => parsePartial(changed, F)).toThrow(/its results do not match their digest/);
});

it.each([
  ['truncated', () => text.slice(0, text.length / 2), /^p\.json is not an avsim partial result \(not JSON: /],
  ['another JSON document', () => '{"summary": []}', /^p\.json is not an avsim partial result \(no "format": "avsim-partial" in it\)$/],
  ['another format version', () => text.replace(`"version":${PARTIAL_VERSION}`, '"version":2'), new RegExp(`^p\\.json is an avsim partial result of format version 2; this avsim reads version ${PARTIAL_VERSION}$`)],
  ['a result changed', () => text.replace(/"windowSeconds":(\d+)/, (_m, n: string) => `"windowSeconds":${Number(n) + 1}`), /^p\.json is corrupt \(its results do not match their digest: the file was changed or damaged\); run its shard again$/],
  ['the seed changed', () => text.replace('"seed":1,', '"seed":2,'), /^p\.json is corrupt \(its workloads and settings do not match its input hash: the file was changed\)/],
  ['another slice claimed', () => text.replace('"jobs":{"start":1,', '"jobs":{"start":0,'), /^p\.json is corrupt \(jobs 0-2 of 3, where shard 2 of 2 of 1 scenarios x 3 replications is jobs 1-2\)/],
])('%s', (_what, damage, message) => {
  expect(() => parsePartial(damage(), F)).toThrow(message);
});
