/**
 * The run's reducer: replication results (in job order) in, report rows out. Pure: it
 * reads the records, never changes them, and merges them in the order given, so the
 * same results give the same rows bit for bit whatever order the workers finished in.
 *
 * Counts are means per replication; probabilities and shares are ratios of sums with
 * the ratio estimator's Student-t interval across replications (see {@link ratioInterval}).
 * A resource's busy hour is the whole clock hour with the highest mean offered traffic,
 * cross-fitted (see {@link busyHour}); its blocking, erlangs and Mbit/s are each
 * replication's figures at the hour the other half of the replications chose.
 */
import { busyHour } from '../stats/busy-hour.js';
import type { BusyHour } from '../stats/busy-hour.js';
import { addInto, histogramQuantile } from '../stats/histogram.js';
import { meanInterval, ratioInterval } from '../stats/interval.js';
import { PATHS } from '../negotiation/paths.js';
import type {
  HourRow,
  PathRow,
  ReplicationResult,
  ResourceInfo,
  RunSummary,
  ScenarioRow,
  SummaryRow,
  TimeseriesRow,
} from './types.js';
import { VIDEO_DOWNGRADED } from './types.js';

const HOUR = 3600;
const UNIT = { clampUnit: true } as const;

/**
 * Summarises a run.
 *
 * @param scenarioNames - Scenario names, by scenario index.
 * @param resources - The resources in report order: one list shared by every scenario,
 *   or one list per scenario (by scenario index) when scenarios differ in topology.
 * @param results - Every replication's result, in job order; grouped here by
 *   `result.scenario`, keeping that order within each scenario.
 * @returns The rows of summary.csv, paths.csv and timeseries.csv, plus per-scenario
 *   and run-wide figures. Numbers may be `NaN` (no interval with one replication) or
 *   `Infinity` (unlimited capacity); the writers render those.
 * @throws RangeError when a result names an unknown scenario or carries a different
 *   number of resources than its scenario has.
 */
export function summarize(
  scenarioNames: readonly string[],
  resources: readonly ResourceInfo[] | readonly (readonly ResourceInfo[])[],
  results: readonly ReplicationResult[],
): RunSummary {
  const lists = resourceLists(resources, scenarioNames.length);
  const groups = scenarioNames.map((): ReplicationResult[] => []);
  results.forEach((result, i) => {
    const group = groups[result.scenario];
    if (group === undefined) {
      throw new RangeError(`results[${i}].scenario: expected 0..${scenarioNames.length - 1}, got ${result.scenario}`);
    }
    const expected = lists[result.scenario]!.length;
    if (result.resources.length !== expected) {
      throw new RangeError(`results[${i}].resources: expected ${expected} resources, got ${result.resources.length}`);
    }
    group.push(result);
  });

  const out: RunSummary = {
    summary: [],
    paths: [],
    timeseries: [],
    hourly: [],
    scenarios: [],
    totals: { replications: results.length, calls_simulated: 0, events: 0 },
  };
  scenarioNames.forEach((scenario, s) => {
    const reps = groups[s]!;
    lists[s]!.forEach((resource, r) => {
      const busy = resourceBusyHour(reps, r);
      out.summary.push(summaryRow(scenario, resource, r, reps, busy));
      // Appended one by one: a long window has more buckets than a spread may pass as arguments.
      for (const row of timeseriesRows(scenario, resource, r, reps)) out.timeseries.push(row);
      for (const row of hourRows(scenario, resource, r, reps, busy)) out.hourly.push(row);
    });
    out.paths.push(...pathRows(scenario, reps));
    const row = scenarioRow(scenario, reps);
    out.scenarios.push(row);
    out.totals.calls_simulated += row.calls_simulated;
    out.totals.events += row.events;
  });
  return out;
}

/** One resource list per scenario, from either accepted shape. */
function resourceLists(
  resources: readonly ResourceInfo[] | readonly (readonly ResourceInfo[])[],
  scenarios: number,
): (readonly ResourceInfo[])[] {
  if (resources.length > 0 && Array.isArray(resources[0])) {
    const lists = resources as readonly (readonly ResourceInfo[])[];
    if (lists.length !== scenarios) {
      throw new RangeError(`resources: expected one list per scenario (${scenarios}), got ${lists.length}`);
    }
    return [...lists];
  }
  const shared = resources as readonly ResourceInfo[];
  return Array.from({ length: scenarios }, () => shared);
}

/** Mean of `f` over the replications (`NaN` when there are none). */
function meanOver(reps: readonly ReplicationResult[], f: (rep: ReplicationResult) => number): number {
  let sum = 0;
  for (const rep of reps) sum += f(rep);
  return sum / reps.length;
}

