import alea from 'seedrandom/lib/alea.js';
import { describe, expect, it } from 'vitest';
import { fitHolding } from '../../src/calibrate/holding-fit.js';
import { createRecordTables } from '../../src/calibrate/record-tables.js';
import type { HoldingSums } from '../../src/calibrate/record-tables.js';
import { addToLogHistogram } from '../../src/stats/log-histogram.js';
import { normalQuantile } from '../../src/stats/normal.js';

/** The sums a pass would hold for these durations. */
function sumsOf(values: readonly number[]): HoldingSums {
  const sums = createRecordTables().holding[0]!;
  for (const x of values) {
    sums.count++;
    sums.sum += x;
    const y = Math.log(x);
    const d = y - sums.logMean;
    sums.logMean += d / sums.count;
    sums.logM2 += d * (y - sums.logMean);
    addToLogHistogram(sums.histogram, x);
  }
  return sums;
}

const N = 3000;

describe('holding-time family by AIC on seeded samples', () => {
  it('picks the exponential for exponential data, its interval covers the mean, the test does not reject', () => {
    const rng = alea('holding-exponential');
    const mean = 180;
    const fit = fitHolding(sumsOf(Array.from({ length: N }, () => -mean * Math.log(1 - rng()))));
    expect(fit.family).toBe('exponential');
    expect(fit.meanLow).toBeLessThan(mean);
    expect(fit.meanHigh).toBeGreaterThan(mean);
    // A true model rejected at 0.1% would happen once in a thousand seeds.
    expect(fit.gof.pValue).toBeGreaterThan(0.001);
    expect(fit.quantiles[49]!.empirical / fit.quantiles[49]!.fitted).toBeCloseTo(1, 1);
  });

  it('picks the lognormal for lognormal data, its intervals cover mu, sigma and the mean', () => {
    const rng = alea('holding-lognormal');
    const mu = 5;
    const sigma = 0.8;
    const fit = fitHolding(sumsOf(Array.from({ length: N }, () => Math.exp(mu + sigma * normalQuantile(rng())))));
    expect(fit.family).toBe('lognormal');
    expect(fit.aicDifference).toBeGreaterThan(10);
    expect(fit.lognormal.muLow).toBeLessThan(mu);
    expect(fit.lognormal.muHigh).toBeGreaterThan(mu);
    expect(fit.lognormal.sigmaLow).toBeLessThan(sigma);
    expect(fit.lognormal.sigmaHigh).toBeGreaterThan(sigma);
    const trueMean = Math.exp(mu + (sigma * sigma) / 2);
    expect(fit.meanLow).toBeLessThan(trueMean);
    expect(fit.meanHigh).toBeGreaterThan(trueMean);
    expect(fit.gof.pValue).toBeGreaterThan(0.001);
    expect(fit.gof.df).toBe(fit.gof.groups.length - 3);
  });
});
