/**
 * The chi-square distribution: `X ~ χ²(k)` is `2 · Gamma(k/2, 1)`, so its CDF is
 * `P(k/2, x/2)` and its quantile `2 · P⁻¹(p, k/2)` (incomplete-gamma.ts).
 */
import { inverseRegularizedGammaP, regularizedGammaP, regularizedGammaQ } from './incomplete-gamma.js';

/**
 * Cumulative distribution function of chi-square.
 *
 * @param x - Any number (below 0 gives 0).
 * @param df - Degrees of freedom, > 0 (need not be an integer).
 * @returns `P(X <= x)`; `NaN` when `df <= 0` or `x` is `NaN`.
 */
export function chiSquareCdf(x: number, df: number): number {
  if (!(df > 0) || Number.isNaN(x)) return Number.NaN;
  return x <= 0 ? 0 : regularizedGammaP(df / 2, x / 2);
}

/**
 * Upper tail `P(X > x)` of chi-square: the p-value of a chi-square statistic, computed in
 * the tail so that small p-values keep their precision.
 *
 * @param x - The statistic (below 0 gives 1).
 * @param df - Degrees of freedom, > 0.
 * @returns `P(X > x)`; `NaN` when `df <= 0` or `x` is `NaN`.
 */
export function chiSquareSurvival(x: number, df: number): number {
  if (!(df > 0) || Number.isNaN(x)) return Number.NaN;
  return x <= 0 ? 1 : regularizedGammaQ(df / 2, x / 2);
}

/**
 * Quantile (inverse CDF) of chi-square: the `x` with `P(X <= x) = p`
 * (`chiSquareQuantile(0.95, 1)` is 3.841).
 *
 * @param p - Probability in [0, 1]; 0 gives 0 and 1 gives `Infinity`.
 * @param df - Degrees of freedom, > 0.
 * @returns The quantile; `NaN` for arguments out of range.
 */
export function chiSquareQuantile(p: number, df: number): number {
  if (!(df > 0) || !(p >= 0 && p <= 1)) return Number.NaN;
  return 2 * inverseRegularizedGammaP(p, df / 2);
}
