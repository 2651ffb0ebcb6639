/**
 * The standard normal distribution: its CDF through the incomplete gamma function
 * (`erfc(y) = Q(½, y²)` for y >= 0) and its quantile by Acklam's rational approximation
 * refined by one Halley step on that CDF (about 1e-15 relative).
 */
import { regularizedGammaP, regularizedGammaQ } from './incomplete-gamma.js';

/**
 * Cumulative distribution function of the standard normal, `Φ(z)`.
 *
 * @param z - Any number (`±Infinity` give 0 and 1).
 * @returns `Φ(z)`; `NaN` when `z` is `NaN`.
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  const y = (z * z) / 2;
  // Φ(z) = ½ erfc(-z/√2); each tail from its own function so that it keeps its digits.
  if (z < 0) return 0.5 * regularizedGammaQ(0.5, y);
  return z === 0 ? 0.5 : 0.5 + 0.5 * regularizedGammaP(0.5, y);
}

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239] as const;
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1] as const;
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783] as const;
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416] as const;
const P_LOW = 0.02425;

/**
 * Quantile of the standard normal, `Φ⁻¹(p)` (`normalQuantile(0.975)` is 1.959964).
 *
 * @param p - Probability in [0, 1]; 0 and 1 give `-Infinity` and `Infinity`.
 * @returns The quantile; `NaN` when `p` is outside [0, 1].
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  let x: number;
  if (p < P_LOW || p > 1 - P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p < P_LOW ? p : 1 - p));
    x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    if (p > 1 - P_LOW) x = -x;
  } else {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
      (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  }
  // One Halley step: Acklam's approximation is good to 1e-9; this brings it to rounding.
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}
