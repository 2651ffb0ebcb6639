import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from '../../src/stats/normal.js';

describe('normalCdf and normalQuantile', () => {
  it('match the printed values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 9);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829304, 9);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902, 8);
    expect(normalCdf(1.959963985)).toBeCloseTo(0.975, 10);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-8) / 6.22096057427178e-16).toBeCloseTo(1, 8);
  });

  it('are inverse to each other and symmetric', () => {
    for (const p of [1e-8, 0.01, 0.2, 0.5, 0.7, 0.999]) {
      expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 12);
      expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 8);
    }
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(2)).toBeNaN();
  });
});
