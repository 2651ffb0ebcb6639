/**
 * Paired differences between a variant and a reference simulated on common random
 * numbers (the same seed and replication indices): replication r of both saw the same
 * calls, so the per-replication difference cancels the noise they share, and its
 * Student-t interval across r is far tighter than that of two independent estimates.
 * A variant identical to its reference gives a difference of exactly 0 in every
 * replication, hence a delta of 0 with a zero-width interval.
 */
import { meanInterval } from './interval.js';
import { momentsOf, sampleStandardDeviation } from './moments.js';
import { tQuantile } from './student-t.js';

/** A paired difference (variant - reference) with its 95% interval. */
export interface PairedDelta {
  /** The difference of the two estimates; `NaN` with no replication. */
  readonly delta: number;
  /** `delta ± halfWidth`; `NaN` with fewer than two replications. */
  readonly low: number;
  readonly high: number;
  readonly halfWidth: number;
}

/** Throws unless every list has the same length. */
function sameLength(lists: readonly ArrayLike<number>[]): number {
  const n = lists[0]!.length;
  for (const list of lists) {
    if (list.length !== n) throw new RangeError(`paired lists must have the same length, got ${lists.map((l) => l.length).join(' and ')}`);
  }
  return n;
}

/**
 * The mean of `values[r] - reference[r]` over replications r, with its Student-t
 * interval.
 *
 * @param values - The variant's figure, one per replication (index = replication).
 * @param reference - The reference's figure for the same replications.
 * @param level - Confidence level. @default 0.95
 * @throws RangeError when the lengths differ.
 */
export function pairedMeanDelta(values: ArrayLike<number>, reference: ArrayLike<number>, level = 0.95): PairedDelta {
  const n = sameLength([values, reference]);
  const differences = new Float64Array(n);
  for (let r = 0; r < n; r++) differences[r] = values[r]! - reference[r]!;
  const interval = meanInterval(differences, level);
  return { delta: interval.mean, low: interval.low, high: interval.high, halfWidth: interval.halfWidth };
}

/**
 * The difference of two ratios of sums, `Σx/Σy - Σx'/Σy'` (a share or a blocking
 * probability of the variant minus the reference's), with the paired ratio estimators'
 * interval: linearising each ratio (delta method, as `ratioInterval` does), replication
 * r contributes `zᵣ = (xᵣ - p̂·yᵣ)/ȳ - (x'ᵣ - p̂'·y'ᵣ)/ȳ'`, and the half-width is
 * `t(1 - (1-level)/2, n-1) · s_z / √n`. A ratio whose denominators are all 0 (nothing
 * offered) is 0 and contributes nothing. With constant denominators this is exactly the
 * paired t interval of the per-replication ratios.
 *
 * @throws RangeError when the four lists' lengths differ.
 */
export function pairedRatioDelta(
  numerators: ArrayLike<number>,
  denominators: ArrayLike<number>,
  referenceNumerators: ArrayLike<number>,
  referenceDenominators: ArrayLike<number>,
  level = 0.95,
): PairedDelta {
  const n = sameLength([numerators, denominators, referenceNumerators, referenceDenominators]);
  if (n === 0) return { delta: Number.NaN, low: Number.NaN, high: Number.NaN, halfWidth: Number.NaN };
  const variant = linearised(numerators, denominators);
  const reference = linearised(referenceNumerators, referenceDenominators);
  const delta = variant.ratio - reference.ratio;
  if (n < 2) return { delta, low: Number.NaN, high: Number.NaN, halfWidth: Number.NaN };
  const z = new Float64Array(n);
  for (let r = 0; r < n; r++) z[r] = variant.residuals[r]! - reference.residuals[r]!;
  const halfWidth = (tQuantile(1 - (1 - level) / 2, n - 1) * sampleStandardDeviation(momentsOf(z))) / Math.sqrt(n);
  return { delta, low: delta - halfWidth, high: delta + halfWidth, halfWidth };
}

/** A ratio of sums and each replication's linearised deviation from it, `(xᵣ - p̂·yᵣ)/ȳ` (all 0 when Σy = 0). */
function linearised(x: ArrayLike<number>, y: ArrayLike<number>): { ratio: number; residuals: Float64Array } {
  const n = x.length;
  let sumX = 0;
  let sumY = 0;
  for (let r = 0; r < n; r++) {
    sumX += x[r]!;
    sumY += y[r]!;
  }
  const residuals = new Float64Array(n);
  if (sumY === 0) return { ratio: 0, residuals };
  const ratio = sumX / sumY;
  const meanY = sumY / n;
  for (let r = 0; r < n; r++) residuals[r] = (x[r]! - ratio * y[r]!) / meanY;
  return { ratio, residuals };
}
