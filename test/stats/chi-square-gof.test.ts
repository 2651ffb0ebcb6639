import { describe, expect, it } from 'vitest';
import { chiSquareGoodnessOfFit } from '../../src/stats/chi-square-gof.js';
import { chiSquareSurvival } from '../../src/stats/chi-square.js';

const cdf = (x: number): number => 1 - Math.exp(-x); // exponential, mean 1

describe('chiSquareGoodnessOfFit', () => {
  it('computes Pearson\'s statistic on cells with enough expected counts', () => {
    // Cells [0,1), [1,2), [2,∞) with 100 values: expected 100·(1-e⁻¹), 100·(e⁻¹-e⁻²), 100·e⁻².
    const e = [100 * (1 - Math.exp(-1)), 100 * (Math.exp(-1) - Math.exp(-2)), 100 * Math.exp(-2)];
    const o = [60, 25, 15];
    const statistic = o.reduce((s, x, i) => s + (x - e[i]!) ** 2 / e[i]!, 0);
    const gof = chiSquareGoodnessOfFit([1, 2], o, cdf, 1);
    expect(gof.groups).toHaveLength(3);
    expect(gof.statistic).toBeCloseTo(statistic, 12);
    expect(gof.df).toBe(1);
    expect(gof.pValue).toBeCloseTo(chiSquareSurvival(statistic, 1), 12);
  });

  it('merges cells until each group expects at least five, the remainder joining the last group', () => {
    // 20 values: cell expectations 12.64 [0,1), 4.65 [1,2), 1.72 [2,3), 0.99 [3,∞): [1,3)
    // reaches 6.37 and the remainder [3,∞) joins it, so the groups are [0,1) and [1,∞).
    const gof = chiSquareGoodnessOfFit([1, 2, 3], [14, 4, 1, 1], cdf, 1);
    expect(gof.groups.map((g) => [g.low, g.high, g.observed])).toEqual([[0, 1, 14], [1, Number.POSITIVE_INFINITY, 6]]);
    expect(gof.groups[1]!.expected).toBeCloseTo(20 * Math.exp(-1), 12);
    // Two groups, one parameter: no degree of freedom left.
    expect(gof.df).toBeNaN();
    expect(gof.pValue).toBeNaN();
  });
});
