import { describe, expect, it } from 'vitest';
import { tCdf, tQuantile } from '../../src/stats/student-t.js';

describe('tQuantile', () => {
  it('matches the printed two-sided 95% table', () => {
    expect(tQuantile(0.975, 4)).toBeCloseTo(2.7764, 4);
    expect(tQuantile(0.975, 9)).toBeCloseTo(2.2622, 4);
    expect(tQuantile(0.975, 19)).toBeCloseTo(2.093, 4);
    expect(tQuantile(0.995, 9)).toBeCloseTo(3.2498, 4);
  });

  it('matches the closed forms for one and two degrees of freedom', () => {
    // df = 1 is Cauchy: tan(π(p - ½)); df = 2: (2p-1)/√(2p(1-p)).
    for (const p of [0.6, 0.9, 0.975, 0.999]) {
      expect(tQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 8);
      expect(tQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 9);
    }
  });

  it('approaches the normal quantile for many degrees of freedom', () => {
    expect(tQuantile(0.975, 1e7)).toBeCloseTo(1.959964, 5);
  });

  it('inverts the CDF to about 1e-10', () => {
    for (const df of [1, 3, 7.5, 40]) {
      for (const p of [0.55, 0.8, 0.95, 0.9995]) expect(Math.abs(tCdf(tQuantile(p, df), df) - p)).toBeLessThan(1e-10);
    }
  });

  it('is NaN for a probability outside [0, 1] or non-positive degrees of freedom', () => {
    expect(tQuantile(1.2, 5)).toBeNaN();
    expect(tQuantile(0.9, 0)).toBeNaN();
    expect(tQuantile(1, 5)).toBe(Number.POSITIVE_INFINITY);
  });
});
