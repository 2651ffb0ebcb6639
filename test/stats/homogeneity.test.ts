import { expect, it } from 'vitest';
import { chiSquareHomogeneity } from '../../src/stats/homogeneity.js';

it('chiSquareHomogeneity tests a 2 x k table over the categories that occur', () => {
  // [10, 20] vs [20, 10]: every expected count 15, statistic 4·25/15, df 1, p 0.00982.
  const test = chiSquareHomogeneity([10, 20, 0], [20, 10, 0]);
  expect(test.statistic).toBeCloseTo(100 / 15, 12);
  expect(test.df).toBe(1);
  expect(test.pValue).toBeCloseTo(0.009823, 5);
  expect(chiSquareHomogeneity([5, 5], [50, 50]).statistic).toBe(0);
  expect(chiSquareHomogeneity([0, 0], [3, 4]).pValue).toBeNaN();
  expect(() => chiSquareHomogeneity([1], [1, 2])).toThrow(/one length, got 1 and 2/);
});
