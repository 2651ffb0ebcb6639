import fc from 'fast-check';
import { expect, it } from 'vitest';
import { tCdf, tQuantile } from '../../src/stats/student-t.js';

it('tQuantile is odd about the median and tCdf is symmetric', () => {
  expect(tQuantile(0.5, 6)).toBe(0);
  fc.assert(
    fc.property(fc.double({ min: 0.001, max: 0.499, noNaN: true }), fc.integer({ min: 1, max: 200 }), (p, df) => {
      expect(tQuantile(p, df)).toBeLessThan(0);
      expect(tQuantile(p, df)).toBe(-tQuantile(1 - p, df));
      const t = tQuantile(1 - p, df);
      expect(tCdf(-t, df) + tCdf(t, df)).toBeCloseTo(1, 12);
    }),
  );
});
