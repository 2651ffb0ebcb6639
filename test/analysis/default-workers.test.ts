/**
 * Without `--workers`, a run starts as many workers as its size is worth (one per
 * CALLS_PER_WORKER expected calls, at most the cores); `--workers N` is obeyed, but
 * never with more workers than jobs or cores (a note says so). The run reports the count it used, and the footer
 * of the printed summary names it. In-process: the runs are the library's, as
 * `avsim run` makes them.
 */
import { availableParallelism } from 'node:os';
import { expect, test } from 'vitest';
import { CALLS_PER_WORKER, expectedCalls, runScenarios, workerNotes, workersFor, workersForRun } from '../../src/analysis/run.js';
import { compileWorkload } from '../../src/model/compiled.js';
import { renderRunTable } from '../../src/report/table.js';
import { whatifWorkers } from '../../src/whatif/whatif.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { workload } from '../support/workloads.js';

const enterprise = loadScenarios(workload('enterprise.yaml'));

const cores = availableParallelism();

test('the rule: one worker per CALLS_PER_WORKER expected calls, at least one, at most the cores; never more than the jobs', () => {
  expect(workersFor(0, 8)).toBe(1);
  expect(workersFor(CALLS_PER_WORKER - 1, 8)).toBe(1);
  expect(workersFor(2 * CALLS_PER_WORKER, 8)).toBe(2);
  expect(workersFor(100 * CALLS_PER_WORKER, 8)).toBe(8);
  expect(workersFor(100 * CALLS_PER_WORKER, 2)).toBe(2);
  expect(workersForRun(3, 100 * CALLS_PER_WORKER, 8)).toBe(Math.min(3, cores)); // never more than the jobs or the cores
  expect(workersForRun(10, 0, 1)).toBe(1); // as requested
  expect(workersForRun(10, 0, 1000)).toBe(Math.min(10, cores)); // --workers 1000: the cores
  expect(workerNotes(1000)).toEqual([`--workers 1000: this machine has ${cores} core${cores === 1 ? '' : 's'}; using ${cores}`]);
  expect(workerNotes(1)).toEqual([]);
  expect(workersForRun(10, 0)).toBe(1);
});

test('a whatif sizes its pool for its largest batch; a shard for its share of the candidates\' round', () => {
  // 10 candidates and the baseline at 4 replications: 44 jobs of a worker's calls each.
  expect(whatifWorkers(CALLS_PER_WORKER, 4, 10, undefined)).toBe(cores);
  // In 40 shards a shard runs one candidate replication a round: one worker is all it can use.
  expect(whatifWorkers(CALLS_PER_WORKER, 4, 10, undefined, 40)).toBe(1);
  // A small baseline: one worker, whatever the jobs, unless told otherwise.
  expect(whatifWorkers(1000, 4, 10, undefined)).toBe(1);
  expect(whatifWorkers(1000, 4, 10, 2, 4)).toBe(Math.min(2, cores));
});

test('a small run uses one worker unless told otherwise', async () => {
  // 3 replications of the enterprise workload: about 490,000 calls.
  expect(expectedCalls(enterprise.map((s) => compileWorkload(s.workload)), 3)).toBeLessThan(CALLS_PER_WORKER);
  const small = await runScenarios(enterprise, { replications: 3 });
  expect(small.workers).toBe(1);
  expect(renderRunTable(small)).toMatch(/calls\/s on 1 worker\)$/);
  const told = await runScenarios(enterprise, { workers: 2, replications: 3 });
  expect(told.workers).toBe(2);
  expect(renderRunTable(told)).toMatch(/calls\/s on 2 workers\)$/);
  // Never more workers than replications: the footer counts the threads that ran.
  const few = await runScenarios(loadScenarios(workload('row-1-p2p-open.yaml')), { workers: 8, replications: 3 });
  expect(few.workers).toBe(Math.min(3, cores));
  expect(renderRunTable(few)).toMatch(new RegExp(`calls/s on ${Math.min(3, cores)} workers?\\)$`));
});

test('a large run uses the cores', async () => {
  // 200 replications: about 5 million calls, enough for every core of a small machine.
  const compiled = enterprise.map((s) => compileWorkload(s.workload));
  expect(expectedCalls(compiled, 200)).toBeGreaterThanOrEqual(8 * CALLS_PER_WORKER);
  const used = Math.min(cores, 8);
  expect(workersForRun(200, expectedCalls(compiled, 200))).toBe(cores);
  // Run the fewest replications worth every core (about 190 on 8 cores or more, about 50
  // on 2): a quarter of the 200's time on a small machine.
  const replications = Math.min(200, Math.ceil((used * CALLS_PER_WORKER) / expectedCalls(compiled, 1)));
  const large = await runScenarios(enterprise, { replications });
  expect(large.workers).toBe(used);
  expect(renderRunTable(large)).toMatch(new RegExp(`calls/s on ${used} worker${used === 1 ? '' : 's'}\\)$`));
});
