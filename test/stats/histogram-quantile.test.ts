import { describe, expect, it } from 'vitest';
import { histogramQuantile } from '../../src/stats/histogram.js';

describe('histogramQuantile', () => {
  // 10 s at 0 units, 20 s at 1, 30 s at 2, 40 s at 3: cumulative 10, 30, 60, 100.
  const h = Float64Array.of(10, 20, 30, 40);

  it('is the smallest level whose cumulative time reaches q of the total', () => {
    expect(histogramQuantile(h, 0.95)).toBe(3);
    expect(histogramQuantile(h, 0.6)).toBe(2); // cumulative 60 reaches 60 exactly
    expect(histogramQuantile(h, 0.61)).toBe(3);
    expect(histogramQuantile(h, 0.5)).toBe(2);
    expect(histogramQuantile(h, 0.3)).toBe(1);
    expect(histogramQuantile(h, 1)).toBe(3);
  });

  it('gives the lowest occupied level at q = 0', () => {
    expect(histogramQuantile(h, 0)).toBe(0);
    expect(histogramQuantile([0, 0, 5, 5], 0)).toBe(2);
  });

  it('is NaN for a histogram holding no time', () => {
    expect(histogramQuantile([], 0.95)).toBeNaN();
    expect(histogramQuantile([0, 0], 0.95)).toBeNaN();
  });

  it('rejects q outside [0, 1]', () => {
    expect(() => histogramQuantile(h, 95)).toThrow(RangeError);
  });
});
