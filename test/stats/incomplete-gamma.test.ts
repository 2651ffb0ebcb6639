import { describe, expect, it } from 'vitest';
import { regularizedGammaP, regularizedGammaQ } from '../../src/stats/incomplete-gamma.js';

describe('regularizedGammaP and regularizedGammaQ', () => {
  it('match the closed forms for integer and half-integer shapes', () => {
    for (const x of [0.01, 0.5, 1, 2, 5, 20]) {
      // a = 1: exponential; a = 3: 1 - e^{-x}(1 + x + x²/2); a = ½: erf(√x) = 1 - Q(½, x).
      expect(regularizedGammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 14);
      expect(regularizedGammaP(3, x)).toBeCloseTo(1 - Math.exp(-x) * (1 + x + (x * x) / 2), 14);
      expect(regularizedGammaQ(3, x)).toBeCloseTo(Math.exp(-x) * (1 + x + (x * x) / 2), 14);
    }
    expect(regularizedGammaP(3, 2)).toBeCloseTo(0.3233235838169366, 14);
    // erf(1) = 0.8427007929497149.
    expect(regularizedGammaP(0.5, 1)).toBeCloseTo(0.8427007929497149, 14);
  });

  it('keeps small upper tails to relative precision', () => {
    // Q(1, 700) = e^{-700} ≈ 9.86e-305: 1 - P would be 0.
    expect(regularizedGammaQ(1, 700) / Math.exp(-700)).toBeCloseTo(1, 10);
  });

  it('is 0 and 1 at the ends and NaN out of range', () => {
    expect(regularizedGammaP(2, 0)).toBe(0);
    expect(regularizedGammaQ(2, 0)).toBe(1);
    expect(regularizedGammaP(2, Number.POSITIVE_INFINITY)).toBe(1);
    expect(regularizedGammaP(0, 1)).toBeNaN();
    expect(regularizedGammaQ(1, -1)).toBeNaN();
  });
});
