/**
 * The exponential distribution fitted by maximum likelihood from streaming sums: the
 * MLE of the mean is the sample mean, and `2·Σx / mean ~ χ²(2n)` gives its exact interval.
 */
import { chiSquareQuantile } from './chi-square.js';

/** An exponential fit. */
export interface ExponentialFit {
  /** Observations. */
  readonly count: number;
  /** MLE of the mean, `Σx / n`; `NaN` with no observation. */
  readonly mean: number;
  /** Exact interval of the mean: `[2Σx / χ²(1-α/2; 2n), 2Σx / χ²(α/2; 2n)]`. */
  readonly meanLow: number;
  readonly meanHigh: number;
  /** Maximised log-likelihood, `-n·ln(mean) - n`. */
  readonly logLikelihood: number;
  /** Free parameters (1), for AIC and the goodness-of-fit degrees of freedom. */
  readonly parameters: 1;
}

/**
 * Fits an exponential distribution to positive observations given as count and sum.
 *
 * @param count - Number of observations, >= 0.
 * @param sum - Their sum, > 0 when count > 0.
 * @param level - Confidence level of the mean's interval, in (0, 1). @default 0.95
 * @returns The fit; every figure `NaN` when `count` is 0.
 */
export function fitExponential(count: number, sum: number, level = 0.95): ExponentialFit {
  if (!(count > 0 && sum > 0)) {
    return { count, mean: Number.NaN, meanLow: Number.NaN, meanHigh: Number.NaN, logLikelihood: Number.NaN, parameters: 1 };
  }
  const alpha = 1 - level;
  const mean = sum / count;
  return {
    count,
    mean,
    meanLow: (2 * sum) / chiSquareQuantile(1 - alpha / 2, 2 * count),
    meanHigh: (2 * sum) / chiSquareQuantile(alpha / 2, 2 * count),
    logLikelihood: -count * Math.log(mean) - count,
    parameters: 1,
  };
}

/** The exponential CDF `1 - e^{-x/mean}` (0 for x <= 0). */
export function exponentialCdf(x: number, mean: number): number {
  return x <= 0 ? 0 : -Math.expm1(-x / mean);
}

/** The exponential quantile `-mean·ln(1 - p)`, for p in [0, 1]. */
export function exponentialQuantile(p: number, mean: number): number {
  return -mean * Math.log1p(-p);
}
