/**
 * `avsim fit`: observed records against a simulation of the workload. Paths: per
 * (caller location, callee location) pair and over all pairs, a chi-square test of
 * homogeneity of the two path distributions (2 x k, over the k paths either side used).
 * Simulated path counts should be totals over replications: the test treats each side as
 * one multinomial sample.
 *
 * Load: per resource, at the simulation's busy hour (chosen on the simulation, so that
 * the observed figure is not biased upward by picking the records' own noisiest hour),
 * the observed erlangs (mean over the days observed) against the simulated ones (mean
 * over replications). With two days or more observed, Welch's test; with one, a
 * prediction test: the day is one more draw of what a replication measures, so
 * `t = (x - ȳ) / (s √(k + 1/n))` on n - 1 degrees of freedom (s the replications'
 * standard deviation, k the whole clock hours per replication that each replication's
 * figure averages: one for a window of one day).
 */
import { chiSquareHomogeneity } from '../stats/homogeneity.js';
import { tCdf } from '../stats/student-t.js';
import { meanEstimateFromInterval, welchTest } from '../stats/welch.js';
import { RECORD_PATHS } from './media-record.js';
import type { HourLoad, ResourceLoad } from './offered-load.js';
import type { PairPathCounts, PathCounts } from './path-counts.js';

/** How a pair's path distributions were compared. */
export type PathTestMethod =
  /** Pearson's chi-square test of homogeneity. */
  | 'chi-square'
  /** The records show calls of the pair, the simulation gave none of its calls a media path. */
  | 'no-simulated-media'
  /** Nothing to test: a side has no call, or every call took one and the same path. */
  | 'none';

/** Observed against simulated path shares of one pair (or of all: locations `*`). */
export interface PathComparison {
  readonly callerLocation: string;
  readonly calleeLocation: string;
  /** Counts by path in `RECORD_PATHS` order. */
  readonly observed: readonly number[];
  readonly simulated: readonly number[];
  /** Shares by path (`NaN` when a side has no record of this pair). */
  readonly observedShares: readonly number[];
  readonly simulatedShares: readonly number[];
  /** Simulated calls of the pair that got no media path, by path name (failed, blocked): no record can show them. */
  readonly simulatedWithoutMedia: Readonly<Record<string, number>>;
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
  readonly method: PathTestMethod;
}

/** A side's pairs, possibly with the simulated calls that got no media path. */
type PairsOf = readonly (PairPathCounts & { readonly withoutMedia?: Readonly<Record<string, number>> })[];

const zeros = (): number[] => new Array<number>(RECORD_PATHS.length).fill(0);
const sum = (counts: readonly number[]): number => counts.reduce((a, b) => a + b, 0);
const shares = (counts: readonly number[]): number[] => {
  const total = sum(counts);
  return counts.map((n) => n / total);
};

function comparison(callerLocation: string, calleeLocation: string, observed: readonly number[], simulated: readonly number[], withoutMedia: Readonly<Record<string, number>>): PathComparison {
  const test = chiSquareHomogeneity([...observed], [...simulated]);
  const failedAll = sum(observed) > 0 && sum(simulated) === 0 && Object.values(withoutMedia).some((n) => n > 0);
  const method: PathTestMethod = Number.isFinite(test.pValue) ? 'chi-square' : failedAll ? 'no-simulated-media' : 'none';
  return {
    callerLocation, calleeLocation, observed, simulated, observedShares: shares(observed), simulatedShares: shares(simulated),
    simulatedWithoutMedia: withoutMedia, statistic: test.statistic, df: test.df, pValue: test.pValue, method,
  };
}

/**
 * Compares path distributions pair by pair (every pair either side has), then overall.
 *
 * @param observed - From the deployment's records (path-counts.ts `twoPartyPathCounts`).
 * @param simulated - From the simulation, counted the same way (simulated-side.ts
 *   `simulatedPathCounts`, or a simulated run's records through `twoPartyPathCounts`).
 * @returns One comparison per pair, sorted by locations, then the overall one (`*`, `*`).
 */
