/**
 * Streaming mean and variance (Welford), with an exact merge (Chan, Golub & LeVeque):
 * two summaries of disjoint samples merge into the summary of their union, so figures
 * can be accumulated in pieces and combined in a fixed order.
 */

/** Count, mean and sum of squared deviations from the mean (`m2`) of a sample. */
export interface Moments {
  readonly count: number;
  readonly mean: number;
  readonly m2: number;
}

/** The summary of an empty sample (`mean` is `NaN`: there is none). */
export const EMPTY_MOMENTS: Moments = Object.freeze({ count: 0, mean: Number.NaN, m2: 0 });

/**
 * Adds one value (Welford's update).
 *
 * @returns A new summary; `moments` is not changed.
 */
export function addValue(moments: Moments, value: number): Moments {
  if (moments.count === 0) return { count: 1, mean: value, m2: 0 };
  const count = moments.count + 1;
  const delta = value - moments.mean;
  const mean = moments.mean + delta / count;
  return { count, mean, m2: moments.m2 + delta * (value - mean) };
}

/** The summary of `values`, in one pass in index order. */
export function momentsOf(values: ArrayLike<number>): Moments {
  // Same arithmetic as repeated addValue, without allocating per value.
  let count = 0;
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    count++;
    const delta = value - mean;
    mean += delta / count;
    m2 += delta * (value - mean);
  }
  return count === 0 ? EMPTY_MOMENTS : { count, mean, m2 };
}

/**
 * Merges the summaries of two disjoint samples into that of their union.
 *
 * Mathematically exact: `mean = (nA·meanA + nB·meanB)/n` and
 * `m2 = m2A + m2B + δ²·nA·nB/n` with `δ = meanB - meanA`; written in the update form,
 * which keeps rounding errors of the order of a single pass.
 *
 * @returns A new summary; the inputs are not changed.
 */
export function mergeMoments(a: Moments, b: Moments): Moments {
  if (a.count === 0) return b;
  if (b.count === 0) return a;
  const count = a.count + b.count;
  const delta = b.mean - a.mean;
  return {
    count,
    mean: a.mean + (delta * b.count) / count,
    m2: a.m2 + b.m2 + (delta * delta * a.count * b.count) / count,
  };
}

/** Sample variance (divisor `count - 1`); `NaN` with fewer than two values. */
export function sampleVariance(moments: Moments): number {
  return moments.count < 2 ? Number.NaN : Math.max(0, moments.m2) / (moments.count - 1);
}

/** Sample standard deviation (divisor `count - 1`); `NaN` with fewer than two values. */
export function sampleStandardDeviation(moments: Moments): number {
  return Math.sqrt(sampleVariance(moments));
}
