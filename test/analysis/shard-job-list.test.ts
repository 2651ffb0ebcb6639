/**
 * A given job list (not a scenario x replication grid: some scenarios' replications
 * from..to, as a whatif round has them), cut by runJobListShard into n = 1, 2, 3 and 7
 * contiguous blocks, each through its partial file, merges back to the list's results
 * in its order, bit for bit. The partial carries the list, which its input hash covers:
 * a partial of another list of the same scenarios is another run's, and a file whose
 * list was edited, or whose results are not its list's, is corrupt.
 */
import { expect, it } from 'vitest';
import { mergePartials } from '../../src/analysis/merge.js';
import { parsePartial, renderPartial } from '../../src/analysis/partial.js';
import { planJobRange } from '../../src/analysis/run.js';
import { runJobListShard } from '../../src/analysis/shard-run.js';
import type { ReplicationJob } from '../../src/model/replication.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { keptPool } from '../support/pool.js';
import { workload } from '../support/workloads.js';

const FILE = workload('p2p-open-vs-blocked.yaml');
const scenarios = loadScenarios(FILE);
const SEED = 4;

/** Scenario 0's replications 3-4 (counting pairs of sites), then scenario 2's 0-2: 5 jobs. */
function jobList(): ReplicationJob[] {
  return [
    ...planJobRange([scenarios[0]!], SEED, 3, 5, { pairPaths: true }),
    ...planJobRange([scenarios[2]!], SEED, 0, 3).map((job) => ({ ...job, scenario: 2 })),
  ];
}

const input = (jobs: readonly ReplicationJob[]) => ({ command: 'whatif', options: { round: 1 }, files: [FILE], scenarios, jobs, seed: SEED, replications: 3 });

async function partialsOf(jobs: readonly ReplicationJob[], n: number) {
  const files = [];
  for (let index = 1; index <= n; index++) {
    const content = await runJobListShard(input(jobs), { index, count: n }, { pool: keptPool() });
    const file = `shard-${index}-of-${n}.json`;
    files.push({ file, text: renderPartial(content, '0.0.0-test') });
  }
  return files;
}

it('1, 2, 3 and 7 shards of a job list merge to its results in its order; the file names its blocks', async () => {
  const jobs = jobList();
  const whole = await keptPool().run(jobs);
  expect(whole[0]!.pairPaths).toBeInstanceOf(Float64Array);
  for (const n of [1, 2, 3, 7]) {
    const files = await partialsOf(jobs, n);
    const merged = mergePartials(
      files.map((f) => ({ file: f.file, partial: parsePartial(f.text, f.file) })),
      '0.0.0-test',
    );
    expect(merged.results, `${n} shards`).toEqual(whole);
  }
  const [one] = await partialsOf(jobs, 1);
  expect(one!.text).toContain('"jobs":{"start":0,"end":5,"total":5},"job_list":[{"scenario":0,"from":3,"to":5,"pair_paths":true},{"scenario":2,"from":0,"to":3,"pair_paths":false}]');
});

it('a partial of another job list of the same scenarios is refused as another run; an edited list or results not its own are corrupt', async () => {
  const jobs = jobList();
  const [a1, a2] = await partialsOf(jobs, 2);
  const [, b2] = await partialsOf(jobs.slice(0, 4), 2);
  expect(() =>
    mergePartials(
      [
        { file: a1!.file, partial: parsePartial(a1!.text, 'a1.json') },
        { file: 'b2.json', partial: parsePartial(b2!.text, 'b2.json') },
      ],
      '0.0.0-test',
    ),
  ).toThrow('b2.json belongs to another run (its jobs differ (scenario:replications): 0:3-4 2:0-1 here, 0:3-4 2:0-2 in shard-1-of-2.json)');
  expect(() => parsePartial(a2!.text.replace('"from":0,"to":3', '"from":1,"to":4'), 'a2.json')).toThrow(
    'a2.json is corrupt (its workloads and settings do not match its input hash: the file was changed); run its shard again',
  );
  expect(() => parsePartial(a2!.text.replace('"scenario":2,"from":0', '"scenario":3,"from":0'), 'a2.json')).toThrow('a2.json is corrupt (job_list[1].scenario: no scenario 3 of 3); run its shard again');
});
