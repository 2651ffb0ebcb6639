import { expect, it } from 'vitest';
import { meanEstimateFromInterval, welchTest } from '../../src/stats/welch.js';

it('welchTest uses the Welch-Satterthwaite degrees of freedom, and a z test when both are normal', () => {
  const z = welchTest({ mean: 10, standardError: 1, df: Number.POSITIVE_INFINITY }, { mean: 8, standardError: 1, df: Number.POSITIVE_INFINITY });
  expect(z.statistic).toBeCloseTo(Math.SQRT2, 12);
  expect(z.pValue).toBeCloseTo(0.1572992, 6);
  // Equal variances on 9 df each: df = (1+1)² / (1/9 + 1/9) = 18; two-sided p of t = √2 on 18 df.
  const t = welchTest({ mean: 10, standardError: 1, df: 9 }, { mean: 8, standardError: 1, df: 9 });
  expect(t.df).toBeCloseTo(18, 12);
  expect(t.pValue).toBeCloseTo(0.1743, 3);
  // A Student-t interval 10 ± t(0.975; 4)·2 gives back standard error 2.
  expect(meanEstimateFromInterval(10, 10 - 2.776445 * 2, 10 + 2.776445 * 2, 4).standardError).toBeCloseTo(2, 5);
});
