import { describe, expect, it } from 'vitest';
import { meanInterval } from '../../src/stats/interval.js';

describe('meanInterval', () => {
  it('is the Student-t interval of the mean (hand-worked)', () => {
    // mean 3, s = √2.5 = 1.58114, t(0.975, 4) = 2.77645: half-width 2.77645·1.58114/√5 = 1.96324.
    const ci = meanInterval([1, 2, 3, 4, 5]);
    expect(ci.mean).toBe(3);
    expect(ci.halfWidth).toBeCloseTo(1.9632, 4);
    expect(ci.low).toBeCloseTo(3 - 1.9632, 4);
    expect(ci.high).toBeCloseTo(3 + 1.9632, 4);
  });

  it('narrows with a lower confidence level', () => {
    // t(0.95, 4) = 2.131847: half-width 2.131847·1.581139/√5 = 1.507443.
    expect(meanInterval(Float64Array.of(1, 2, 3, 4, 5), 0.9).halfWidth).toBeCloseTo(1.507443, 5);
  });

  it('has zero width when every replication agrees', () => {
    expect(meanInterval([4, 4, 4])).toEqual({ mean: 4, low: 4, high: 4, halfWidth: 0 });
  });

  it('has NaN ends with fewer than two values', () => {
    const one = meanInterval([7]);
    expect(one.mean).toBe(7);
    expect(one.low).toBeNaN();
    expect(one.high).toBeNaN();
    expect(one.halfWidth).toBeNaN();
    expect(meanInterval([]).mean).toBeNaN();
  });

  it('rejects a level outside (0, 1)', () => {
    expect(() => meanInterval([1, 2], 95)).toThrow(RangeError);
  });
});
