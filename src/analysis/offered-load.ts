/**
 * The offered load that the `erlang_b` column of sizing.csv is computed for: the
 * busy-hour offered traffic, in erlangs, of one resource.
 *
 * It is measured, not derived from the traffic figures, because a resource's load
 * depends on the whole model (who calls whom, which paths the firewalls leave,
 * conference legs, escalations, fallbacks from full port pools). The sized resource is
 * simulated with unlimited capacity, so nothing is refused and its mean concurrency is
 * its offered traffic (Little's law); the busy hour is the hour of the measured window
 * with the highest mean concurrency averaged over replications (the "time-consistent"
 * busy hour of traffic engineering), read from hourly time-series buckets.
 *
 * Picking the largest of several noisy hourly means and reporting that same maximum
 * would overstate the load: on a flat profile every hour is a busy hour, and the
 * maximum of 48 hourly estimates of 8 erlangs comes out near 8.3. So the busy hour is
 * picked on half of the replications (even replication indices) and its load measured
 * on the other half (odd indices), and the other way round, and the two measurements are
 * averaged (two-fold cross-fitting): the noise that picks the hour no longer inflates
 * its load. With a single replication there is nothing to split: the plain maximum.
 */
import type { ReplicationResult } from '../results/types.js';

/** Offered traffic of one resource measured with unlimited capacity. */
export interface OfferedLoad {
  /** Busy-hour offered traffic, erlangs (capacity units in use, averaged over the busy hour). */
  readonly busyHourErlangs: number;
  /** Mean offered traffic over the whole measured window, erlangs. */
  readonly windowErlangs: number;
  /** Highest occupancy seen in any replication's window. */
  readonly peak: number;
}

/**
 * Reads a resource's offered load from replications run with unlimited capacity on it
 * and time-series buckets of one hour (see `withHourlyBuckets`).
 *
 * @param results - The replications of that one scenario (any order).
 * @param r - The resource's index in each result.
 * @returns All zero when there are no replications or the window is empty.
 * @throws RangeError when a replication lacks resource r or the buckets are not hourly.
 */
export function offeredLoad(results: readonly ReplicationResult[], r: number): OfferedLoad {
  const first = results[0];
  if (first === undefined) return { busyHourErlangs: 0, windowErlangs: 0, peak: 0 };
  const edges = first.bucketEdges;
  const buckets = edges.length - 1;
  for (let b = 0; b < buckets; b++) {
    // Every bucket but the last is exactly one hour; the last may be shorter.
    const length = edges[b + 1]! - edges[b]!;
    if (length > 3600 || (b + 1 < buckets && length !== 3600)) {
      throw new RangeError(`expected hourly time-series buckets, got [${edges[b]}, ${edges[b + 1]}]`);
    }
  }
  // Hourly mean concurrency of each replication, split by the parity of its index.
  const hourly = (parity: number): number[][] =>
    results
      .filter((rep) => rep.replication % 2 === parity)
      .map((rep) =>
        Array.from({ length: buckets }, (_, b) => {
          const length = edges[b + 1]! - edges[b]!;
          return length > 0 ? resourceOf(rep, r).bucketIntegral[b]! / length : 0;
        }),
      );
  const even = meanByHour(hourly(0));
  const odd = meanByHour(hourly(1));
  let busy: number;
  if (even.length === 0 || odd.length === 0) {
    const all = even.length === 0 ? odd : even; // one replication (or one parity only): plain maximum
    busy = all[busiestHour(all)] ?? 0;
  } else {
    busy = (odd[busiestHour(even)]! + even[busiestHour(odd)]!) / 2;
  }
  let window = 0;
  let peak = 0;
  for (const rep of results) {
    const resource = resourceOf(rep, r);
    window += rep.windowSeconds > 0 ? resource.occupancyIntegral / rep.windowSeconds : 0;
    peak = Math.max(peak, resource.peak);
  }
  return { busyHourErlangs: busy, windowErlangs: window / results.length, peak };
}

/** Per hour, the mean over the given replications' hourly means; empty without replications. */
function meanByHour(hourly: readonly number[][]): number[] {
  if (hourly.length === 0) return [];
  return hourly[0]!.map((_, h) => hourly.reduce((sum, rep) => sum + rep[h]!, 0) / hourly.length);
}

/** Index of the largest entry (the first on ties); 0 when there is none. */
function busiestHour(means: readonly number[]): number {
  let best = 0;
  for (let h = 1; h < means.length; h++) if (means[h]! > means[best]!) best = h;
  return best;
}

function resourceOf(rep: ReplicationResult, r: number): ReplicationResult['resources'][number] {
  const resource = rep.resources[r];
  if (resource === undefined) throw new RangeError(`replication ${rep.replication} has no resource ${r}`);
  return resource;
}
