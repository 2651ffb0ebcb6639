/**
 * A partial whose text was changed or damaged is refused with its file named and what
 * does not hold: not JSON, not a partial, another format version, cut short or run on
 * past its lines, results that do not match their digest, settings that do not match
 * the input hash, a slice that is not its shard's. A result's packed arrays that do not
 * add up to the lengths in its place (under a digest taken again) are refused too. Read
 * from its bytes, a line at a time, it is the same partial as read from its text.
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
  const lines = text.split('\n');
  const header = JSON.parse(lines[0]!) as { lines: { scenarios: number; results: number } };
  const first = 1 + header.lines.scenarios;
  const packed = JSON.parse(lines[first]!) as { arrays: unknown; result: Record<string, unknown> };
  change(packed);
  lines[first] = JSON.stringify(packed);
  const digest = createHash('sha256');
  for (const line of lines.slice(first, first + header.lines.results)) digest.update(`${line}\n`);
  lines[first + header.lines.results] = JSON.stringify({ results_digest: digest.digest('hex') });
  return lines.join('\n');
}

it('refuses packed arrays that do not add up to their lengths', () => {
  expect(repacked(() => undefined)).toBe(text);
  expect(() => parsePartial(repacked((p) => (p.result['paths'] = (p.result['paths'] as number) + 1)), F)).toThrow(/^p\.json is corrupt \(results\[job 1\]\.result\.resources\[\d+\]\.\w+: \d+ numbers where \d+ are left\)/);
  expect(() => parsePartial(repacked((p) => (p.result['paths'] = (p.result['paths'] as number) - 1)), F)).toThrow(/^p\.json is corrupt \(results\[job 1\]\.arrays: 1 numbers left over\)/);
  expect(() => parsePartial(repacked((p) => (p.result['hourEdges'] = 'many')), F)).toThrow(/results\[job 1\]\.result\.hourEdges: expected a whole number of at least 0, got "many"/);
  expect(() => parsePartial(repacked((p) => (p.arrays = [1, 2])), F)).toThrow(/results\[job 1\]\.arrays: expected numbers/);
});

it('reads the same partial from its bytes, a line at a time, as from its text', () => {
  expect(parsePartial(Buffer.from(text, 'utf8'), F)).toEqual(parsePartial(text, F));
  expect(parsePartial(new Uint8Array(Buffer.from(text, 'utf8')), F).results).toEqual(content.results);
});

it('puts the header, each scenario and each result on a line of its own', () => {
  const lines = text.split('\n');
  expect(lines.at(-1)).toBe('');
  expect(lines.slice(0, -1).map((line) => Object.keys(JSON.parse(line) as object)[0])).toEqual(['format', 'name', 'arrays', 'arrays', 'results_digest']);
});

it.each([
  ['cut short', () => text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1), /^p\.json is corrupt \(it ends at line 4 of the 5 its header announces: the file was cut short\); run its shard again$/],
  ['cut in the middle of a line', () => text.slice(0, text.length - 100), /^p\.json is corrupt \(it ends at line 4 of the 5 its header announces: the file was cut short\)/],
  ['the last newline taken away', () => text.slice(0, -1), /^p\.json is corrupt \(it ends at line 5 of the 5 its header announces: the file was cut short\)/],
  ['a line added', () => `${text}{}\n`, /^p\.json is corrupt \(it goes on past the 5 lines its header announces\); run its shard again$/],
  ['not JSON', () => `${text.slice(0, 20)}\n`, /^p\.json is not an avsim partial result \(not JSON: /],
  ['a result line that is not JSON', () => text.replace('\n{"arrays"', '\n{"arrays"x'), /^p\.json is corrupt \(its results do not match their digest/],
  ['a scenario line that is not JSON', () => text.replace('\n{"name"', '\n{"name"x'), /^p\.json is corrupt \(line 2 \(scenario 0\) is not JSON: /],
  ['another JSON document', () => '{"summary": []}', /^p\.json is not an avsim partial result \(no "format": "avsim-partial" in it\)$/],
  ['another format version', () => text.replace(`"version":${PARTIAL_VERSION}`, '"version":2'), new RegExp(`^p\\.json is an avsim partial result of format version 2; this avsim reads version ${PARTIAL_VERSION}$`)],
  ['a result changed', () => text.replace(/"windowSeconds":(\d+)/, (_m, n: string) => `"windowSeconds":${Number(n) + 1}`), /^p\.json is corrupt \(its results do not match their digest: the file was changed or damaged\); run its shard again$/],
  ['the seed changed', () => text.replace('"seed":1,', '"seed":2,'), /^p\.json is corrupt \(its workloads and settings do not match its input hash: the file was changed\)/],
  ['another slice claimed', () => text.replace('"jobs":{"start":1,', '"jobs":{"start":0,'), /^p\.json is corrupt \(jobs 0-2 of 3, where shard 2 of 2 of 1 scenarios x 3 replications is jobs 1-2\)/],
])('%s', (_what, damage, message) => {
  expect(() => parsePartial(damage(), F)).toThrow(message);
});
