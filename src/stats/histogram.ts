/**
 * Occupancy-time histograms: `histogram[k]` is the time (seconds) a resource spent at
 * exactly k units in use. They merge by element-wise addition, so percentiles over
 * several replications come from the summed histogram, with no sampling.
 */

/**
 * The q-quantile of occupancy over time: the smallest level k whose cumulative time
 * `h[0] + ... + h[k]` reaches `q` times the total (and is positive, so `q = 0` gives
 * the lowest level actually occupied).
 *
 * @param histogram - Seconds spent at each level; non-negative.
 * @param q - In [0, 1] (0.95 for the 95th percentile).
 * @returns The level k; `NaN` when the histogram holds no time.
 * @throws RangeError when `q` is outside [0, 1].
 */
export function histogramQuantile(histogram: ArrayLike<number>, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`q must be in [0, 1], got ${String(q)}`);
  let total = 0;
  for (let k = 0; k < histogram.length; k++) total += histogram[k]!;
  if (!(total > 0)) return Number.NaN;
  const threshold = q * total;
  let cumulative = 0;
  let last = 0;
  for (let k = 0; k < histogram.length; k++) {
    const seconds = histogram[k]!;
    if (seconds <= 0) continue;
    cumulative += seconds;
    last = k;
    if (cumulative >= threshold) return k;
  }
  // Reached only if rounding left the running sum a hair under q·total at q = 1: the
  // highest occupied level is then the answer.
  return last;
}

/**
 * Adds `source` into `target` element-wise (level by level).
 *
 * When `target` is at least as long as `source` it is updated in place and returned;
 * otherwise a new, longer array holding the sum is returned and `target` is left as it
 * was. Either way, use the return value.
 *
 * @returns The summed histogram.
 */
export function addInto(target: Float64Array, source: ArrayLike<number>): Float64Array {
  let sum = target;
  if (source.length > target.length) {
    sum = new Float64Array(source.length);
    sum.set(target);
  }
  for (let k = 0; k < source.length; k++) sum[k]! += source[k]!;
  return sum;
}
