import { describe, expect, it } from 'vitest';
import { logGamma, regularizedIncompleteBeta } from '../../src/stats/incomplete-beta.js';

describe('regularizedIncompleteBeta', () => {
  it('matches closed forms', () => {
    for (const x of [0.01, 0.2, 0.5, 0.77, 0.999]) {
      expect(regularizedIncompleteBeta(x, 1, 1)).toBeCloseTo(x, 13); // uniform
      expect(regularizedIncompleteBeta(x, 3, 1)).toBeCloseTo(x ** 3, 13); // I_x(a,1) = x^a
      expect(regularizedIncompleteBeta(x, 1, 4)).toBeCloseTo(1 - (1 - x) ** 4, 13); // I_x(1,b) = 1-(1-x)^b
      // I_x(½,½) = (2/π) asin(√x)
      expect(regularizedIncompleteBeta(x, 0.5, 0.5)).toBeCloseTo((2 / Math.PI) * Math.asin(Math.sqrt(x)), 12);
    }
  });

  it('is 0 and 1 at the ends and NaN out of range', () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(regularizedIncompleteBeta(1.5, 2, 3)).toBeNaN();
    expect(regularizedIncompleteBeta(0.5, 0, 3)).toBeNaN();
  });
});

describe('logGamma', () => {
  it('matches factorials and Γ(½) = √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(21)).toBeCloseTo(Math.log(2432902008176640000), 11);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 12);
  });
});
