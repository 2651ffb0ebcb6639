/**
 * Welch's test of two means estimated independently, each given by its mean, standard
 * error and degrees of freedom: `t = (a - b) / √(se_a² + se_b²)` on the
 * Welch-Satterthwaite degrees of freedom. An infinite `df` stands for a normal
 * (large-sample) estimate; with both infinite it is a z test.
 */
import { normalCdf, normalQuantile } from './normal.js';
import { tCdf, tQuantile } from './student-t.js';

/** An estimated mean. */
export interface MeanEstimate {
  readonly mean: number;
  /** Standard error of the mean, >= 0. */
  readonly standardError: number;
  /** Degrees of freedom of the standard error (n - 1 for n values); `Infinity` for a normal estimate. */
  readonly df: number;
}

/** The test's result. */
export interface WelchTest {
  /** `a.mean - b.mean`. */
  readonly difference: number;
  readonly statistic: number;
  /** Welch-Satterthwaite degrees of freedom (`Infinity` for a z test). */
  readonly df: number;
  /** Two-sided p-value; `NaN` when both standard errors are 0. */
  readonly pValue: number;
}

/**
 * Recovers a mean's standard error from its two-sided Student-t (or normal) interval.
 *
 * @param mean - The estimate.
 * @param low - Lower end.
 * @param high - Upper end.
 * @param df - Degrees of freedom of the interval (`Infinity`: normal).
 * @param level - Confidence level of the interval. @default 0.95
 */
export function meanEstimateFromInterval(mean: number, low: number, high: number, df: number, level = 0.95): MeanEstimate {
  const p = 1 - (1 - level) / 2;
  const quantile = df === Number.POSITIVE_INFINITY ? normalQuantile(p) : tQuantile(p, df);
  return { mean, standardError: (high - low) / 2 / quantile, df };
}

/**
 * Welch's two-sided test of `a.mean = b.mean`.
 *
 * @param a - One estimate (observed busy-hour erlangs across days, say).
 * @param b - The other, independent of it (simulated, across replications).
 */
export function welchTest(a: MeanEstimate, b: MeanEstimate): WelchTest {
  const difference = a.mean - b.mean;
  const va = a.standardError ** 2;
  const vb = b.standardError ** 2;
  const v = va + vb;
  if (!(v > 0)) return { difference, statistic: Number.NaN, df: Number.NaN, pValue: Number.NaN };
  const statistic = difference / Math.sqrt(v);
  const termA = a.df === Number.POSITIVE_INFINITY ? 0 : (va * va) / a.df;
  const termB = b.df === Number.POSITIVE_INFINITY ? 0 : (vb * vb) / b.df;
  const df = termA + termB > 0 ? (v * v) / (termA + termB) : Number.POSITIVE_INFINITY;
  const tail = df === Number.POSITIVE_INFINITY ? normalCdf(-Math.abs(statistic)) : tCdf(-Math.abs(statistic), df);
  return { difference, statistic, df, pValue: 2 * tail };
}
