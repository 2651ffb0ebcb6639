/**
 * The lognormal distribution fitted by maximum likelihood from the streaming moments of
 * the logs (Welford, moments.ts): `mu` is the mean of `ln x` and `sigma` their standard
 * deviation with divisor n. Intervals: `mu` by Student's t (exact for normal logs),
 * `sigma` by the chi-square law of the sample variance, the mean `exp(mu + sigma²/2)` by
 * Cox's method (normal interval on the log of the mean, standard error
 * `√(s²/n + s⁴/(2(n-1)))`), and the coefficient of variation `√(exp(sigma²) - 1)`,
 * increasing in sigma, by mapping sigma's interval.
 */
import { chiSquareQuantile } from './chi-square.js';
import type { Moments } from './moments.js';
import { normalCdf, normalQuantile } from './normal.js';
import { tQuantile } from './student-t.js';

/** A lognormal fit, in the log parameters and in the workload's mean and cv. */
export interface LognormalFit {
  readonly count: number;
  /** MLE of the mean of the logs. */
  readonly mu: number;
  readonly muLow: number;
  readonly muHigh: number;
  /** MLE of the standard deviation of the logs (divisor n). */
  readonly sigma: number;
  readonly sigmaLow: number;
  readonly sigmaHigh: number;
  /** `exp(mu + sigma²/2)`, with Cox's interval. */
  readonly mean: number;
  readonly meanLow: number;
  readonly meanHigh: number;
  /** `√(exp(sigma²) - 1)`, with sigma's interval mapped. */
  readonly cv: number;
  readonly cvLow: number;
  readonly cvHigh: number;
  /** Maximised log-likelihood: `-Σ ln x - n·ln(sigma) - n/2·ln(2π) - n/2`. */
  readonly logLikelihood: number;
  /** Free parameters (2). */
  readonly parameters: 2;
}

const cvOf = (sigma: number): number => Math.sqrt(Math.expm1(sigma * sigma));

/**
 * Fits a lognormal distribution from the moments of the observations' natural logs.
 *
 * @param logMoments - Count, mean and m2 of `ln x` over the positive observations.
 * @param level - Confidence level of the intervals, in (0, 1). @default 0.95
 * @returns The fit; every figure `NaN` with fewer than two observations or no spread.
 */
export function fitLognormal(logMoments: Moments, level = 0.95): LognormalFit {
  const n = logMoments.count;
  if (!(n >= 2 && logMoments.m2 > 0)) {
    const nan = Number.NaN;
    return {
      count: n, mu: nan, muLow: nan, muHigh: nan, sigma: nan, sigmaLow: nan, sigmaHigh: nan,
      mean: nan, meanLow: nan, meanHigh: nan, cv: nan, cvLow: nan, cvHigh: nan, logLikelihood: nan, parameters: 2,
    };
  }
  const alpha = 1 - level;
  const mu = logMoments.mean;
  const sigma = Math.sqrt(logMoments.m2 / n);
  const s2 = logMoments.m2 / (n - 1);
  const muHalf = tQuantile(1 - alpha / 2, n - 1) * Math.sqrt(s2 / n);
  const sigmaLow = Math.sqrt(logMoments.m2 / chiSquareQuantile(1 - alpha / 2, n - 1));
  const sigmaHigh = Math.sqrt(logMoments.m2 / chiSquareQuantile(alpha / 2, n - 1));
  const logMean = mu + (sigma * sigma) / 2;
  const coxHalf = normalQuantile(1 - alpha / 2) * Math.sqrt(s2 / n + (s2 * s2) / (2 * (n - 1)));
  return {
    count: n,
    mu,
    muLow: mu - muHalf,
    muHigh: mu + muHalf,
    sigma,
    sigmaLow,
    sigmaHigh,
    mean: Math.exp(logMean),
    meanLow: Math.exp(logMean - coxHalf),
    meanHigh: Math.exp(logMean + coxHalf),
    cv: cvOf(sigma),
    cvLow: cvOf(sigmaLow),
    cvHigh: cvOf(sigmaHigh),
    logLikelihood: -n * mu - n * Math.log(sigma) - (n / 2) * Math.log(2 * Math.PI) - n / 2,
    parameters: 2,
  };
}

/** The lognormal CDF `Φ((ln x - mu) / sigma)` (0 for x <= 0). */
export function lognormalCdf(x: number, mu: number, sigma: number): number {
  return x <= 0 ? 0 : normalCdf((Math.log(x) - mu) / sigma);
}

/** The lognormal quantile `exp(mu + sigma·Φ⁻¹(p))`, for p in [0, 1]. */
export function lognormalQuantile(p: number, mu: number, sigma: number): number {
  return Math.exp(mu + sigma * normalQuantile(p));
}
