/**
 * Confidence intervals across replications (DESIGN.md "Statistics"): replications are
 * independent, so a figure's interval is the Student-t interval of its per-replication
 * values. Probabilities and shares are ratios of sums, whose interval comes from the
 * ratio estimator's linearisation (delta method).
 */
import { momentsOf, sampleStandardDeviation } from './moments.js';
import { tQuantile } from './student-t.js';

/** A mean with its Student-t confidence interval. */
export interface MeanInterval {
  /** Mean of the values; `NaN` when there are none. */
  readonly mean: number;
  /** `mean - halfWidth`; `NaN` with fewer than two values. */
  readonly low: number;
  /** `mean + halfWidth`; `NaN` with fewer than two values. */
  readonly high: number;
  /** `t(1 - α/2, n-1) · s / √n`; `NaN` with fewer than two values. */
  readonly halfWidth: number;
}

/** A ratio of sums with its confidence interval. */
export interface RatioInterval {
  /** `Σ numerators / Σ denominators` (the ratio of the means). */
  readonly ratio: number;
  /** Lower end (clamped to [0, 1] when asked); `NaN` with fewer than two pairs. */
  readonly low: number;
  /** Upper end (clamped to [0, 1] when asked); `NaN` with fewer than two pairs. */
  readonly high: number;
  /** Half-width before clamping; `NaN` with fewer than two pairs. */
  readonly halfWidth: number;
}

/** Options of {@link ratioInterval}. */
export interface RatioIntervalOptions {
  /**
   * Confidence level.
   * @default 0.95
   */
  readonly level?: number;
  /**
   * Clamp the interval's ends to [0, 1] (for probabilities and shares).
   * @default false
   */
  readonly clampUnit?: boolean;
}

function checkLevel(level: number): void {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${String(level)}`);
}

/**
 * The Student-t confidence interval of the mean of independent values (one per
 * replication): `mean ± t(1 - (1-level)/2, n-1) · s / √n`.
 *
 * @param values - One value per replication.
 * @param level - Confidence level, in (0, 1). @default 0.95
 * @returns The mean and interval; with fewer than two values the ends and half-width are `NaN`.
 */
export function meanInterval(values: ArrayLike<number>, level = 0.95): MeanInterval {
  checkLevel(level);
  const moments = momentsOf(values);
  if (moments.count < 2) {
    return { mean: moments.mean, low: Number.NaN, high: Number.NaN, halfWidth: Number.NaN };
  }
  const halfWidth =
    (tQuantile(1 - (1 - level) / 2, moments.count - 1) * sampleStandardDeviation(moments)) /
    Math.sqrt(moments.count);
  return { mean: moments.mean, low: moments.mean - halfWidth, high: moments.mean + halfWidth, halfWidth };
}

/**
 * The ratio of sums `p̂ = Σ xᵢ / Σ yᵢ` (equivalently the ratio of the means) with the
 * ratio estimator's confidence interval: with residuals `zᵢ = xᵢ - p̂·yᵢ`,
 * `p̂ ± t(1 - (1-level)/2, n-1) · s_z / (√n · ȳ)`.
 *
 * When every denominator is 0 nothing was offered, so nothing was blocked or taken:
 * the ratio is 0 and (with two or more pairs) the interval is [0, 0]. With fewer than
 * two pairs the ends and half-width are `NaN`; with none the ratio is `NaN` too.
 *
 * @param numerators - One value per replication (blocked requests, calls on a path...).
 * @param denominators - One value per replication, same length (offered requests, all calls...).
 * @param options - Level and clamping; see {@link RatioIntervalOptions}.
 * @throws RangeError when the lengths differ or the level is out of range.
 */
export function ratioInterval(
  numerators: ArrayLike<number>,
  denominators: ArrayLike<number>,
  options: RatioIntervalOptions = {},
): RatioInterval {
  const level = options.level ?? 0.95;
  checkLevel(level);
  const n = numerators.length;
  if (denominators.length !== n) {
    throw new RangeError(`numerators and denominators must have the same length, got ${n} and ${denominators.length}`);
  }
  if (n === 0) return { ratio: Number.NaN, low: Number.NaN, high: Number.NaN, halfWidth: Number.NaN };
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < n; i++) {
    sumX += numerators[i]!;
    sumY += denominators[i]!;
  }
  if (sumY === 0) {
    const end = n < 2 ? Number.NaN : 0;
    return { ratio: 0, low: end, high: end, halfWidth: end };
  }
  const ratio = sumX / sumY;
  if (n < 2) return { ratio, low: Number.NaN, high: Number.NaN, halfWidth: Number.NaN };
  const residuals = new Float64Array(n);
  for (let i = 0; i < n; i++) residuals[i] = numerators[i]! - ratio * denominators[i]!;
  const meanY = sumY / n;
  const halfWidth =
    (tQuantile(1 - (1 - level) / 2, n - 1) * sampleStandardDeviation(momentsOf(residuals))) /
    (Math.sqrt(n) * Math.abs(meanY));
  let low = ratio - halfWidth;
  let high = ratio + halfWidth;
  if (options.clampUnit === true) {
    low = Math.min(1, Math.max(0, low));
    high = Math.min(1, Math.max(0, high));
  }
  return { ratio, low, high, halfWidth };
}
