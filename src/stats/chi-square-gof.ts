/**
 * Pearson's chi-square goodness-of-fit test of binned counts against a fitted continuous
 * distribution. Adjacent cells are merged, left to right, until each group's expected
 * count reaches a minimum (5 by default, the textbook rule), a short remainder joining
 * the last group; the degrees of freedom are `groups - 1 - parameters`.
 *
 * The parameters are fitted to the raw values, not to the grouped counts, so the
 * statistic's law lies between χ²(groups-1-parameters) and χ²(groups-1) (Chernoff and
 * Lehmann, 1954): the p-value from the first is slightly small, i.e. the test is on the
 * strict side.
 */
import { chiSquareSurvival } from './chi-square.js';

/** One merged group of cells. */
export interface FitGroup {
  /** Lower edge (0 for the cell below the first edge). */
  readonly low: number;
  /** Upper edge (`Infinity` for the cell above the last edge). */
  readonly high: number;
  readonly observed: number;
  readonly expected: number;
}

/** The test's result. */
export interface GoodnessOfFit {
  /** `Σ (observed - expected)² / expected` over the groups. */
  readonly statistic: number;
  /** `groups - 1 - parameters`; `NaN` when below 1. */
  readonly df: number;
  /** `P(χ²(df) > statistic)`; `NaN` when there are too few groups. */
  readonly pValue: number;
  readonly groups: readonly FitGroup[];
}

/**
 * Tests binned counts against a distribution function.
 *
 * @param edges - Increasing cell edges `e_0 < ... < e_m`.
 * @param counts - `m + 2` counts: below `e_0`, the `m` cells `[e_{i-1}, e_i)`, at or above `e_m`.
 * @param cdf - The fitted distribution function (0 at 0 for a positive variable).
 * @param parameters - Parameters fitted from the same data.
 * @param minExpected - Smallest expected count of a group. @default 5
 * @throws RangeError when `counts.length` is not `edges.length + 1`.
 */
export function chiSquareGoodnessOfFit(
  edges: ArrayLike<number>,
  counts: ArrayLike<number>,
  cdf: (x: number) => number,
  parameters: number,
  minExpected = 5,
): GoodnessOfFit {
  const m = edges.length - 1;
  if (counts.length !== m + 2) {
    throw new RangeError(`expected ${m + 2} counts for ${m + 1} edges, got ${counts.length}`);
  }
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i]!;
  const cellLow = (i: number): number => (i === 0 ? 0 : edges[i - 1]!);
  const cellHigh = (i: number): number => (i === m + 1 ? Number.POSITIVE_INFINITY : edges[i]!);
  const probability = (i: number): number => {
    const high = cellHigh(i);
    return (high === Number.POSITIVE_INFINITY ? 1 : cdf(high)) - (i === 0 ? 0 : cdf(cellLow(i)));
  };

  const groups: FitGroup[] = [];
  let low = 0;
  let observed = 0;
  let expected = 0;
  for (let i = 0; i <= m + 1; i++) {
    observed += counts[i]!;
    expected += total * probability(i);
    if (expected >= minExpected) {
      groups.push({ low, high: cellHigh(i), observed, expected });
      low = cellHigh(i);
      observed = 0;
      expected = 0;
    }
  }
  if (observed > 0 || expected > 0) {
    const last = groups.pop();
    groups.push(
      last === undefined
        ? { low, high: Number.POSITIVE_INFINITY, observed, expected }
        : { low: last.low, high: Number.POSITIVE_INFINITY, observed: last.observed + observed, expected: last.expected + expected },
    );
  }
  let statistic = 0;
  for (const g of groups) if (g.expected > 0) statistic += ((g.observed - g.expected) ** 2) / g.expected;
  const df = groups.length - 1 - parameters;
  return df >= 1
    ? { statistic, df, pValue: chiSquareSurvival(statistic, df), groups }
    : { statistic, df: Number.NaN, pValue: Number.NaN, groups };
}
