/**
 * The Student-t distribution, computed rather than tabulated: its CDF through the
 * regularized incomplete beta function, its quantile by bisection on the CDF. avsim's
 * confidence intervals across replications use {@link tQuantile}.
 */
import { regularizedIncompleteBeta } from './incomplete-beta.js';

/**
 * Upper-tail probability `P(T > t)` of Student's t with `df` degrees of freedom, for
 * `t >= 0`: `½ · I_{df/(df+t²)}(df/2, ½)`. Computed as a tail (not as `1 - CDF`) so
 * that small tail probabilities keep their precision.
 */
function upperTail(t: number, df: number): number {
  return 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/**
 * Cumulative distribution function of Student's t.
 *
 * @param t - Any real number (`±Infinity` give 0 and 1).
 * @param df - Degrees of freedom, > 0 (need not be an integer).
 * @returns `P(T <= t)`; `NaN` when `df <= 0` or an argument is `NaN`.
 */
export function tCdf(t: number, df: number): number {
  if (!(df > 0) || Number.isNaN(t)) return Number.NaN;
  if (t === Number.POSITIVE_INFINITY) return 1;
  if (t === Number.NEGATIVE_INFINITY) return 0;
  const tail = upperTail(Math.abs(t), df);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * Quantile (inverse CDF) of Student's t: the `t` with `P(T <= t) = p`.
 *
 * Found by bisection on the upper tail until the bracket is narrower than 1e-12
 * relative (or absolute near 0): slower than Newton but it cannot diverge, and an
 * interval needs only one quantile. Symmetric: `tQuantile(1 - p, df) = -tQuantile(p, df)`.
 *
 * @param p - Probability in (0, 1); 0 and 1 give `-Infinity` and `Infinity`.
 * @param df - Degrees of freedom, > 0.
 * @returns The quantile; `NaN` when `p` is outside [0, 1] or `df <= 0`.
 */
export function tQuantile(p: number, df: number): number {
  if (!(df > 0) || !(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  if (p < 0.5) return -tQuantile(1 - p, df);
  const tail = 1 - p; // in (0, 0.5): find t > 0 with upperTail(t) = tail
  let low = 0;
  let high = 1;
  while (upperTail(high, df) > tail) {
    low = high;
    high *= 2;
    if (!Number.isFinite(high)) return Number.POSITIVE_INFINITY;
  }
  // upperTail decreases in t: invariant upperTail(low) > tail >= upperTail(high).
  for (let i = 0; i < 200 && high - low > 1e-12 * Math.max(1, high); i++) {
    const mid = 0.5 * (low + high);
    if (upperTail(mid, df) > tail) low = mid;
    else high = mid;
  }
  return 0.5 * (low + high);
}
