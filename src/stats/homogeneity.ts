/**
 * Pearson's chi-square test of homogeneity of two samples of counts over the same
 * categories (a 2 x k table): do they share one distribution? Categories empty in both
 * samples carry no information and are dropped, so `df = k - 1` over the rest.
 */
import { chiSquareSurvival } from './chi-square.js';

/** The test's result. */
export interface HomogeneityTest {
  /** `Σ (n_ij - E_ij)² / E_ij` with `E_ij = row_i · column_j / total`. */
  readonly statistic: number;
  /** Categories with a non-zero total, minus one; `NaN` when below 1. */
  readonly df: number;
  /** `P(χ²(df) > statistic)`; `NaN` when a sample is empty or `df` is `NaN`. */
  readonly pValue: number;
}

/**
 * Tests whether two count vectors come from one distribution.
 *
 * @param a - Counts by category (observed calls by path, say).
 * @param b - Counts by category, same length (simulated calls by path, say).
 * @throws RangeError when the lengths differ or a count is negative.
 */
export function chiSquareHomogeneity(a: readonly number[], b: readonly number[]): HomogeneityTest {
  if (a.length !== b.length) throw new RangeError(`expected two count vectors of one length, got ${a.length} and ${b.length}`);
  let totalA = 0;
  let totalB = 0;
  for (let j = 0; j < a.length; j++) {
    if (!(a[j]! >= 0 && b[j]! >= 0)) throw new RangeError(`counts must be >= 0, got ${a[j]} and ${b[j]} in category ${j}`);
    totalA += a[j]!;
    totalB += b[j]!;
  }
  const total = totalA + totalB;
  let statistic = 0;
  let categories = 0;
  for (let j = 0; j < a.length; j++) {
    const column = a[j]! + b[j]!;
    if (column === 0) continue;
    categories++;
    const expectedA = (totalA * column) / total;
    const expectedB = (totalB * column) / total;
    if (expectedA > 0) statistic += (a[j]! - expectedA) ** 2 / expectedA;
    if (expectedB > 0) statistic += (b[j]! - expectedB) ** 2 / expectedB;
  }
  const df = categories - 1;
  if (!(totalA > 0 && totalB > 0 && df >= 1)) return { statistic, df: df >= 1 ? df : Number.NaN, pValue: Number.NaN };
  return { statistic, df, pValue: chiSquareSurvival(statistic, df) };
}
