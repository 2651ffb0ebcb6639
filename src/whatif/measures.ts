/**
 * What whatif measures in each replication of the baseline and of every candidate, as
 * sums a paired difference is taken of (docs/whatif.md, The ranking measure):
 *
 * - **Edge sessions in the busy hour**: per A/V Edge, its mean concurrent relay
 *   sessions in the baseline's busy hour of that Edge (occupancy integrated over the
 *   clock hour / its length), summed over the Edges: the Edge load an architect sizes
 *   for, in Microsoft's planning unit. The hour is the baseline's for every candidate,
 *   so a change is measured at the same clock hour, paired replication by replication.
 *   An Edge with no busy hour in the baseline (nothing offered to it, or no whole clock
 *   hour in the window) or one the baseline lacks counts its mean over the whole window.
 * - **Edge blocking in the busy hour**: relay requests refused / offered in its busy hour
 *   on the baseline's bottleneck Edge, the one whose busy-hour blocking is highest in the
 *   baseline (see {@link bottleneckEdge}). Not over all Edges together: a change that
 *   takes load off an Edge that never blocks would raise the share refused of what is
 *   left, though no request more is refused anywhere. A change that pushes an Edge that
 *   blocked nothing into blocking shows in the failed calls (blocked-capacity).
 * - **Failed calls**: calls failed or blocked (failed-no-path, failed-certificate,
 *   blocked-capacity, failed-cac) / all calls of the window.
 * - **No-QoS share** (R11): media minutes that crossed the Edge / all media minutes.
 * - **Calls on another path**: the replication's count of calls per media path, kept
 *   whole, so a change that moves calls between paths and leaves every figure above as
 *   it was (relays from TCP 443 to UDP 3478, R4) is told from one that changes nothing.
 *
 * The busy hour of each Edge is chosen on the baseline's first batch, cross-fitted as
 * summary.csv's is (stats/busy-hour.ts): a replication of the first batch is measured at
 * the hour the other half chose; a replication added later (--precision) at the hour the
 * whole first batch chose, which its own noise did not choose either. So the hours are
 * fixed once the first batch has run, and adding replications never moves them.
 */
import { PATH_INDEX } from '../negotiation/paths.js';
import { busyHour } from '../stats/busy-hour.js';
import type { ReplicationResult, ResourceInfo, SummaryRow } from '../results/types.js';
import { clockTime } from '../results/summarize.js';

const HOUR = 3600;

/** Paths of a call that failed or was blocked. */
const FAILED = [PATH_INDEX['failed-no-path'], PATH_INDEX['failed-certificate'], PATH_INDEX['blocked-capacity'], PATH_INDEX['failed-cac']];

/** One Edge's busy hour in the baseline. */
export interface EdgeBusyHour {
  /** `edge:<name>`. */
  readonly resource: string;
  /** The hour slot chosen on the whole first batch (-1: none, the Edge counts its window mean). */
  readonly hour: number;
  /** Per replication of the first batch, the hour slot it is measured at (the other half's choice). */
  readonly measuredAt: readonly number[];
  /** "HH:MM" UTC, "" when none. */
  readonly utc: string;
}

/** Each Edge's busy hour, chosen on the baseline's first batch (replications in index order). */
export function edgeBusyHours(resources: readonly ResourceInfo[], firstBatch: readonly ReplicationResult[]): EdgeBusyHour[] {
  const first = firstBatch[0];
  if (first === undefined) throw new Error('the baseline ran no replication');
  const edges = first.hourEdges;
  const whole = Array.from({ length: edges.length - 1 }, (_, h) => edges[h + 1]! - edges[h]! === HOUR);
  return resources.flatMap((info, r) => {
    if (info.kind !== 'edge') return [];
    const loads = firstBatch.map((rep) => rep.resources[r]!.hourOfferedSeconds);
    const offered = loads.some((load) => load.some((x) => x > 0));
    const busy = offered ? busyHour(loads, firstBatch.map((rep) => rep.replication), whole) : { hour: -1, measuredAt: firstBatch.map(() => -1) };
    return [{ resource: info.id, hour: busy.hour, measuredAt: busy.measuredAt, utc: busy.hour < 0 ? '' : clockTime(first.windowStartUtc + edges[busy.hour]!) }];
  });
}

