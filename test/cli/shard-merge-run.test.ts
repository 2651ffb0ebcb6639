/**
 * `avsim run --shard i/n` for i = 1..n, then `avsim merge`, writes the same bytes as
 * `avsim run` on one machine, for n = 1, 2, 3 and 7 of 8 jobs (slices of unequal
 * length, and 7 shards of one or two jobs): every CSV for each n, and for n = 7 the
 * whole set, report.html and the set's marker included.
 * Each command runs in-process; test/cli/process/shard-processes.test.ts runs shards
 * as processes of their own.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCommand } from '../../src/cli/run.js';
import { tempDir } from '../support/temp.js';
import { workload } from '../support/workloads.js';
import { invoke } from './in-process.js';
import { expectMergesEqual, filesOf, runShards } from './shards.js';

const ARGS = [workload('row-1-p2p-open.yaml'), '--replications', '8', '--seed', '5'];

it('n = 1, 2, 3 and 7 shards merged give the bytes of one run', async () => {
  const root = tempDir();
  const one = join(root, 'one');
  expect((await invoke(runCommand, [...ARGS, '--out', one, '--quiet'], { keptPool: true })).status).toBe(0);
  const expected = filesOf(one);
  expect(Object.keys(expected)).toEqual(['.avsim-results', 'paths.csv', 'report.html', 'summary.csv', 'timeseries.csv']);
  for (const n of [1, 2, 3, 7]) await runShards(runCommand, ARGS, n, join(root, `parts-${n}`));
  await expectMergesEqual(root, [1, 2, 3, 7], expected);
});
