/**
 * The exact (Clopper-Pearson) confidence interval of a binomial proportion: its ends are
 * beta quantiles, `[B⁻¹(α/2; k, n-k+1), B⁻¹(1-α/2; k+1, n-k)]`, found by bisection on
 * the regularized incomplete beta function. Conservative, like every exact interval of a
 * discrete count.
 */
import { regularizedIncompleteBeta } from './incomplete-beta.js';

/** A proportion `k / n` with its interval. */
export interface ProportionInterval {
  /** `successes / trials`; `NaN` when there are no trials. */
  readonly share: number;
  /** Lower end; 0 when `successes` is 0, `NaN` without trials. */
  readonly low: number;
  /** Upper end; 1 when `successes` equals `trials`, `NaN` without trials. */
  readonly high: number;
}

/**
 * Clopper-Pearson interval of a binomial proportion.
 *
 * @param successes - Integer in [0, trials].
 * @param trials - Non-negative integer.
 * @param level - Confidence level, in (0, 1). @default 0.95
 * @returns The share and interval; all `NaN` with no trials.
 * @throws RangeError when the counts are not integers with `0 <= successes <= trials`.
 */
export function clopperPearsonInterval(successes: number, trials: number, level = 0.95): ProportionInterval {
  if (!(Number.isInteger(successes) && Number.isInteger(trials) && successes >= 0 && successes <= trials)) {
    throw new RangeError(`expected integers 0 <= successes <= trials, got ${String(successes)} of ${String(trials)}`);
  }
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${String(level)}`);
  if (trials === 0) return { share: Number.NaN, low: Number.NaN, high: Number.NaN };
  const alpha = 1 - level;
  const low = successes === 0 ? 0 : betaQuantile(alpha / 2, successes, trials - successes + 1);
  const high = successes === trials ? 1 : betaQuantile(1 - alpha / 2, successes + 1, trials - successes);
  return { share: successes / trials, low, high };
}

/**
 * Quantile of the beta distribution: the `x` in [0, 1] with `I_x(a, b) = p`, by bisection
 * to 1e-15 (I is increasing in x, so it cannot fail to converge).
 *
 * @param p - Probability in [0, 1].
 * @param a - Shape, > 0.
 * @param b - Shape, > 0.
 * @returns The quantile; `NaN` when an argument is out of range.
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (!(a > 0 && b > 0 && p >= 0 && p <= 1)) return Number.NaN;
  let low = 0;
  let high = 1;
  for (let i = 0; i < 200 && high - low > 1e-15; i++) {
    const mid = 0.5 * (low + high);
    if (regularizedIncompleteBeta(mid, a, b) < p) low = mid;
    else high = mid;
  }
  return 0.5 * (low + high);
}
