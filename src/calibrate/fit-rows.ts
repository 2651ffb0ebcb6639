/**
 * `fit.csv`: the rows of `avsim fit` (columns documented in docs/calibrate.md). `check`
 * says what a row compares:
 * - `path_share`: one pair and media path: the observed share with its Clopper-Pearson
 *   interval, the simulated share (of the simulated calls with media) with its own;
 * - `simulated_no_media`: one pair and a path no record can show (`failed-no-path`,
 *   `failed-certificate`, `blocked-capacity`, ...): the share of the pair's simulated
 *   calls that took it;
 * - `path_homogeneity`: one pair, or `*` for all: records on each side, and the
 *   chi-square test of homogeneity over paths;
 * - `offered_erlangs`: one resource and UTC hour: observed (interval across days) and
 *   simulated (interval across replications), no test;
 * - `busy_hour_erlangs`: one resource at the simulation's busy hour: observed against
 *   simulated, Welch's or the prediction test.
 * `p_value_holm` is Holm's adjustment over every p-value of the file (multiple-testing.ts).
 */
import { clopperPearsonInterval } from '../stats/binomial-interval.js';
import { RECORD_PATHS } from './media-record.js';
import type { LoadComparison, PathComparison } from './fit-comparison.js';
import { holmAdjusted } from './multiple-testing.js';
import type { ResourceLoad } from './offered-load.js';
import type { SimulatedResourceLoad } from './simulated-side.js';

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
  'p_value_holm',
  'method',
] as const;

type TextColumn = 'check' | 'caller_location' | 'callee_location' | 'path' | 'resource' | 'method';
/** One `fit.csv` row; numbers `NaN` (rendered empty) where not applicable. */
export type FitRow = { [K in (typeof FIT_COLUMNS)[number]]: K extends TextColumn ? string : number };

/** What the rows are made of. */
export interface FitRowsInput {
  /** From fit-comparison.ts `comparePaths`. */
  readonly paths: readonly PathComparison[];
  /** Observed hourly load (offered-load.ts `offeredLoad`). */
  readonly observedLoad: readonly ResourceLoad[];
  /** Simulated hourly load (simulated-side.ts `simulatedLoad`). @default none: observed columns only */
  readonly simulatedLoad?: readonly SimulatedResourceLoad[];
  /** From fit-comparison.ts `compareBusyHourLoad`. */
  readonly busyHour: readonly LoadComparison[];
}

const NaN_ = Number.NaN;
const empty = (check: string): FitRow => ({
  check, caller_location: '', callee_location: '', path: '', resource: '', utc_hour: NaN_, observed: NaN_, observed_ci95_low: NaN_,
  observed_ci95_high: NaN_, simulated: NaN_, simulated_ci95_low: NaN_, simulated_ci95_high: NaN_, statistic: NaN_, df: NaN_, p_value: NaN_,
  p_value_holm: NaN_, method: '',
});

const total = (counts: readonly number[]): number => counts.reduce((a, b) => a + b, 0);

/** The rows of `fit.csv`. */
export function fitRows(input: FitRowsInput): FitRow[] {
  const rows: FitRow[] = [];
  for (const c of input.paths) {
    const observedTotal = total(c.observed);
    const simulatedTotal = total(c.simulated);
    const pair = { caller_location: c.callerLocation, callee_location: c.calleeLocation };
    RECORD_PATHS.forEach((path, p) => {
      if (c.observed[p] === 0 && c.simulated[p] === 0) return;
      const o = clopperPearsonInterval(c.observed[p]!, observedTotal);
      const s = clopperPearsonInterval(c.simulated[p]!, simulatedTotal);
      rows.push({
        ...empty('path_share'), ...pair, path,
        observed: c.observedShares[p]!, observed_ci95_low: o.low, observed_ci95_high: o.high,
        simulated: c.simulatedShares[p]!, simulated_ci95_low: s.low, simulated_ci95_high: s.high, method: 'clopper-pearson',
      });
    });
    const failed = Object.entries(c.simulatedWithoutMedia).filter(([, n]) => n > 0);
    const attempts = simulatedTotal + failed.reduce((a, [, n]) => a + n, 0);
    for (const [path, n] of failed) {
      const s = clopperPearsonInterval(n, attempts);
      rows.push({ ...empty('simulated_no_media'), ...pair, path, simulated: n / attempts, simulated_ci95_low: s.low, simulated_ci95_high: s.high, method: 'not in the records' });
    }
    rows.push({
      ...empty('path_homogeneity'), ...pair,
      observed: observedTotal, simulated: simulatedTotal, statistic: c.statistic, df: c.df, p_value: c.pValue, method: c.method,
    });
  }
  for (const r of input.observedLoad) {
    const sim = input.simulatedLoad?.find((s) => s.resource === r.resource);
    for (const h of r.hours) {
      if (h.days === 0) continue;
      const s = sim?.hours[h.utcHour];
      rows.push({
        ...empty('offered_erlangs'), resource: r.resource, utc_hour: h.utcHour, observed: h.mean, observed_ci95_low: h.low, observed_ci95_high: h.high,
        simulated: s?.mean ?? NaN_, simulated_ci95_low: s?.low ?? NaN_, simulated_ci95_high: s?.high ?? NaN_, method: 'student-t',
      });
    }
  }
  for (const b of input.busyHour) {
    rows.push({
      ...empty('busy_hour_erlangs'), resource: b.resource, utc_hour: b.simulated?.utcHour ?? b.observed?.utcHour ?? NaN_,
      observed: b.observed?.mean ?? NaN_, observed_ci95_low: b.observed?.low ?? NaN_, observed_ci95_high: b.observed?.high ?? NaN_,
      simulated: b.simulated?.mean ?? NaN_, simulated_ci95_low: b.simulated?.low ?? NaN_, simulated_ci95_high: b.simulated?.high ?? NaN_,
      statistic: b.statistic, df: b.df, p_value: b.pValue, method: b.method,
    });
  }
  const adjusted = holmAdjusted(rows.map((r) => r.p_value));
  rows.forEach((r, i) => (r.p_value_holm = adjusted[i]!));
  return rows;
}

