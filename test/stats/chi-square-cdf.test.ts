import { describe, expect, it } from 'vitest';
import { chiSquareCdf, chiSquareSurvival } from '../../src/stats/chi-square.js';

describe('chiSquareCdf and chiSquareSurvival', () => {
  it('give the textbook p-values', () => {
    expect(chiSquareSurvival(3.841459, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquareSurvival(11.0705, 5)).toBeCloseTo(0.05, 5);
    expect(chiSquareCdf(5.991465, 2)).toBeCloseTo(0.95, 6);
  });

  it('sum to one and handle x <= 0', () => {
    for (const [x, df] of [[0.3, 1], [7, 4], [150, 120]] as const) {
      expect(chiSquareCdf(x, df) + chiSquareSurvival(x, df)).toBeCloseTo(1, 14);
    }
    expect(chiSquareCdf(-1, 3)).toBe(0);
    expect(chiSquareSurvival(0, 3)).toBe(1);
    expect(chiSquareCdf(1, -2)).toBeNaN();
  });
});
