import { describe, expect, it } from 'vitest';
import { ratioInterval } from '../../src/stats/interval.js';

describe('ratioInterval with little data', () => {
  it('is 0 with a [0, 0] interval when nothing was offered', () => {
    expect(ratioInterval([0, 0, 0], [0, 0, 0], { clampUnit: true })).toEqual({ ratio: 0, low: 0, high: 0, halfWidth: 0 });
  });

  it('has NaN ends with one replication, and a NaN ratio with none', () => {
    const one = ratioInterval([1], [4]);
    expect(one.ratio).toBe(0.25);
    expect(one.low).toBeNaN();
    expect(one.high).toBeNaN();
    const nothing = ratioInterval([0], [0]);
    expect(nothing.ratio).toBe(0);
    expect(nothing.low).toBeNaN();
    expect(ratioInterval([], []).ratio).toBeNaN();
  });
});
