/**
 * What one replication hands back, and what a run reports once replications are merged.
 *
 * A replication returns only compact, structured-clone-safe numbers and typed arrays
 * (no per-call records), so memory stays bounded by concurrency and the result crosses
 * a worker boundary cheaply. Merging happens in job order, never completion order.
 */
import { PATHS } from '../negotiation/paths.js';
import type { PathName } from '../negotiation/paths.js';

export type { PathName };

/**
 * The kinds of capacity-limited resource: `edge:<name>`, `mcu:<pool>`, `ports:<site>`,
 * with CAC `link:<target>:audio|video` (sessions of a bandwidth policy, R15), with
 * Enterprise Voice `mediation:<pool>` (Mediation Server sessions, R21).
 */
export type ResourceKind = 'edge' | 'mcu' | 'ports' | 'link' | 'mediation';

/** Identity of one resource, in topology order (edges, MCUs, port pools, CAC links, Mediation pools). */
export interface ResourceInfo {
  /** `edge:<edge name>`, `mcu:<pool name>`, `ports:<site name>`, `link:<target>:<medium>` or `mediation:<pool>`. */
  readonly id: string;
  readonly kind: ResourceKind;
  /** Units it holds at once (relay sessions, MCU legs, ports, link or Mediation sessions); `Infinity` when unlimited. */
  readonly capacity: number;
}

/** One resource's figures over one replication's measured window. */
export interface ResourceReplication {
  /** Requests (in units: sessions, legs, ports) that arrived in the window. */
  offered: number;
  /** Of those, admitted. */
  carried: number;
  /** Of those, refused at capacity. `offered = carried + blocked`. */
  blocked: number;
  /** Integral of occupancy over the measured window (unit-seconds). */
  occupancyIntegral: number;
  /** Highest occupancy seen in the window. */
  peak: number;
  /**
   * Seconds of the window spent at each occupancy level: `histogram[k]` is the time at
   * exactly k units. Sums to the window length. Exact; merges by element-wise addition.
   */
  histogram: Float64Array;
  /** Per time-series bucket: integral of occupancy (unit-seconds) over the bucket. */
  bucketIntegral: Float64Array;
  /** Per time-series bucket: highest occupancy in the bucket. */
  bucketMax: Float64Array;
  /** Per time-series bucket: units requested, and of those refused, by requests arriving in it. */
  bucketOffered: Float64Array;
  bucketBlocked: Float64Array;
  /** Per clock-hour slot of the window ({@link ReplicationResult.hourEdges}): integral of bandwidth (kbit/s-seconds, one direction). */
  hourKbpsIntegral: Float64Array;
  /**
   * Per clock-hour slot: integral of occupancy (unit-seconds); / the slot's length = mean
   * units in use in that hour (`avsim whatif` reads its Edges' busy hour so).
   */
  hourIntegral: Float64Array;
  /** Per clock-hour slot: units requested and refused by requests arriving in it. */
  hourOffered: Float64Array;
  hourBlocked: Float64Array;
  /** Per clock-hour slot: unit-seconds requested (units x holding time); / 3600 = offered erlangs. */
  hourOfferedSeconds: Float64Array;
}

/** Every array of a resource's figures, in the order a packed result holds them (parallel/types.ts, analysis/partial-results.ts). */
export const RESOURCE_ARRAYS = [
  'histogram',
  'bucketIntegral',
  'bucketMax',
  'bucketOffered',
  'bucketBlocked',
  'hourKbpsIntegral',
  'hourIntegral',
  'hourOffered',
  'hourBlocked',
  'hourOfferedSeconds',
] as const satisfies readonly (keyof ResourceReplication)[];

/** A replication result's own arrays that every result has, in the order a packed result holds them. */
export const RESULT_ARRAYS = ['bucketEdges', 'hourEdges', 'paths'] as const satisfies readonly (keyof ReplicationResult)[];

/** Everything one replication (one job: scenario x replication index) returns. */
export interface ReplicationResult {
  readonly scenario: number;
  readonly replication: number;
  /** Length of the measured window, seconds. */
  readonly windowSeconds: number;
  /** Bucket boundaries of the time series, seconds from the window's start (length buckets+1). */
  readonly bucketEdges: Float64Array;
  /** Clock-hour slots: 0, each UTC hour boundary inside the window, its length (seconds from its start). */
  readonly hourEdges: Float64Array;
  /** UTC second of the day at which the window opens. */
  readonly windowStartUtc: number;
  /** One entry per resource, in the order of the run's `ResourceInfo[]`. */
  readonly resources: ResourceReplication[];
  /** Calls that arrived in the window, by path (index = {@link PATH_INDEX}). */
  readonly paths: Float64Array;
  /** Video calls (two-party, and video conferences) that arrived in the window, and of those the ones CAC dropped to audio (R19). */
  readonly videoCalls: number;
  readonly videoDowngraded: number;
  /** R11: media minutes in the window that crossed the Edge (no QoS) and that kept QoS. */
  readonly mediaMinutesRelayed: number;
  readonly mediaMinutesDirect: number;
  /** R13: time-average of remote users' signalling connections to the Access Edge. */
  readonly signallingConnections: number;
  /** Calls simulated (warm-up included) and events processed: for throughput figures. */
  readonly callsSimulated: number;
  readonly events: number;
  /** When the job asked (observations.ts): the window's records, nine numbers a row. */
  readonly records?: Float64Array;
  /** When the job asked: per (caller, callee) location pair, its calls by path. */
  readonly pairPaths?: Float64Array;
}

