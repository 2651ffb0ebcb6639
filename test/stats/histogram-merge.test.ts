import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addInto, histogramQuantile } from '../../src/stats/histogram.js';

describe('addInto', () => {
  it('adds level by level, growing into a new array when the source is longer', () => {
    const target = Float64Array.of(1, 2);
    const sum = addInto(target, [10, 20, 30]);
    expect([...sum]).toEqual([11, 22, 30]);
    expect([...target]).toEqual([1, 2]); // not changed: a new array was needed
    const same = Float64Array.of(1, 2, 3);
    expect(addInto(same, [5])).toBe(same);
    expect([...same]).toEqual([6, 2, 3]);
  });

  it('gives the same quantiles whatever order the histograms are merged in', () => {
    // Whole seconds keep every sum exact, so the merged histograms are identical.
    const histogram = fc.array(fc.nat({ max: 1_000_000 }), { maxLength: 12 });
    const orders = fc
      .array(histogram, { minLength: 1, maxLength: 8 })
      .chain((hs) => fc.tuple(fc.constant(hs), fc.shuffledSubarray(hs, { minLength: hs.length, maxLength: hs.length })));
    fc.assert(
      fc.property(orders, fc.double({ min: 0, max: 1, noNaN: true }), ([inOrder, shuffled], q) => {
        const merge = (hs: number[][]) => hs.reduce<Float64Array>((acc, h) => addInto(acc, h), new Float64Array(0));
        const a = merge(inOrder);
        const b = merge(shuffled);
        expect([...a]).toEqual([...b]);
        for (const p of [q, 0.5, 0.95]) expect(histogramQuantile(a, p)).toEqual(histogramQuantile(b, p));
        // And the merged total is the sum of the parts.
        const total = inOrder.flat().reduce((s, x) => s + x, 0);
        expect(a.reduce((s, x) => s + x, 0)).toBe(total);
      }),
    );
  });
});
