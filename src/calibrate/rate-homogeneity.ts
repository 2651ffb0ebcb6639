/**
 * Do several locations share one traffic model? A likelihood-ratio (G) test of the pooled
 * product model (one profile and one set of per-kind rates per user for all) against
 * one product model per location, on the Poisson counts by location, kind and local hour.
 * The fitted workload gives each site its own `traffic` when the test rejects at 5%.
 */
import { chiSquareSurvival } from '../stats/chi-square.js';
import type { HourlyCounts } from './rate-fit.js';

/** The test's result. */
export interface RateHomogeneity {
  readonly statistic: number;
  /** `(locations - 1) × (observed hours + kinds seen - 1)`; `NaN` with fewer than two locations. */
  readonly df: number;
  readonly pValue: number;
}

/** Expected counts of the product model fitted to one set of counts: `n_h· n_·k / n_··`, scaled by the model rate. */
function productRates(c: HourlyCounts): { hour: Float64Array; kindShare: Float64Array } {
  const kinds = c.counts.length;
  const hour = new Float64Array(24);
  const kindShare = new Float64Array(kinds);
  let total = 0;
  for (let k = 0; k < kinds; k++) {
    for (let h = 0; h < 24; h++) {
      hour[h]! += c.counts[k]![h]!;
      kindShare[k]! += c.counts[k]![h]!;
    }
  }
  for (let k = 0; k < kinds; k++) total += kindShare[k]!;
  for (let k = 0; k < kinds; k++) kindShare[k] = total > 0 ? kindShare[k]! / total : 0;
  // hour[h] becomes the all-kinds rate per user-hour.
  for (let h = 0; h < 24; h++) hour[h] = c.userHours[h]! > 0 ? hour[h]! / c.userHours[h]! : 0;
  return { hour, kindShare };
}

/**
 * Tests whether the locations' counts fit one pooled product model.
 *
 * @param locations - Per location, its hourly counts (locations without users or calls are left out).
 * @param pooled - Their sum (rate-fit.ts `pooledHourlyCounts`).
 */
export function rateHomogeneity(locations: readonly HourlyCounts[], pooled: HourlyCounts): RateHomogeneity {
  const used = locations.filter((c) => c.counts.some((k) => k.some((n) => n > 0)));
  if (used.length < 2) return { statistic: Number.NaN, df: Number.NaN, pValue: Number.NaN };
  const pool = productRates(pooled);
  let statistic = 0;
  for (const c of used) {
    const own = productRates(c);
    for (let k = 0; k < c.counts.length; k++) {
      for (let h = 0; h < 24; h++) {
        const n = c.counts[k]![h]!;
        const e = c.userHours[h]!;
        if (!(e > 0)) continue; // an hour never observed carries no information
        const mu1 = e * own.hour[h]! * own.kindShare[k]!;
        const mu0 = e * pool.hour[h]! * pool.kindShare[k]!;
        // Poisson deviance term 2[n ln(mu1/mu0) - (mu1 - mu0)]; n > 0 implies mu1, mu0 > 0.
        statistic += 2 * ((n > 0 ? n * Math.log(mu1 / mu0) : 0) - (mu1 - mu0));
      }
    }
  }
  const hours = pooled.userHours.filter((e) => e > 0).length;
  const kinds = pooled.counts.filter((k) => k.some((n) => n > 0)).length;
  const df = (used.length - 1) * (hours + kinds - 1);
  return { statistic, df, pValue: df >= 1 ? chiSquareSurvival(statistic, df) : Number.NaN };
}
