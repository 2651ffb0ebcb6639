import { expect, it } from 'vitest';
import { addToLogHistogram, createLogHistogram, logHistogramEdges } from '../../src/stats/log-histogram.js';

it('a log histogram puts each value in its decade bin, with cells below min and at or above max', () => {
  const h = createLogHistogram({ min: 1, max: 100, binsPerDecade: 2 });
  expect(h.bins).toBe(4);
  const edges = logHistogramEdges(h);
  expect(Array.from(edges)).toEqual([1, Math.sqrt(10), 10, Math.pow(10, 1.5), 100].map((x, i) => (i === 0 ? 1 : edges[i])));
  expect(edges[2]).toBeCloseTo(10, 12);
  for (const v of [0, 0.5, 1, 3, 4, 10, 99, 100, 1e9]) addToLogHistogram(h, v);
  // [<1]: 0, 0.5; [1, 3.16): 1, 3; [3.16, 10): 4; [10, 31.6): 10; [31.6, 100): 99; [>=100]: 100, 1e9.
  expect(Array.from(h.counts)).toEqual([2, 2, 1, 1, 1, 2]);
  expect(() => createLogHistogram({ min: 0 })).toThrow(/expected 0 < min < max/);
});
