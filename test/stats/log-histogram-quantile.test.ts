import { expect, it } from 'vitest';
import { addToLogHistogram, createLogHistogram, logHistogramQuantile } from '../../src/stats/log-histogram.js';

it('logHistogramQuantile interpolates geometrically inside a bin', () => {
  const h = createLogHistogram({ min: 1, max: 1000, binsPerDecade: 1 });
  // Ten values in [1, 10), ten in [10, 100).
  for (let i = 0; i < 10; i++) {
    addToLogHistogram(h, 2);
    addToLogHistogram(h, 20);
  }
  expect(logHistogramQuantile(h, 0.5)).toBeCloseTo(10, 12);
  expect(logHistogramQuantile(h, 0.25)).toBeCloseTo(Math.sqrt(10), 12);
  expect(logHistogramQuantile(h, 1)).toBeCloseTo(100, 12);
  expect(logHistogramQuantile(createLogHistogram(), 0.5)).toBeNaN();
});
