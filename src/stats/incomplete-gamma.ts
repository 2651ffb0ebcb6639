/**
 * The regularized incomplete gamma functions `P(a, x)` and `Q(a, x) = 1 - P(a, x)` and
 * the inverse of `P` in `x`: the building blocks of the chi-square distribution
 * (chi-square.ts), hence of exact Poisson intervals and chi-square tests.
 */
import { logGamma } from './incomplete-beta.js';

const MAX_ITERATIONS = 1000;
const EPSILON = 1e-16;
const TINY = 1e-300;

/**
 * The regularized lower incomplete gamma function `P(a, x) = γ(a, x) / Γ(a)`.
 *
 * Below `x = a + 1` its power series converges fast; above, the continued fraction of
 * `Q` does, and `P = 1 - Q` (Numerical Recipes' gser/gcf split).
 *
 * @param a - Shape, > 0.
 * @param x - >= 0 (`Infinity` gives 1).
 * @returns `P(a, x)` in [0, 1]; `NaN` for arguments out of range.
 */
export function regularizedGammaP(a: number, x: number): number {
  if (!(a > 0 && x >= 0)) return Number.NaN;
  if (x === 0) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaFraction(a, x);
}

/**
 * The regularized upper incomplete gamma function `Q(a, x) = Γ(a, x) / Γ(a)`, computed
 * directly in the upper tail (not as `1 - P`), so that small p-values keep their digits.
 *
 * @param a - Shape, > 0.
 * @param x - >= 0 (`Infinity` gives 0).
 * @returns `Q(a, x)` in [0, 1]; `NaN` for arguments out of range.
 */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0 && x >= 0)) return Number.NaN;
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaFraction(a, x);
}

/** `P(a, x)` by its series `e^{-x} x^a / Γ(a+1) · Σ x^n / ((a+1)...(a+n))`. */
function gammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  let ap = a;
  for (let n = 0; n < MAX_ITERATIONS; n++) {
    ap += 1;
    term *= x / ap;
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** `Q(a, x)` by its continued fraction, modified Lentz (converges for x > a + 1). */
function gammaFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/**
 * The inverse of `P(a, ·)`: the `x` with `P(a, x) = p`.
 *
 * Starts from the Wilson-Hilferty guess (a > 1) or the small-shape series guess, then
 * Halley steps (Numerical Recipes 3rd ed., `invgammp`); a final bisection guard keeps the
 * answer bracketed should a step overshoot, so it cannot diverge.
 *
 * @param p - Probability in [0, 1]; 0 gives 0 and 1 gives `Infinity`.
 * @param a - Shape, > 0.
 * @returns `x >= 0`; `NaN` for arguments out of range.
 */
export function inverseRegularizedGammaP(p: number, a: number): number {
  if (!(a > 0 && p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const a1 = a - 1;
  const gln = logGamma(a);
  const lna1 = a > 1 ? Math.log(a1) : 0;
  const afac = a > 1 ? Math.exp(a1 * (lna1 - 1) - gln) : 0;
  let x: number;
  if (a > 1) {
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) z = -z;
    x = Math.max(1e-3, a * Math.pow(1 - 1 / (9 * a) - z / (3 * Math.sqrt(a)), 3));
  } else {
    const t = 1 - a * (0.253 + a * 0.12);
    x = p < t ? Math.pow(p / t, 1 / a) : 1 - Math.log(1 - (p - t) / (1 - t));
  }
  for (let j = 0; j < 100; j++) {
    if (x <= 0) return 0;
    const error = regularizedGammaP(a, x) - p;
    // The density of the gamma distribution at x: dP/dx.
    const density = a > 1 ? afac * Math.exp(-(x - a1) + a1 * (Math.log(x) - lna1)) : Math.exp(-x + a1 * Math.log(x) - gln);
    if (!(density > 0)) break;
    const u = error / density;
    const step = u / (1 - 0.5 * Math.min(1, u * (a1 / x - 1)));
    x -= step;
    if (x <= 0) x = 0.5 * (x + step);
    // Rounding in P limits the last digits of x (more so for small shapes, where P grows
    // like x^a): 1e-12 relative is as far as the steps can go.
    if (Math.abs(step) < 1e-12 * x) return x;
  }
  return Math.abs(regularizedGammaP(a, x) - p) < 1e-12 * p ? x : bisect(p, a, x);
}

/**
 * Fallback: bisection on log x (P is increasing in x, so a bracket always converges; on
 * the log scale it reaches the tiny quantiles of small shapes in a few hundred steps).
 */
function bisect(p: number, a: number, guess: number): number {
  let low = guess > 0 ? guess : 1;
  let high = low;
  while (low > Number.MIN_VALUE && regularizedGammaP(a, low) >= p) low /= 16;
  while (regularizedGammaP(a, high) < p) high *= 2;
  for (let i = 0; i < 300 && high - low > 1e-15 * high; i++) {
    const mid = Math.sqrt(low) * Math.sqrt(high);
    if (regularizedGammaP(a, mid) < p) low = mid;
    else high = mid;
  }
  return 0.5 * (low + high);
}
