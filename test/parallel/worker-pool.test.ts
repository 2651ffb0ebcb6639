/**
 * A WorkerPool keeps its threads for several runs (a sizing's batches), so that only the
 * first run pays the start-up. What must hold: a run gives the same results on a kept
 * pool as on a pool of its own, the threads are the same from run to run, `size` runs
 * every batch on one pool, and a stopped run closes the pool for good.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { WorkerPool } from '../../src/parallel/pool.js';
import { runScenarios } from '../../src/analysis/run.js';
import { size } from '../../src/analysis/size.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { workload } from '../support/workloads.js';

afterEach(() => {
  delete process.env['AVSIM_INJECT_FAULT'];
});

test('runs on a kept pool give the results of runs on pools of their own, on the same threads', async () => {
  const scenarios = loadScenarios(workload('enterprise.yaml'));
  const pool = new WorkerPool(2);
  try {
    const first = await runScenarios(scenarios, { replications: 6, pool });
    const threads = pool.threadIds;
    const second = await runScenarios(scenarios, { replications: 4, seed: 7, pool });
    expect(threads).toHaveLength(2);
    expect(pool.threadIds).toEqual(threads);
    expect(first.workers).toBe(2);
    // Each on a pool of its own (and other worker counts): the same figures, bit for bit.
    expect(first.summary).toEqual((await runScenarios(scenarios, { replications: 6, workers: 1 })).summary);
    expect(second.summary).toEqual((await runScenarios(scenarios, { replications: 4, seed: 7, workers: 2 })).summary);
  } finally {
    await pool.close();
  }
}, 60_000);

test('size runs every batch on one pool, gives the same sizing as on its own, and leaves a pool it was given open', async () => {
  const [scenario] = loadScenarios(workload('enterprise.yaml'));
  const pool = new WorkerPool(2);
  try {
    const run = vi.spyOn(pool, 'run');
    const kept = await size(scenario!, { target: 0.02, replications: 3, pool });
    // The unlimited run and at least one search batch for each Edge.
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(2 * kept.sizings.length);
    expect(kept.sizings).toHaveLength(2);
    const alone = await size(scenario!, { target: 0.02, replications: 3 });
    expect(kept.rows).toEqual(alone.rows);
    expect(await pool.run([])).toEqual([]); // still open
  } finally {
    await pool.close();
  }
}, 60_000);

test('a failed replication closes the pool: the run names it, and the pool refuses the next run', async () => {
  const [scenario] = loadScenarios(workload('row-1-p2p-open.yaml'));
  process.env['AVSIM_INJECT_FAULT'] = '0:1'; // read by each worker as it starts
  const pool = new WorkerPool(1);
  try {
    await expect(runScenarios([scenario!], { replications: 3, pool })).rejects.toThrow(/replication 1 failed: injected fault/);
    await expect(pool.run([])).rejects.toThrow(/closed/);
  } finally {
    await pool.close();
  }
}, 60_000);

test('a pool needs at least one worker', () => {
  expect(() => new WorkerPool(0)).toThrow(RangeError);
  expect(() => new WorkerPool(1.5)).toThrow(/whole number/);
});