export function comparePaths(observed: { readonly pairs: PairsOf; readonly overall: readonly number[] }, simulated: { readonly pairs: PairsOf; readonly overall: readonly number[] }): PathComparison[] {
  const key = (p: PairPathCounts): string => `${p.callerLocation}\u0000${p.calleeLocation}`;
  const pairs = new Map<string, { caller: string; callee: string; o: readonly number[]; s: readonly number[]; failed: Readonly<Record<string, number>> }>();
  for (const p of observed.pairs) pairs.set(key(p), { caller: p.callerLocation, callee: p.calleeLocation, o: p.counts, s: zeros(), failed: {} });
  for (const p of simulated.pairs) {
    const entry = pairs.get(key(p));
    if (entry === undefined) pairs.set(key(p), { caller: p.callerLocation, callee: p.calleeLocation, o: zeros(), s: p.counts, failed: p.withoutMedia ?? {} });
    else {
      entry.s = p.counts;
      entry.failed = p.withoutMedia ?? {};
    }
  }
  const out = [...pairs.keys()].sort().map((k) => {
    const e = pairs.get(k)!;
    return comparison(e.caller, e.callee, e.o, e.s, e.failed);
  });
  const failed: Record<string, number> = {};
  for (const p of simulated.pairs) for (const [path, n] of Object.entries(p.withoutMedia ?? {})) failed[path] = (failed[path] ?? 0) + n;
  out.push(comparison('*', '*', observed.overall, simulated.overall, failed));
  return out;
}

/** A simulated resource's busy-hour load, as `avsim run` reports it. */
export interface SimulatedLoad {
  readonly resource: string;
  /** Mean busy-hour erlangs over replications. */
  readonly mean: number;
  /** Its Student-t 95% interval across replications. */
  readonly low: number;
  readonly high: number;
  /** Replications behind it (the interval's df is one less). */
  readonly replications: number;
  /** The simulation's busy hour (UTC clock hour), where the records are compared. @default the records' own busy hour */
  readonly utcHour?: number;
  /** Whole clock hours each replication's figure averages (a window of several days holds several). @default 1 */
  readonly daysPerReplication?: number;
}

/** How a busy-hour difference was tested. */
export type LoadTestMethod = 'welch' | 'prediction' | 'none';

/** Observed against simulated busy-hour load of one resource. */
export interface LoadComparison {
  readonly resource: string;
  /** The observed load at the compared hour (absent: the resource, or that hour, was not observed). */
  readonly observed?: HourLoad;
  /** The records' own busy hour, for the report (`NaN` when none). */
  readonly observedBusyHour: number;
  readonly simulated?: SimulatedLoad;
  /** The test's t; `NaN` when a side is missing. */
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
  readonly method: LoadTestMethod;
}

/**
 * Compares busy-hour loads resource by resource (every resource either side has), at
 * the simulation's busy hour (the records' own when the simulation names none).
 *
 * @param observed - From offered-load.ts `offeredLoad`.
 * @param simulated - The simulated busy-hour figures.
 * @param level - Confidence level of both intervals. @default 0.95
 */
export function compareBusyHourLoad(observed: readonly ResourceLoad[], simulated: readonly SimulatedLoad[], level = 0.95): LoadComparison[] {
  const ids = [...new Set([...observed.map((o) => o.resource), ...simulated.map((s) => s.resource)])].sort();
  return ids.map((resource) => {
    const o = observed.find((x) => x.resource === resource);
    const s = simulated.find((x) => x.resource === resource);
    const at = s?.utcHour ?? o?.busyHour;
    const found = o === undefined || at === undefined || Number.isNaN(at) ? undefined : o.hours.find((h) => h.utcHour === at);
    const hour = found !== undefined && found.days > 0 ? found : undefined;
    const base = {
      resource,
      observedBusyHour: o?.busyHour ?? Number.NaN,
      ...(hour === undefined ? {} : { observed: hour }),
      ...(s === undefined ? {} : { simulated: s }),
    };
    const none = { ...base, statistic: Number.NaN, df: Number.NaN, pValue: Number.NaN, method: 'none' as const };
    if (hour === undefined || s === undefined || !(s.replications >= 2)) return none;
    const sim = meanEstimateFromInterval(s.mean, s.low, s.high, s.replications - 1, level);
    if (hour.days >= 2) {
      const test = welchTest(meanEstimateFromInterval(hour.mean, hour.low, hour.high, hour.days - 1, level), sim);
      return { ...base, statistic: test.statistic, df: test.df, pValue: test.pValue, method: 'welch' as const };
    }
    // One day: its spread is the replications' (the null hypothesis says they are alike).
    const sd = sim.standardError * Math.sqrt(s.replications);
    const se = sd * Math.sqrt((s.daysPerReplication ?? 1) + 1 / s.replications);
    if (!(se > 0)) return none;
    const statistic = (hour.mean - s.mean) / se;
    const df = s.replications - 1;
    return { ...base, statistic, df, pValue: 2 * tCdf(-Math.abs(statistic), df), method: 'prediction' as const };
  });
}
