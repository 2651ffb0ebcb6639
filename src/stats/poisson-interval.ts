/**
 * The exact (Garwood, 1936) confidence interval of a Poisson mean from one observed
 * count: the ends are chi-square quantiles, `[χ²(α/2; 2n) / 2, χ²(1-α/2; 2n+2) / 2]`,
 * with the lower end 0 when n = 0. Its coverage is at least the nominal level for every
 * mean (conservative, because counts are discrete).
 */
import { chiSquareQuantile } from './chi-square.js';

/** A count's estimate of a Poisson mean with its interval. */
export interface PoissonInterval {
  /** The observed count: the mean's maximum-likelihood estimate. */
  readonly count: number;
  readonly low: number;
  readonly high: number;
}

/**
 * Garwood's exact interval for the mean of a Poisson count.
 *
 * Divide the three figures by an exposure (user-hours) to get a rate's interval.
 *
 * @param count - The observed count, a non-negative integer.
 * @param level - Confidence level, in (0, 1). @default 0.95
 * @throws RangeError when `count` is not a non-negative integer or `level` is outside (0, 1).
 */
export function garwoodInterval(count: number, level = 0.95): PoissonInterval {
  if (!(Number.isInteger(count) && count >= 0)) {
    throw new RangeError(`count must be a non-negative integer, got ${String(count)}`);
  }
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${String(level)}`);
  const alpha = 1 - level;
  const low = count === 0 ? 0 : chiSquareQuantile(alpha / 2, 2 * count) / 2;
  const high = chiSquareQuantile(1 - alpha / 2, 2 * count + 2) / 2;
  return { count, low, high };
}
