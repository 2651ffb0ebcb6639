import { describe, expect, it } from 'vitest';
import { ratioInterval } from '../../src/stats/interval.js';

describe('ratioInterval', () => {
  it('is the ratio of sums with the linearised Student-t interval (hand-worked)', () => {
    // p = 6/40 = 0.15; z = x - p·y = [-0.5, 0.5, 0], s_z = 0.5; mean y = 40/3;
    // t(0.975, 2) = 4.302653: half-width 4.302653·0.5 / (√3 · 40/3) = 0.0931552.
    const ci = ratioInterval([1, 2, 3], [10, 10, 20]);
    expect(ci.ratio).toBe(0.15);
    expect(ci.halfWidth).toBeCloseTo(0.0931552, 7);
    expect(ci.low).toBeCloseTo(0.15 - 0.0931552, 7);
    expect(ci.high).toBeCloseTo(0.15 + 0.0931552, 7);
  });

  it('weights replications by their denominators (not a mean of ratios)', () => {
    // The mean of per-replication ratios would be (10/98 + 1/2)/2 = 0.301; the ratio of sums is 11/100.
    expect(ratioInterval([10, 1], [98, 2]).ratio).toBe(0.11);
  });

  it('clamps to [0, 1] only when asked', () => {
    // p = 0.1; z = [-1, 1], s_z = √2; t(0.975, 1) = 12.7062: half-width 12.7062·√2/(√2·10) = 1.27062.
    const raw = ratioInterval([0, 2], [10, 10]);
    expect(raw.low).toBeCloseTo(0.1 - 1.27062, 5);
    expect(raw.high).toBeCloseTo(0.1 + 1.27062, 5);
    const clamped = ratioInterval([0, 2], [10, 10], { clampUnit: true });
    expect(clamped).toMatchObject({ ratio: 0.1, low: 0, high: 1 });
    expect(clamped.halfWidth).toBeCloseTo(1.27062, 5);
  });

  it('has zero width when every replication has the same ratio', () => {
    expect(ratioInterval([1, 3], [4, 12])).toEqual({ ratio: 0.25, low: 0.25, high: 0.25, halfWidth: 0 });
  });

  it('rejects mismatched lengths', () => {
    expect(() => ratioInterval([1, 2], [3])).toThrow(RangeError);
  });
});
