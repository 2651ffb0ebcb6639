/**
 * `avsim fit`: observed records against a simulation of the workload. Paths: per
 * (caller location, callee location) pair and over all pairs, a chi-square test of
 * homogeneity of the two path distributions (2 x k, over the k paths either side used).
 * Load: per resource, the observed busy-hour erlangs (mean and Student-t interval across
 * days) against the simulated ones (mean and interval across replications), by Welch's
 * test. Simulated path counts should be totals over replications: the test treats each
 * side as one multinomial sample.
 */
import { chiSquareHomogeneity } from '../stats/homogeneity.js';
import { meanEstimateFromInterval, welchTest } from '../stats/welch.js';
import { RECORD_PATHS } from './media-record.js';
import type { HourLoad, ResourceLoad } from './offered-load.js';
import type { PairPathCounts, PathCounts } from './path-counts.js';

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
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
}

const zeros = (): number[] => new Array<number>(RECORD_PATHS.length).fill(0);
const shares = (counts: readonly number[]): number[] => {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((n) => n / total);
};

function comparison(callerLocation: string, calleeLocation: string, observed: readonly number[], simulated: readonly number[]): PathComparison {
  const test = chiSquareHomogeneity([...observed], [...simulated]);
  return {
    callerLocation, calleeLocation, observed, simulated, observedShares: shares(observed), simulatedShares: shares(simulated),
    statistic: test.statistic, df: test.df, pValue: test.pValue,
  };
}

/**
 * Compares path distributions pair by pair (every pair either side has), then overall.
 *
 * @param observed - From the deployment's records (path-counts.ts `pathCounts`).
 * @param simulated - From the simulation's records, counted the same way.
 * @returns One comparison per pair, sorted by locations, then the overall one (`*`, `*`).
 */
export function comparePaths(observed: PathCounts, simulated: PathCounts): PathComparison[] {
  const key = (p: PairPathCounts): string => `${p.callerLocation}\u0000${p.calleeLocation}`;
  const pairs = new Map<string, { caller: string; callee: string; o: readonly number[]; s: readonly number[] }>();
  for (const p of observed.pairs) pairs.set(key(p), { caller: p.callerLocation, callee: p.calleeLocation, o: p.counts, s: zeros() });
  for (const p of simulated.pairs) {
    const entry = pairs.get(key(p));
    if (entry === undefined) pairs.set(key(p), { caller: p.callerLocation, callee: p.calleeLocation, o: zeros(), s: p.counts });
    else entry.s = p.counts;
  }
  const out = [...pairs.keys()].sort().map((k) => {
    const e = pairs.get(k)!;
    return comparison(e.caller, e.callee, e.o, e.s);
  });
  out.push(comparison('*', '*', observed.overall, simulated.overall));
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
  /** The simulation's busy hour, if known. @default unknown */
  readonly utcHour?: number;
}

/** Observed against simulated busy-hour load of one resource. */
export interface LoadComparison {
  readonly resource: string;
  /** The observed busy hour (absent: the resource was not observed). */
  readonly observed?: HourLoad;
  readonly simulated?: SimulatedLoad;
  /** Welch's t; `NaN` when a side is missing. */
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
}

/**
 * Compares busy-hour loads resource by resource (every resource either side has).
 *
 * @param observed - From offered-load.ts `offeredLoad`.
 * @param simulated - The simulated busy-hour figures.
 * @param level - Confidence level of both intervals. @default 0.95
 */
export function compareBusyHourLoad(observed: readonly ResourceLoad[], simulated: readonly SimulatedLoad[], level = 0.95): LoadComparison[] {
  const ids = [...new Set([...observed.map((o) => o.resource), ...simulated.map((s) => s.resource)])].sort();
  return ids.map((resource) => {
    const o = observed.find((x) => x.resource === resource);
    const hour = o === undefined || Number.isNaN(o.busyHour) ? undefined : o.hours[o.busyHour];
    const s = simulated.find((x) => x.resource === resource);
    const base = { resource, ...(hour === undefined ? {} : { observed: hour }), ...(s === undefined ? {} : { simulated: s }) };
    if (hour === undefined || s === undefined || !(hour.days >= 2 && s.replications >= 2)) {
      return { ...base, statistic: Number.NaN, df: Number.NaN, pValue: Number.NaN };
    }
    const test = welchTest(
      meanEstimateFromInterval(hour.mean, hour.low, hour.high, hour.days - 1, level),
      meanEstimateFromInterval(s.mean, s.low, s.high, s.replications - 1, level),
    );
    return { ...base, statistic: test.statistic, df: test.df, pValue: test.pValue };
  });
}
