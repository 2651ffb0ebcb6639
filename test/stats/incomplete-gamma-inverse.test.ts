import fc from 'fast-check';
import { expect, it } from 'vitest';
import { inverseRegularizedGammaP, regularizedGammaP } from '../../src/stats/incomplete-gamma.js';

it('inverseRegularizedGammaP inverts P(a, ·) for small and large shapes', () => {
  expect(inverseRegularizedGammaP(0, 3)).toBe(0);
  expect(inverseRegularizedGammaP(1, 3)).toBe(Number.POSITIVE_INFINITY);
  // a = 1: x = -ln(1 - p).
  expect(inverseRegularizedGammaP(0.5, 1)).toBeCloseTo(Math.LN2, 13);
  fc.assert(
    fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), fc.double({ min: 0.05, max: 5000, noNaN: true }), (p, a) => {
      const x = inverseRegularizedGammaP(p, a);
      expect(Math.abs(regularizedGammaP(a, x) - p)).toBeLessThan(1e-10);
    }),
  );
});
