import fc from 'fast-check';
import { expect, it } from 'vitest';
import { EMPTY_MOMENTS, mergeMoments, momentsOf, sampleVariance } from '../../src/stats/moments.js';

// Relative to the data's scale, with an absolute floor far below any real figure: with
// subnormal inputs (fast-check draws them) the relative bound alone rounds to 0.
function closeRelative(actual: number, expected: number, scale: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.max(Math.abs(expected), scale) + 1e-300);
}

it('merging the summaries of any split equals one pass over the whole sample', () => {
  fc.assert(
    fc.property(
      fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 60 }),
      fc.array(fc.nat(), { maxLength: 6 }),
      (values, cuts) => {
        // Split at arbitrary points, summarise each piece, merge left to right.
        const points = [...new Set(cuts.map((c) => c % (values.length + 1)))].sort((a, b) => a - b);
        let merged = EMPTY_MOMENTS;
        let from = 0;
        for (const to of [...points, values.length]) {
          merged = mergeMoments(merged, momentsOf(values.slice(from, to)));
          from = to;
        }
        const whole = momentsOf(values);
        const scale = values.reduce((s, v) => Math.max(s, v * v), 0) || 1;
        expect(merged.count).toBe(whole.count);
        closeRelative(merged.mean, whole.mean, Math.sqrt(scale));
        closeRelative(sampleVariance(merged), sampleVariance(whole), scale);
      },
    ),
  );
});

it('merges two hand-worked halves exactly', () => {
  // [1,2,3] and [4,5]: whole mean 3, m2 = 4+1+0+1+4 = 10.
  const m = mergeMoments(momentsOf([1, 2, 3]), momentsOf([4, 5]));
  expect(m).toEqual({ count: 5, mean: 3, m2: 10 });
  expect(mergeMoments(EMPTY_MOMENTS, momentsOf([7]))).toEqual({ count: 1, mean: 7, m2: 0 });
});
