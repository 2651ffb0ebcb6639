/**
 * Tasks reach the workers in plan order, one per worker at a time. The plan is guided
 * (large tasks first, single jobs last) so that a run ends on small tasks and no worker
 * waits long for another; that only holds if the order survives the pool. Handed every
 * task at once, piscina put each task it could not place yet back at the tail of its
 * queue, and the order came out scrambled.
 */
import { expect, test } from 'vitest';
import { runScenarios } from '../../src/run.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { workload } from '../cli/cli-harness.js';

test('on two workers, no task finishes while more than one task before it is unfinished', async () => {
  // One job per task, one scenario: task k is replication k. A task starts only once every
  // task before it has started; the ones not yet finished are then running on the other
  // worker, so at most one of them can be unfinished when task k finishes.
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
  expect(Math.max(...unfinishedBefore)).toBeLessThanOrEqual(1);
});