/** Max of `f` over the replications (`NaN` when there are none). */
function maxOver(reps: readonly ReplicationResult[], f: (rep: ReplicationResult) => number): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const rep of reps) max = Math.max(max, f(rep));
  return reps.length === 0 ? Number.NaN : max;
}

/** "HH:MM" of a UTC second of the day. */
export function clockTime(secondOfDay: number): string {
  const minutes = Math.floor((((secondOfDay % 86400) + 86400) % 86400) / 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Whole clock hours of a replication's window: the hour slots one hour long. */
function wholeHours(rep: ReplicationResult): boolean[] {
  const edges = rep.hourEdges;
  return Array.from({ length: edges.length - 1 }, (_, h) => edges[h + 1]! - edges[h]! === HOUR);
}

/** Resource r's busy hour over the replications, by offered traffic; none when nothing was offered. */
function resourceBusyHour(reps: readonly ReplicationResult[], r: number): BusyHour {
  const first = reps[0];
  if (first === undefined || reps.every((rep) => rep.resources[r]!.hourOfferedSeconds.every((x) => x === 0))) {
    return { hour: -1, measuredAt: reps.map(() => -1) };
  }
  return busyHour(
    reps.map((rep) => rep.resources[r]!.hourOfferedSeconds),
    reps.map((rep) => rep.replication),
    wholeHours(first),
  );
}

function summaryRow(scenario: string, resource: ResourceInfo, r: number, reps: readonly ReplicationResult[], busy: BusyHour): SummaryRow {
  const of = (rep: ReplicationResult) => rep.resources[r]!;
  const blocking = ratioInterval(
    reps.map((rep) => of(rep).blocked),
    reps.map((rep) => of(rep).offered),
    UNIT,
  );
  let histogram: Float64Array = new Float64Array(0);
  for (const rep of reps) histogram = addInto(histogram, of(rep).histogram);
  return {
    scenario,
    resource: resource.id,
    kind: resource.kind,
    capacity: resource.capacity,
    offered: meanOver(reps, (rep) => of(rep).offered),
    carried: meanOver(reps, (rep) => of(rep).carried),
    blocked: meanOver(reps, (rep) => of(rep).blocked),
    blocking_probability: blocking.ratio,
    blocking_ci95_low: blocking.low,
    blocking_ci95_high: blocking.high,
    mean_concurrency: meanOver(reps, (rep) => of(rep).occupancyIntegral / rep.windowSeconds),
    p95_concurrency: histogramQuantile(histogram, 0.95),
    peak_concurrency: maxOver(reps, (rep) => of(rep).peak),
    ...busyHourFigures(reps, r, busy),
  };
}

/** The busy hour's clock time, offered erlangs, blocking and Mbit/s, each replication measured at its cross-fitted hour. */
function busyHourFigures(reps: readonly ReplicationResult[], r: number, busy: BusyHour): Pick<SummaryRow, 'busy_hour_mbps' | 'busy_hour_utc' | 'busy_hour_offered_erlangs' | 'busy_hour_blocking' | 'busy_hour_blocking_ci95_low' | 'busy_hour_blocking_ci95_high'> {
  const first = reps[0];
  if (first === undefined || busy.hour < 0) {
    // No whole clock hour in the window, or no request at all: no busy hour to name.
    const none = Number.NaN;
    return { busy_hour_mbps: none, busy_hour_utc: '', busy_hour_offered_erlangs: none, busy_hour_blocking: none, busy_hour_blocking_ci95_low: none, busy_hour_blocking_ci95_high: none };
  }
  // Each replication's figures at the hour the other half chose.
  const at = (values: (x: ReplicationResult['resources'][number]) => Float64Array): number[] =>
    reps.map((rep, i) => values(rep.resources[r]!)[busy.measuredAt[i]!]!);
  const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
  const blocking = ratioInterval(at((x) => x.hourBlocked), at((x) => x.hourOffered), UNIT);
  return {
    busy_hour_mbps: mean(at((x) => x.hourKbpsIntegral)) / HOUR / 1000,
    busy_hour_utc: clockTime(first.windowStartUtc + first.hourEdges[busy.hour]!),
    busy_hour_offered_erlangs: mean(at((x) => x.hourOfferedSeconds)) / HOUR,
    busy_hour_blocking: blocking.ratio,
    busy_hour_blocking_ci95_low: blocking.low,
    busy_hour_blocking_ci95_high: blocking.high,
  };
}

/** Every clock-hour slot of resource r: its offered erlangs and blocking (mean over replications, no cross-fitting). */
function hourRows(scenario: string, resource: ResourceInfo, r: number, reps: readonly ReplicationResult[], busy: BusyHour): HourRow[] {
  const first = reps[0];
  if (first === undefined) return [];
  const edges = first.hourEdges;
  const rows: HourRow[] = [];
  for (let h = 0; h + 1 < edges.length; h++) {
    const seconds = edges[h + 1]! - edges[h]!;
    const blocking = ratioInterval(
      reps.map((rep) => rep.resources[r]!.hourBlocked[h]!),
      reps.map((rep) => rep.resources[r]!.hourOffered[h]!),
      UNIT,
    );
    rows.push({
      scenario,
      resource: resource.id,
      hour_utc: clockTime(first.windowStartUtc + edges[h]!),
      seconds,
      offered_erlangs: meanInterval(reps.map((rep) => rep.resources[r]!.hourOfferedSeconds[h]! / seconds)).mean,
      blocking: blocking.ratio,
      blocking_ci95_low: blocking.low,
      blocking_ci95_high: blocking.high,
      busy: h === busy.hour,
    });
  }
  return rows;
}

function timeseriesRows(
  scenario: string,
  resource: ResourceInfo,
  r: number,
  reps: readonly ReplicationResult[],
): TimeseriesRow[] {
  const first = reps[0];
  if (first === undefined) return [];
  const edges = first.bucketEdges;
  const buckets = edges.length - 1;
  // Replications in the outer loop, each read straight through: the same sums in the same
  // order as bucket by bucket (so the same bits), without a closure per bucket.
  const sums = new Float64Array(buckets);
  const maxes = new Float64Array(buckets).fill(Number.NEGATIVE_INFINITY);
  const offered = new Float64Array(buckets);
  const blocked = new Float64Array(buckets);
  for (const rep of reps) {
    const { bucketIntegral, bucketMax, bucketOffered, bucketBlocked } = rep.resources[r]!;
    for (let b = 0; b < buckets; b++) {
      sums[b]! += bucketIntegral[b]! / (edges[b + 1]! - edges[b]!);
      maxes[b] = Math.max(maxes[b]!, bucketMax[b]!);
      offered[b]! += bucketOffered[b]!;
      blocked[b]! += bucketBlocked[b]!;
    }
  }
  const rows: TimeseriesRow[] = [];
  for (let b = 0; b < buckets; b++) {
    rows.push({
      scenario,
      resource: resource.id,
      t_start_s: edges[b]!,
      t_end_s: edges[b + 1]!,
      mean_concurrency: sums[b]! / reps.length,
      max_concurrency: maxes[b]!,
      t_start_utc: clockTime(first.windowStartUtc + edges[b]!),
      offered: offered[b]! / reps.length,
      blocked: blocked[b]! / reps.length,
    });
  }
  return rows;
}

/** Every path's calls and share of all calls, then the video calls CAC dropped to audio and their share of video calls. */
function pathRows(scenario: string, reps: readonly ReplicationResult[]): PathRow[] {
  const totals = reps.map((rep) => rep.paths.reduce((sum, calls) => sum + calls, 0));
  const row = (path: PathRow['path'], calls: readonly number[], of: readonly number[]): PathRow => {
    const share = ratioInterval(calls, of, UNIT);
    return {
      scenario,
      path,
      calls: calls.reduce((a, b) => a + b, 0) / calls.length,
      share: share.ratio,
      share_ci95_low: share.low,
      share_ci95_high: share.high,
    };
  };
  return [
    ...PATHS.map((path, p) =>
      row(
        path,
        reps.map((rep) => rep.paths[p]!),
        totals,
      ),
    ),
    row(
      VIDEO_DOWNGRADED,
      reps.map((rep) => rep.videoDowngraded),
      reps.map((rep) => rep.videoCalls),
    ),
  ];
}

function scenarioRow(scenario: string, reps: readonly ReplicationResult[]): ScenarioRow {
  // R11: the share of media minutes that crossed the Edge and so lost its DiffServ marking.
  const noQos = ratioInterval(
    reps.map((rep) => rep.mediaMinutesRelayed),
    reps.map((rep) => rep.mediaMinutesRelayed + rep.mediaMinutesDirect),
    UNIT,
  );
  let calls = 0;
  let events = 0;
  for (const rep of reps) {
    calls += rep.callsSimulated;
    events += rep.events;
  }
  return {
    scenario,
    replications: reps.length,
    media_minutes_relayed: meanOver(reps, (rep) => rep.mediaMinutesRelayed),
    media_minutes_direct: meanOver(reps, (rep) => rep.mediaMinutesDirect),
    no_qos_share: noQos.ratio,
    no_qos_share_ci95_low: noQos.low,
    no_qos_share_ci95_high: noQos.high,
    signalling_connections: meanOver(reps, (rep) => rep.signallingConnections),
    calls_simulated: calls,
    events,
  };
}
