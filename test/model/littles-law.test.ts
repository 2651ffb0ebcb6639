import { expect, it } from 'vitest';
import { erlangB } from '../../src/stats/erlang-b.js';
import { meanInterval } from '../../src/stats/interval.js';
import { tQuantile } from '../../src/stats/student-t.js';
import { simulateEdge } from './pure-loss.js';

// Little's law: mean concurrency L = λ·W. Offered load A = λ·E[H] is known exactly from
// the workload; what is carried is A·(1 − B). The tolerance is the Student-t interval of
// the per-replication means, at 99.9% (see pure-loss.ts).
function within999(values: number[], expected: number): void {
  const ci = meanInterval(values);
  const half = ci.halfWidth * (tQuantile(0.9995, values.length - 1) / tQuantile(0.975, values.length - 1));
  expect(half).toBeGreaterThan(0);
  expect(half).toBeLessThan(0.05 * expected); // informative, not vacuous
  expect(Math.abs(ci.mean - expected)).toBeLessThanOrEqual(half);
}

it("mean concurrency equals arrival rate x mean holding time with no blocking (Little's law)", () => {
  const row = simulateEdge({ offeredErlangs: 30, capacity: 10_000, holding: { distribution: 'exponential', mean: 180 }, replications: 20, hours: 12 });
  expect(row.blocked).toBe(0);
  within999(row.perReplicationMean, 30);
});

it("carried concurrency equals A(1 - B) on a loss system (Little's law on carried calls)", () => {
  const row = simulateEdge({ offeredErlangs: 8, capacity: 10, holding: { distribution: 'lognormal', mean: 240, cv: 1.5 }, replications: 20, hours: 24 });
  within999(row.perReplicationMean, 8 * (1 - erlangB(8, 10)));
});