/** A Student-t 95% interval; both ends `NaN` when fewer than two replications. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** One `summary.csv` row. */
export interface SummaryRow {
  scenario: string;
  resource: string;
  kind: ResourceKind;
  capacity: number;
  offered: number;
  carried: number;
  blocked: number;
  blocking_probability: number;
  blocking_ci95_low: number;
  blocking_ci95_high: number;
  mean_concurrency: number;
  p95_concurrency: number;
  peak_concurrency: number;
  /** Mean Mbit/s (one direction) in the busy hour. */
  busy_hour_mbps: number;
  /** The busy hour's UTC clock time, "HH:MM" ("" when no whole clock hour lies in the window). */
  busy_hour_utc: string;
  /** Offered traffic in the busy hour: unit-seconds requested / 3600. */
  busy_hour_offered_erlangs: number;
  /** Blocked / offered units of the busy hour's requests, with its Student-t interval (cross-fitted). */
  busy_hour_blocking: number;
  busy_hour_blocking_ci95_low: number;
  busy_hour_blocking_ci95_high: number;
}

/** One clock hour of one resource (the report's blocking by hour; not a CSV). */
export interface HourRow {
  scenario: string;
  resource: string;
  /** "HH:MM" UTC at the hour's start (the window's own start for a partial first hour). */
  hour_utc: string;
  /** Length of the hour slot inside the window, seconds (3600 for a whole clock hour). */
  seconds: number;
  offered_erlangs: number;
  blocking: number;
  blocking_ci95_low: number;
  blocking_ci95_high: number;
  /** True for the busy hour. */
  busy: boolean;
}

/**
 * paths.csv's row beside the partition of calls by path: the video calls CAC dropped to
 * audio (R19), which also count under the path they took; its share is of video calls.
 */
export const VIDEO_DOWNGRADED = 'video-downgraded';

/** paths.csv's rows of each scenario, in order: every path, then {@link VIDEO_DOWNGRADED}. */
export const PATH_ROWS: readonly PathRow['path'][] = [...PATHS, VIDEO_DOWNGRADED];

/** One `paths.csv` row. */
export interface PathRow {
  scenario: string;
  path: PathName | typeof VIDEO_DOWNGRADED;
  calls: number;
  share: number;
  share_ci95_low: number;
  share_ci95_high: number;
}

/** One `timeseries.csv` row. */
export interface TimeseriesRow {
  scenario: string;
  resource: string;
  t_start_s: number;
  t_end_s: number;
  mean_concurrency: number;
  max_concurrency: number;
  /** "HH:MM", the UTC time of day at the bucket's start. */
  t_start_utc: string;
  /** Units requested by requests arriving in the bucket, and of those refused (means per replication). */
  offered: number;
  blocked: number;
}

/**
 * One scenario's run-wide figures (for `--json` and the README, not a CSV): the R11
 * no-QoS share, R13 signalling connections and throughput.
 */
export interface ScenarioRow {
  scenario: string;
  /** Replications merged. */
  replications: number;
  /** R11: media minutes per replication that crossed the Edge (DiffServ markings lost). */
  media_minutes_relayed: number;
  /** R11: media minutes per replication that kept QoS. */
  media_minutes_direct: number;
  /** R11: relayed / (relayed + direct) media minutes, a ratio of sums, with its interval. */
  no_qos_share: number;
  no_qos_share_ci95_low: number;
  no_qos_share_ci95_high: number;
  /** R13: time-average signalling connections to the Access Edge, mean per replication. */
  signalling_connections: number;
  /** Calls simulated (warm-up included), summed over replications. */
  calls_simulated: number;
  /** Events processed, summed over replications. */
  events: number;
}

/** Everything a run reports once its replications are merged: the rows of each output. */
export interface RunSummary {
  /** `summary.csv`: per scenario, per resource. */
  summary: SummaryRow[];
  /** `paths.csv`: per scenario, per path in {@link PATHS} order. */
  paths: PathRow[];
  /** `timeseries.csv`: per scenario, per resource, per bucket. */
  timeseries: TimeseriesRow[];
  /** Per scenario, per resource, per clock hour of the window: offered load and blocking. */
  hourly: HourRow[];
  /** Per scenario: no-QoS share, signalling connections, throughput. */
  scenarios: ScenarioRow[];
  /** Over the whole run. */
  totals: RunTotals;
}

/** Throughput totals of a run, over every replication of every scenario. */
export interface RunTotals {
  replications: number;
  calls_simulated: number;
  events: number;
}
