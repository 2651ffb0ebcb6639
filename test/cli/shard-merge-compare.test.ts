/**
 * `avsim compare --shard i/n` for i = 1..n, then `avsim merge`, writes the same bytes
 * as `avsim compare` on one machine (comparison.csv and the run's three CSVs for each
 * n, and for n = 7 the whole set with report.html), for n = 1, 2, 3 and 7 of 9 jobs
 * (3 scenarios x 3 replications), and of two files whose scenario names collide (so
 * every name carries its workload's).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { compareCommand } from '../../src/cli/compare.js';
import { mergeCommand } from '../../src/cli/merge.js';
import { tempDir } from '../support/temp.js';
import { workload } from '../support/workloads.js';
import { invoke } from './in-process.js';
import { expectMergesEqual, filesOf, runShards } from './shards.js';

async function oneMachine(args: readonly string[], out: string): Promise<Record<string, string>> {
  expect((await invoke(compareCommand, [...args, '--out', out, '--quiet'], { keptPool: true })).status).toBe(0);
  return filesOf(out);
}

it('n = 1, 2, 3 and 7 shards merged give the bytes of one comparison', async () => {
  const root = tempDir();
  const args = [workload('p2p-open-vs-blocked.yaml'), '--replications', '3'];
  const expected = await oneMachine(args, join(root, 'one'));
  expect(Object.keys(expected)).toContain('comparison.csv');
  for (const n of [1, 2, 3, 7]) await runShards(compareCommand, args, n, join(root, `parts-${n}`));
  await expectMergesEqual(root, [1, 2, 3, 7], expected);
});

it('a comparison of two files, in 2 shards, merges to the bytes of one; --json names the files', async () => {
  const root = tempDir();
  const args = [workload('row-8-certificate-internal.yaml'), workload('row-8b-certificate-cname.yaml'), '--replications', '2', '--no-report'];
  const expected = await oneMachine(args, join(root, 'one'));
  await runShards(compareCommand, args, 2, join(root, 'parts'));
  const r = await invoke(mergeCommand, [join(root, 'parts'), '--out', join(root, 'merged'), '--json', '--no-report']);
  expect(r.status).toBe(0);
  expect(filesOf(join(root, 'merged'))).toEqual(expected);
  const doc = JSON.parse(r.stdout) as { files: { file: string }[]; wall_seconds: unknown };
  expect(doc.files.map((f) => f.file)).toEqual([workload('row-8-certificate-internal.yaml'), workload('row-8b-certificate-cname.yaml')]);
  expect(doc.wall_seconds).toBeNull(); // no one machine ran it
});
