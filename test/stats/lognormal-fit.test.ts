import { expect, it } from 'vitest';
import { fitLognormal, lognormalCdf, lognormalQuantile } from '../../src/stats/lognormal-fit.js';
import { momentsOf } from '../../src/stats/moments.js';

it('fitLognormal gives mu, sigma (divisor n), their intervals and the mean and cv', () => {
  // Values e, e², e³: logs 1, 2, 3 (mean 2, m2 2, s² 1).
  const fit = fitLognormal(momentsOf([1, 2, 3]));
  const sigma = Math.sqrt(2 / 3);
  expect(fit.mu).toBeCloseTo(2, 14);
  expect(fit.sigma).toBeCloseTo(sigma, 14);
  // mu ± t(0.975; 2)·√(1/3); sigma: √(2/χ²(0.975; 2)) .. √(2/χ²(0.025; 2)).
  expect(fit.muHigh - fit.mu).toBeCloseTo(4.302653 * Math.sqrt(1 / 3), 5);
  expect(fit.sigmaLow).toBeCloseTo(Math.sqrt(2 / 7.377759), 5);
  expect(fit.sigmaHigh).toBeCloseTo(Math.sqrt(2 / 0.05063562), 4);
  expect(fit.mean).toBeCloseTo(Math.exp(2 + 1 / 3), 12);
  expect(fit.cv).toBeCloseTo(Math.sqrt(Math.exp(2 / 3) - 1), 12);
  // Cox: log mean ± 1.959964·√(1/3 + 1/4).
  expect(Math.log(fit.meanHigh)).toBeCloseTo(2 + 1 / 3 + 1.959964 * Math.sqrt(1 / 3 + 1 / 4), 5);
  // -Σ ln x - n ln σ - n/2 ln 2π - n/2.
  expect(fit.logLikelihood).toBeCloseTo(-6 - 3 * Math.log(sigma) - 1.5 * Math.log(2 * Math.PI) - 1.5, 12);
  expect(fitLognormal(momentsOf([4])).mu).toBeNaN();
  expect(lognormalCdf(lognormalQuantile(0.8, 2, 0.5), 2, 0.5)).toBeCloseTo(0.8, 12);
});
