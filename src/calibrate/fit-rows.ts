/**
 * `fit.csv`: the rows of `avsim fit` (columns documented in docs/calibrate.md). `check`
 * says what a row compares: `path_share` (one pair and path: observed share with its
 * Clopper-Pearson interval, simulated share), `path_homogeneity` (one pair, or `*` for all:
 * chi-square test of homogeneity over paths), `offered_erlangs` (one resource and UTC
 * hour, observed only, interval across days), `busy_hour_erlangs` (one resource: observed
 * busy hour against simulated, Welch's test).
 */
import { renderCsv } from '../report/csv.js';
import { clopperPearsonInterval } from '../stats/binomial-interval.js';
import { RECORD_PATHS } from './media-record.js';
import type { LoadComparison, PathComparison } from './fit-comparison.js';
import type { ResourceLoad } from './offered-load.js';

/** Columns of `fit.csv`, in order. */
export const FIT_COLUMNS = [
  'check',
  'caller_location',
  'callee_location',
  'path',
  'resource',
  'utc_hour',
  'observed',
  'observed_ci95_low',
  'observed_ci95_high',
  'simulated',
  'simulated_ci95_low',
  'simulated_ci95_high',
  'statistic',
  'df',
  'p_value',
] as const;

/** One `fit.csv` row; numbers `NaN` (rendered empty) where not applicable. */
export type FitRow = { [K in (typeof FIT_COLUMNS)[number]]: K extends 'check' | 'caller_location' | 'callee_location' | 'path' | 'resource' ? string : number };

const NaN_ = Number.NaN;
const empty = (check: string): FitRow => ({
  check, caller_location: '', callee_location: '', path: '', resource: '', utc_hour: NaN_, observed: NaN_, observed_ci95_low: NaN_,
  observed_ci95_high: NaN_, simulated: NaN_, simulated_ci95_low: NaN_, simulated_ci95_high: NaN_, statistic: NaN_, df: NaN_, p_value: NaN_,
});

/**
 * The rows of `fit.csv`.
 *
 * @param paths - From fit-comparison.ts `comparePaths`.
 * @param load - Observed hourly load (offered-load.ts `offeredLoad`).
 * @param busyHour - From fit-comparison.ts `compareBusyHourLoad`.
 */
export function fitRows(paths: readonly PathComparison[], load: readonly ResourceLoad[], busyHour: readonly LoadComparison[]): FitRow[] {
  const rows: FitRow[] = [];
  for (const c of paths) {
    const observedTotal = c.observed.reduce((a, b) => a + b, 0);
    const simulatedTotal = c.simulated.reduce((a, b) => a + b, 0);
    RECORD_PATHS.forEach((path, p) => {
      if (c.observed[p] === 0 && c.simulated[p] === 0) return;
      const interval = clopperPearsonInterval(c.observed[p]!, observedTotal);
      rows.push({
        ...empty('path_share'), caller_location: c.callerLocation, callee_location: c.calleeLocation, path,
        observed: c.observedShares[p]!, observed_ci95_low: interval.low, observed_ci95_high: interval.high, simulated: c.simulatedShares[p]!,
      });
    });
    rows.push({
      ...empty('path_homogeneity'), caller_location: c.callerLocation, callee_location: c.calleeLocation,
      observed: observedTotal, simulated: simulatedTotal, statistic: c.statistic, df: c.df, p_value: c.pValue,
    });
  }
  for (const r of load) {
    for (const h of r.hours) {
      if (h.days === 0) continue;
      rows.push({ ...empty('offered_erlangs'), resource: r.resource, utc_hour: h.utcHour, observed: h.mean, observed_ci95_low: h.low, observed_ci95_high: h.high });
    }
  }
  for (const b of busyHour) {
    rows.push({
      ...empty('busy_hour_erlangs'), resource: b.resource, utc_hour: b.observed?.utcHour ?? NaN_,
      observed: b.observed?.mean ?? NaN_, observed_ci95_low: b.observed?.low ?? NaN_, observed_ci95_high: b.observed?.high ?? NaN_,
      simulated: b.simulated?.mean ?? NaN_, simulated_ci95_low: b.simulated?.low ?? NaN_, simulated_ci95_high: b.simulated?.high ?? NaN_,
      statistic: b.statistic, df: b.df, p_value: b.pValue,
    });
  }
  return rows;
}

/** `fit.csv`'s contents. */
export function renderFitCsv(rows: readonly FitRow[]): string {
  return renderCsv(FIT_COLUMNS, rows);
}
