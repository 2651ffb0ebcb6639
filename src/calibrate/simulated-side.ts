/**
 * The simulated side of `avsim fit`, read from a run's replication results (kept with
 * `pairPaths: true`): calls by location pair and path, and the offered load of each A/V
 * Edge and MCU by UTC clock hour, each counted as the observed side counts the records
 * (path-counts.ts, offered-load.ts), so that the two compare like with like.
 */
import { PATHS } from '../negotiation/paths.js';
import { busyHour } from '../stats/busy-hour.js';
import { meanInterval } from '../stats/interval.js';
import type { ReplicationResult, ResourceInfo } from '../results/types.js';
import type { Workload } from '../workload/schema.js';
import { RECORD_PATHS } from './media-record.js';
import type { SimulatedLoad } from './fit-comparison.js';
import { countsOf } from './path-counts.js';
import type { PairPathCounts } from './path-counts.js';

/** One pair's simulated calls: by media path (summed over replications), and those that got none. */
export interface SimulatedPairCounts extends PairPathCounts {
  /** Calls of the pair that arrived in the window, with a media path or not. */
  readonly calls: number;
  /** Calls that got no media path (failed, blocked), by path name: a Monitoring Server records none of them. */
  readonly withoutMedia: Readonly<Record<string, number>>;
}

/** Every simulated pair, and the totals over all of them (media paths only). */
export interface SimulatedPathCounts {
  readonly pairs: readonly SimulatedPairCounts[];
  readonly overall: readonly number[];
  readonly replications: number;
}

/** The location names of a run's pair indices: sites in order, then remote, federated, anonymous. */
export function locationNames(workload: Workload): string[] {
  return [...workload.deployment.sites.map((s) => s.name), 'remote', 'federated', 'anonymous'];
}

/**
 * The simulated two-party calls by (caller location, callee location) and path, summed
 * over the scenario's replications (each side of the chi-square test is one multinomial
 * sample: the simulated one is the larger).
 *
 * @param results - A run's results, in job order, kept with `pairPaths: true`.
 * @param workload - The scenario's workload (its sites name the locations).
 * @param scenario - The scenario's index. @default 0
 * @throws RangeError when a replication kept no pair paths.
 */
export function simulatedPathCounts(results: readonly ReplicationResult[], workload: Workload, scenario = 0): SimulatedPathCounts {
  const names = locationNames(workload);
  const recordIndex = PATHS.map((p) => (RECORD_PATHS as readonly string[]).indexOf(p));
  const width = 2 + PATHS.length;
  const pairs = new Map<number, { callerLocation: string; calleeLocation: string; counts: number[]; calls: number; withoutMedia: Record<string, number> }>();
  let replications = 0;
  for (const result of results) {
    if (result.scenario !== scenario) continue;
    const rows = result.pairPaths;
    if (rows === undefined) throw new RangeError(`replication ${result.replication} kept no calls by pair (run with pairPaths: true)`);
    replications++;
    for (let at = 0; at + width <= rows.length; at += width) {
      const caller = rows[at]!;
      const callee = rows[at + 1]!;
      const key = caller * names.length + callee;
      let pair = pairs.get(key);
      if (pair === undefined) {
        pair = { callerLocation: names[caller]!, calleeLocation: names[callee]!, counts: new Array<number>(RECORD_PATHS.length).fill(0), calls: 0, withoutMedia: {} };
        pairs.set(key, pair);
      }
      PATHS.forEach((path, p) => {
        const n = rows[at + 2 + p]!;
        if (n === 0) return;
        pair.calls += n;
        const r = recordIndex[p]!;
        if (r >= 0) pair.counts[r]! += n;
        else pair.withoutMedia[path] = (pair.withoutMedia[path] ?? 0) + n;
      });
    }
  }
  return { ...countsOf([...pairs.values()]), replications };
}

/** One UTC clock hour of a simulated resource: offered erlangs, mean over replications. */
export interface SimulatedHour {
  readonly utcHour: number;
  /** Replications behind the mean (0: the window holds no whole clock hour at this time). */
  readonly replications: number;
  readonly mean: number;
  /** Student-t 95% interval across replications; `NaN` with fewer than two. */
  readonly low: number;
  readonly high: number;
}

/** A simulated Edge or MCU by clock hour, and its busy hour. */
export interface SimulatedResourceLoad {
  readonly resource: string;
  /** 24 hours, by UTC clock hour. */
  readonly hours: readonly SimulatedHour[];
  /** The busy-hour figure (cross-fitted, stats/busy-hour.ts); absent when no whole clock hour was simulated. */
  readonly busy?: SimulatedLoad;
}

/**
 * The offered load (requests arriving in the hour times their holding time, over 3600 s:
 * the records are counted the same way) of every A/V Edge and MCU by UTC clock hour. A
 * replication whose window spans several days averages the clock hour's whole slots.
 * The busy hour is the clock hour of highest mean, chosen and measured on different
 * replications as `summary.csv`'s is, so that its figure is not biased upward.
 *
 * @param results - A run's results, in job order.
 * @param resources - The scenario's resources, in result order (RunOutput.resources[scenario]).
 * @param scenario - The scenario's index. @default 0
 * @param level - Confidence level. @default 0.95
 */
export function simulatedLoad(results: readonly ReplicationResult[], resources: readonly ResourceInfo[], scenario = 0, level = 0.95): SimulatedResourceLoad[] {
  const reps = results.filter((r) => r.scenario === scenario);
  const first = reps[0];
  if (first === undefined) return [];
  // Every replication has the same window: the clock hour of each whole slot (-1 for a
  // partial one at either end), and how many whole slots each clock hour has.
  const clock = Array.from({ length: first.hourEdges.length - 1 }, (_, i) =>
    first.hourEdges[i + 1]! - first.hourEdges[i]! === 3600 ? Math.floor((((first.windowStartUtc + first.hourEdges[i]!) % 86400) + 86400) % 86400 / 3600) : -1,
  );
  const slots = new Array<number>(24).fill(0);
  for (const hour of clock) if (hour >= 0) slots[hour]!++;
  const eligible = slots.map((n) => n > 0);
  const out: SimulatedResourceLoad[] = [];
  resources.forEach((info, r) => {
    if (info.kind !== 'edge' && info.kind !== 'mcu') return;
    const loads = reps.map((rep) => {
      const sums = new Float64Array(24);
      const offered = rep.resources[r]!.hourOfferedSeconds;
      clock.forEach((hour, i) => {
        if (hour >= 0) sums[hour]! += offered[i]! / 3600;
      });
      return sums.map((sum, h) => (slots[h]! > 0 ? sum / slots[h]! : 0));
    });
    const hours = Array.from({ length: 24 }, (_, h): SimulatedHour => {
      if (!eligible[h]) return { utcHour: h, replications: 0, mean: Number.NaN, low: Number.NaN, high: Number.NaN };
      const m = meanInterval(loads.map((l) => l[h]!), level);
      return { utcHour: h, replications: loads.length, mean: m.mean, low: m.low, high: m.high };
    });
    const chosen = busyHour(loads, reps.map((rep) => rep.replication), eligible);
    let busy: SimulatedLoad | undefined;
    if (chosen.hour >= 0) {
      const m = meanInterval(loads.map((l, i) => l[chosen.measuredAt[i]!]!), level);
      busy = { resource: info.id, mean: m.mean, low: m.low, high: m.high, replications: loads.length, utcHour: chosen.hour, daysPerReplication: slots[chosen.hour]! };
    }
    out.push({ resource: info.id, hours, ...(busy === undefined ? {} : { busy }) });
  });
  return out;
}
