import fc from 'fast-check';
import { sampleVariance as referenceVariance, mean as referenceMean } from 'simple-statistics';
import { expect, it } from 'vitest';
import { addValue, EMPTY_MOMENTS, momentsOf, sampleStandardDeviation, sampleVariance } from '../../src/stats/moments.js';

it('one pass gives the two-pass mean and sample variance', () => {
  const m = momentsOf([2, 4, 4, 4, 5, 5, 7, 9]);
  expect(m.mean).toBe(5);
  expect(sampleVariance(m)).toBeCloseTo(32 / 7, 14);
  expect(sampleStandardDeviation(momentsOf([1, 2, 3, 4, 5]))).toBeCloseTo(1.5811388300841898, 14);
  fc.assert(
    fc.property(fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 2, maxLength: 50 }), (values) => {
      const one = momentsOf(values);
      const stepwise = values.reduce(addValue, EMPTY_MOMENTS);
      expect(stepwise).toEqual(one);
      expect(one.mean).toBeCloseTo(referenceMean(values), 8);
      const v = referenceVariance(values);
      expect(Math.abs(sampleVariance(one) - v)).toBeLessThanOrEqual(1e-9 * Math.max(v, 1));
    }),
  );
});

it('has no variance below two values', () => {
  expect(sampleVariance(momentsOf([3]))).toBeNaN();
  expect(momentsOf([]).mean).toBeNaN();
});
