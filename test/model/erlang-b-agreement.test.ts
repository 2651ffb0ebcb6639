import { describe, expect, it } from 'vitest';
import { erlangB } from '../../src/stats/erlang-b.js';
import { halfWidth999, simulateEdge } from './pure-loss.js';

// A pure loss case (every call relayed, capacity c): the simulated Edge blocking must
// agree with Erlang B within the confidence interval the run itself reports. Erlang B is
// insensitive to the holding-time distribution beyond its mean, so the lognormal case
// (cv 2, far from exponential) must agree with the same figure.
describe('Edge blocking on a pure loss system matches Erlang B (R4 relay, capacity)', () => {
  const base = { offeredErlangs: 8, capacity: 10, replications: 20, hours: 24 };
  const expected = erlangB(8, 10); // 0.1217...

  it.each([
    ['exponential', { distribution: 'exponential' as const, mean: 240 }],
    ['lognormal cv 2 (insensitivity)', { distribution: 'lognormal' as const, mean: 240, cv: 2 }],
  ])('%s holding times', (_label, holding) => {
    const row = simulateEdge({ ...base, holding });
    const tolerance = halfWidth999(row.blocking_ci95_low, row.blocking_ci95_high, base.replications);
    expect(tolerance).toBeGreaterThan(0);
    expect(tolerance).toBeLessThan(0.03); // the interval is informative, not vacuous
    expect(Math.abs(row.blocking_probability - expected)).toBeLessThanOrEqual(tolerance);
    expect(row.offered).toBeCloseTo(row.carried + row.blocked, 9);
    expect(row.peak_concurrency).toBe(10);
  });
});
