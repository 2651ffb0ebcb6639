/**
 * The expected call count a run is planned with (it decides how many workers a run
 * starts when `--workers` is not given) against what the simulator draws: over n
 * replications the total is Poisson with that mean, so it lies within 4 standard
 * deviations (sqrt of the mean) but for a 6e-5 chance.
 */
import { expect, test } from 'vitest';
import { compileWorkload } from '../../src/model/compiled.js';
import { runReplication } from '../../src/model/replication.js';
import { CALLS_PER_WORKER, expectedCalls, workersFor } from '../../src/analysis/run.js';
import { loadScenarios } from '../../src/workload/scenarios.js';

test('expected calls match the calls simulated (Poisson, 4 sd), warm-up included', () => {
  const [scenario] = loadScenarios('workloads/enterprise.yaml');
  const compiled = compileWorkload(scenario!.workload);
  const replications = 4;
  const mean = expectedCalls([compiled], replications);
  let simulated = 0;
  for (let r = 0; r < replications; r++) simulated += runReplication({ workload: scenario!.workload, scenario: 0, replication: r, seed: 7 }, compiled).callsSimulated;
  expect(mean).toBeGreaterThan(50_000);
  expect(Math.abs(simulated - mean)).toBeLessThan(4 * Math.sqrt(mean));
});

test('a run gets one worker per CALLS_PER_WORKER expected calls, at least one, at most the cores', () => {
  expect(workersFor(0, 2)).toBe(1);
  expect(workersFor(CALLS_PER_WORKER * 1.99, 2)).toBe(1);
  expect(workersFor(CALLS_PER_WORKER * 2, 2)).toBe(2);
  expect(workersFor(CALLS_PER_WORKER * 50, 2)).toBe(2);
  expect(workersFor(CALLS_PER_WORKER * 5.5, 8)).toBe(5);
});
