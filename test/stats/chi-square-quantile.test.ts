import { describe, expect, it } from 'vitest';
import { chiSquareQuantile } from '../../src/stats/chi-square.js';

describe('chiSquareQuantile', () => {
  it('matches the printed table', () => {
    expect(chiSquareQuantile(0.95, 1)).toBeCloseTo(3.841459, 5);
    expect(chiSquareQuantile(0.95, 2)).toBeCloseTo(5.991465, 5);
    expect(chiSquareQuantile(0.975, 10)).toBeCloseTo(20.48318, 4);
    expect(chiSquareQuantile(0.025, 10)).toBeCloseTo(3.246973, 5);
    expect(chiSquareQuantile(0.05, 1)).toBeCloseTo(0.00393214, 8);
    expect(chiSquareQuantile(0.99, 100)).toBeCloseTo(135.8067, 3);
  });

  it('matches the closed form for two degrees of freedom: -2 ln(1 - p)', () => {
    for (const p of [0.001, 0.3, 0.975, 0.9999]) expect(chiSquareQuantile(p, 2)).toBeCloseTo(-2 * Math.log1p(-p), 11);
  });

  it('is NaN out of range and infinite at p = 1', () => {
    expect(chiSquareQuantile(1.1, 3)).toBeNaN();
    expect(chiSquareQuantile(0.5, 0)).toBeNaN();
    expect(chiSquareQuantile(1, 3)).toBe(Number.POSITIVE_INFINITY);
  });
});
