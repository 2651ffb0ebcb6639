/**
 * Holding times of one kind: the exponential and the lognormal fitted by maximum
 * likelihood from the pass's streaming sums, the family chosen by AIC, and a chi-square
 * goodness-of-fit test of the chosen family on the pass's log histogram (20 bins per
 * decade from 0.1 s to 10⁶ s, merged to expected counts of at least 5). With many records
 * the test rejects any real distribution: read its p-value with the Q-Q points beside it.
 */
import { chiSquareGoodnessOfFit } from '../stats/chi-square-gof.js';
import type { GoodnessOfFit } from '../stats/chi-square-gof.js';
import { exponentialCdf, exponentialQuantile, fitExponential } from '../stats/exponential-fit.js';
import type { ExponentialFit } from '../stats/exponential-fit.js';
import { logHistogramEdges, logHistogramQuantile } from '../stats/log-histogram.js';
import { fitLognormal, lognormalCdf, lognormalQuantile } from '../stats/lognormal-fit.js';
import type { LognormalFit } from '../stats/lognormal-fit.js';
import type { HoldingSums } from './record-tables.js';

/** The two families considered. */
export type HoldingFamily = 'exponential' | 'lognormal';

/** One bin of the histogram, with the chosen fit's expected count (for a histogram-with-density chart). */
export interface HoldingBin {
  /** Seconds; the first bin starts at 0 (values below 0.1 s), the last ends at `Infinity`. */
  readonly low: number;
  readonly high: number;
  readonly observed: number;
  readonly expected: number;
}

/** One Q-Q point: a probability, the quantile read from the histogram, the fitted quantile. */
export interface QuantilePoint {
  readonly p: number;
  readonly empirical: number;
  readonly fitted: number;
}

/** A kind's holding-time fit. */
export interface HoldingFit {
  /** Positive durations fitted. */
  readonly count: number;
  /** Zero-length records, left out (no logarithm). */
  readonly zero: number;
  readonly exponential: ExponentialFit;
  readonly lognormal: LognormalFit;
  /** `2k - 2 ln L` of each family; `NaN` when it cannot be fitted. */
  readonly aic: Readonly<Record<HoldingFamily, number>>;
  /** The family with the lower AIC (exponential when the lognormal cannot be fitted). */
  readonly family: HoldingFamily;
  /** AIC of the other family minus that of the chosen one (>= 0; `NaN` with one family). */
  readonly aicDifference: number;
  /** Chi-square test of the chosen family. */
  readonly gof: GoodnessOfFit;
  readonly bins: readonly HoldingBin[];
  /** Q-Q points at p = 0.01, 0.02, ..., 0.99. */
  readonly quantiles: readonly QuantilePoint[];
  /** Mean of the chosen family, with its interval (exact chi-square or Cox). */
  readonly mean: number;
  readonly meanLow: number;
  readonly meanHigh: number;
  /** Coefficient of variation of the chosen family (1 for the exponential, no interval). */
  readonly cv: number;
  readonly cvLow: number;
  readonly cvHigh: number;
}

/**
 * Fits one kind's holding times.
 *
 * @param sums - The pass's sums and histogram for the kind.
 * @param level - Confidence level of the intervals. @default 0.95
 */
export function fitHolding(sums: HoldingSums, level = 0.95): HoldingFit {
  const exponential = fitExponential(sums.count, sums.sum, level);
  const lognormal = fitLognormal({ count: sums.count, mean: sums.logMean, m2: sums.logM2 }, level);
  const aic = { exponential: 2 - 2 * exponential.logLikelihood, lognormal: 4 - 2 * lognormal.logLikelihood };
  const family: HoldingFamily = aic.lognormal < aic.exponential ? 'lognormal' : 'exponential';
  const aicDifference = family === 'lognormal' ? aic.exponential - aic.lognormal : aic.lognormal - aic.exponential;
  const cdf = family === 'lognormal'
    ? (x: number) => lognormalCdf(x, lognormal.mu, lognormal.sigma)
    : (x: number) => exponentialCdf(x, exponential.mean);
  const quantile = family === 'lognormal'
    ? (p: number) => lognormalQuantile(p, lognormal.mu, lognormal.sigma)
    : (p: number) => exponentialQuantile(p, exponential.mean);
  const edges = logHistogramEdges(sums.histogram);
  const counts = sums.histogram.counts;
  const fitted = sums.count > 0 && Number.isFinite(exponential.mean);
  const gof = fitted
    ? chiSquareGoodnessOfFit(edges, counts, cdf, family === 'lognormal' ? 2 : 1)
    : { statistic: Number.NaN, df: Number.NaN, pValue: Number.NaN, groups: [] };
  const bins: HoldingBin[] = [];
  for (let i = 0; i < counts.length; i++) {
    const low = i === 0 ? 0 : edges[i - 1]!;
    const high = i === counts.length - 1 ? Number.POSITIVE_INFINITY : edges[i]!;
    const probability = (high === Number.POSITIVE_INFINITY ? 1 : cdf(high)) - cdf(low);
    bins.push({ low, high, observed: counts[i]!, expected: fitted ? sums.count * probability : Number.NaN });
  }
  const quantiles = fitted
    ? Array.from({ length: 99 }, (_, i) => {
        const p = (i + 1) / 100;
        return { p, empirical: logHistogramQuantile(sums.histogram, p), fitted: quantile(p) };
      })
    : [];
  const chosen = family === 'lognormal'
    ? { mean: lognormal.mean, meanLow: lognormal.meanLow, meanHigh: lognormal.meanHigh, cv: lognormal.cv, cvLow: lognormal.cvLow, cvHigh: lognormal.cvHigh }
    : { mean: exponential.mean, meanLow: exponential.meanLow, meanHigh: exponential.meanHigh, cv: 1, cvLow: Number.NaN, cvHigh: Number.NaN };
  return { count: sums.count, zero: sums.zero, exponential, lognormal, aic, family, aicDifference, gof, bins, quantiles, ...chosen };
}
