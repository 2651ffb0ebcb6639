/**
 * Ranking and selection, on hand-made paired differences: the rank order (lowest change
 * first, equal ones by the change in failed calls, then in candidate order), which ranks are resolved (intervals apart from
 * both neighbours), and who gets the next batch under --precision: only candidates of an
 * overlapping pair that matters (the top N and the boundary below it) that are not yet
 * within the precision and below the cap.
 */
import { expect, it } from 'vitest';
import type { PairedDelta } from '../../src/stats/paired-delta.js';
import { nextBatch, rankOrder, rankResolution, resolvedFromZero } from '../../src/whatif/ranking.js';

const d = (delta: number, half: number): PairedDelta => ({ delta, low: delta - half, high: delta + half, halfWidth: half });

// Candidate 0: -50 +-1 (alone at the top); 1 and 2: -10 +-3 and -9 +-3 (overlapping);
// 3: 0 exactly (no change); 4: -9.5 +-0.2 (inside the overlap, already precise at 5%).
const edge = [d(-50, 1), d(-10, 3), d(-9, 3), d(0, 0), d(-9.5, 0.2)];

it('ranks lowest first and resolves a rank only when its interval is apart from both neighbours', () => {
  expect(rankOrder(edge)).toEqual([0, 1, 4, 2, 3]);
  expect(rankOrder([d(1, 1), d(1, 2), d(0, 1)])).toEqual([2, 0, 1]); // equal changes keep their order
  // Equal Edge changes (no change at all) go by the fall in failed calls, then by order.
  expect(rankOrder([d(0, 0), d(0, 0), d(0, 0), d(-1, 0)], [-0.1, -0.3, -0.1, 0])).toEqual([3, 1, 0, 2]);
  expect(rankResolution(rankOrder(edge), edge)).toEqual([true, false, false, true, false]); // 4 sits inside the overlap of 1 and 2
  expect(edge.map(resolvedFromZero)).toEqual([true, true, true, false, true]);
});

it('the next batch goes to the imprecise members of overlapping pairs, not evenly', () => {
  const plan = { precision: 0.05, cap: 40 };
  // 1 and 2 overlap each other and 4; 4 is within 5% of 9.5 (0.2 <= 0.475) and gets none.
  expect(nextBatch(edge, [10, 10, 10, 10, 10], plan, 5)).toEqual([1, 2]);
  // At the cap a candidate gets no more.
  expect(nextBatch(edge, [10, 40, 10, 10, 10], plan, 5)).toEqual([2]);
  // With --top 1 only the pair deciding first place matters: 0 is apart from 1.
  expect(nextBatch(edge, [10, 10, 10, 10, 10], plan, 1)).toEqual([]);
  // With --top 2 the boundary pair (second, third) matters: 1 and 4 overlap, 1 is imprecise.
  expect(nextBatch(edge, [10, 10, 10, 10, 10], plan, 2)).toEqual([1]);
  // Two exact zeros overlap but are both precise: a tie, not a reason to go on.
  expect(nextBatch([d(0, 0), d(0, 0)], [10, 10], plan, 2)).toEqual([]);
  // Without an interval yet (one replication) a candidate is never precise.
  expect(nextBatch([{ delta: 1, low: Number.NaN, high: Number.NaN, halfWidth: Number.NaN }, d(1, 0.01)], [1, 1], plan, 2)).toEqual([0]);
});
