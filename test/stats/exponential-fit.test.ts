import { expect, it } from 'vitest';
import { exponentialCdf, exponentialQuantile, fitExponential } from '../../src/stats/exponential-fit.js';

it('fitExponential gives the sample mean, its exact chi-square interval and the log-likelihood', () => {
  // 4 values summing to 40: mean 10; interval 80/χ²(0.975; 8) .. 80/χ²(0.025; 8).
  const fit = fitExponential(4, 40);
  expect(fit.mean).toBe(10);
  expect(fit.meanLow).toBeCloseTo(80 / 17.53455, 3);
  expect(fit.meanHigh).toBeCloseTo(80 / 2.179731, 3);
  expect(fit.logLikelihood).toBeCloseTo(-4 * Math.log(10) - 4, 12);
  expect(fitExponential(0, 0).mean).toBeNaN();
  expect(exponentialCdf(exponentialQuantile(0.3, 10), 10)).toBeCloseTo(0.3, 12);
});