/**
 * The baseline's bottleneck Edge: the highest busy-hour blocking (the window's when it
 * has no busy hour), then the highest offered load, then the first; `undefined` without
 * an Edge.
 *
 * @param rows - The baseline's summary rows (of its first batch).
 */
export function bottleneckEdge(rows: readonly SummaryRow[]): string | undefined {
  const blocking = (row: SummaryRow): number => (Number.isFinite(row.busy_hour_blocking) ? row.busy_hour_blocking : row.blocking_probability);
  const offered = (row: SummaryRow): number => (Number.isFinite(row.busy_hour_offered_erlangs) ? row.busy_hour_offered_erlangs : row.offered);
  let best: SummaryRow | undefined;
  for (const row of rows) {
    if (row.kind !== 'edge') continue;
    if (best === undefined || blocking(row) > blocking(best) || (blocking(row) === blocking(best) && offered(row) > offered(best))) best = row;
  }
  return best?.resource;
}

/** One replication's sums for the measures (see the module comment). */
export interface ReplicationMeasures {
  /** Mean concurrent sessions in the busy hour, summed over the Edges. */
  readonly edgeSessions: number;
  /** Relay requests refused and offered in the bottleneck Edge's busy hour. */
  readonly edgeBlocked: number;
  readonly edgeOffered: number;
  /** Calls failed or blocked, and all calls, of the window. */
  readonly failedCalls: number;
  readonly calls: number;
  /** Media minutes relayed through the Edge, and all media minutes (R11). */
  readonly relayedMinutes: number;
  readonly mediaMinutes: number;
  /** Calls of the window per media path (PATHS order). */
  readonly paths: Float64Array;
}

/** Where the measures are read: each Edge's busy hour (by Edge id) and the bottleneck Edge. */
export interface MeasurePoints {
  readonly busy: ReadonlyMap<string, EdgeBusyHour>;
  readonly bottleneck: string | undefined;
}

/**
 * The measures of one replication of a scenario whose resources are `resources`, at the
 * baseline's busy hours (matched by Edge id).
 */
export function replicationMeasures(result: ReplicationResult, resources: readonly ResourceInfo[], points: MeasurePoints): ReplicationMeasures {
  const { busy, bottleneck } = points;
  let edgeSessions = 0;
  let edgeBlocked = 0;
  let edgeOffered = 0;
  resources.forEach((info, r) => {
    if (info.kind !== 'edge') return;
    const figures = result.resources[r]!;
    const hours = busy.get(info.id);
    const h = hours === undefined || hours.hour < 0 ? -1 : (hours.measuredAt[result.replication] ?? hours.hour);
    const neck = info.id === bottleneck;
    if (h < 0) {
      edgeSessions += figures.occupancyIntegral / result.windowSeconds;
      if (neck) [edgeBlocked, edgeOffered] = [figures.blocked, figures.offered];
      return;
    }
    edgeSessions += figures.hourIntegral[h]! / (result.hourEdges[h + 1]! - result.hourEdges[h]!);
    if (neck) [edgeBlocked, edgeOffered] = [figures.hourBlocked[h]!, figures.hourOffered[h]!];
  });
  let failedCalls = 0;
  for (const p of FAILED) failedCalls += result.paths[p]!;
  let calls = 0;
  for (const c of result.paths) calls += c;
  return {
    edgeSessions,
    edgeBlocked,
    edgeOffered,
    failedCalls,
    calls,
    relayedMinutes: result.mediaMinutesRelayed,
    mediaMinutes: result.mediaMinutesRelayed + result.mediaMinutesDirect,
    // A copy: the result's arrays may be views of one buffer with its time series.
    paths: result.paths.slice(),
  };
}
