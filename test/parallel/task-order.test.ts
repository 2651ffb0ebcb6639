/**
 * Tasks reach the workers in plan order, at most TASKS_PER_WORKER per worker at a time
 * (the one it runs and the next). The plan is guided (large tasks first, single jobs
 * last) so that a run ends on small tasks and no worker waits long for another; that
 * only holds if the order survives the pool. Handed every
 * task at once, piscina put each task it could not place yet back at the tail of its
 * queue, and the order came out scrambled.
 */
import { expect, test } from 'vitest';
import { TASKS_PER_WORKER } from '../../src/parallel/pool.js';
import { runScenarios } from '../../src/analysis/run.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { workload } from '../support/workloads.js';

test('on two workers, no task finishes while more tasks before it are unfinished than the workers hold', async () => {
  // One job per task, one scenario: task k is replication k. A task is sent only once
  // every task before it has been sent; the ones not yet finished are then held by the
  // workers with it, so at most 2 x TASKS_PER_WORKER - 1 of them can be unfinished when
  // task k finishes. (Handed every task at once, piscina left 24 unfinished here.)
  const [scenario] = loadScenarios(workload('row-1-p2p-open.yaml'));
  const jobs = 48;
  const finished = new Array<boolean>(jobs).fill(false);
  const unfinishedBefore: number[] = [];
  await runScenarios([scenario!], {
    replications: jobs,
    workers: 2,
    maxJobsPerTask: 1,
    onProgress: (_done, result) => {
      finished[result.replication] = true;
      unfinishedBefore.push(finished.slice(0, result.replication).filter((f) => !f).length);
    },
  });
  expect(unfinishedBefore).toHaveLength(jobs);
  expect(Math.max(...unfinishedBefore)).toBeLessThanOrEqual(2 * TASKS_PER_WORKER - 1);
});
