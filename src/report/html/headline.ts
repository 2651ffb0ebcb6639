/**
 * A scenario's headline in plain words, from its report rows: when in the day each Edge
 * is busiest (the time bucket with the highest mean), how close it comes to its capacity
 * (peak and 95th percentile against capacity), how often it blocks, which paths the
 * calls took, and how much media lost its QoS (R11). Returns plain text; the page
 * escapes it.
 */
import type { PathRow, ScenarioRow, SummaryRow, TimeseriesRow } from '../../results/types.js';
import { percentText } from '../figures.js';
import { kindName, pathWords, unitsOf } from './chart-style.js';
import { countText, decimalText } from './figure-text.js';
import { clockText } from './time-of-day.js';

/** One scenario's rows, as the headline reads them. */
export interface HeadlineInput {
  /** summary.csv rows of the scenario. */
  readonly summary: readonly SummaryRow[];
  /** timeseries.csv rows of the scenario. */
  readonly timeseries: readonly TimeseriesRow[];
  /** paths.csv rows of the scenario. */
  readonly paths: readonly PathRow[];
  /** The scenario's run-wide figures. */
  readonly scenario: ScenarioRow;
  /** Seconds after midnight UTC at which the measured window opens. */
  readonly windowStart: number;
}

/** The bucket with the highest mean concurrency (the first of equals); `undefined` when there is none. */
export function busiestBucket(rows: readonly TimeseriesRow[]): TimeseriesRow | undefined {
  let best: TimeseriesRow | undefined;
  for (const row of rows) if (best === undefined || row.mean_concurrency > best.mean_concurrency) best = row;
  return best;
}

/** `part` as a share of `whole`, as a percentage; "-" when the whole is unlimited or zero. */
function ofCapacity(part: number, whole: number): string {
  return Number.isFinite(whole) && whole > 0 ? percentText(part / whole) : '-';
}

/** The blocking probability with its interval when there is one. */
function blockingText(row: SummaryRow): string {
  const interval = Number.isFinite(row.blocking_ci95_low) && Number.isFinite(row.blocking_ci95_high);
  const range = interval ? ` (95% interval ${percentText(row.blocking_ci95_low)} to ${percentText(row.blocking_ci95_high)})` : '';
  return `${percentText(row.blocking_probability)} of its requests${range}`;
}

/**
 * One resource in words: its busiest time bucket, its peak and 95th percentile against
 * its capacity, and its blocking.
 */
export function resourceHeadline(row: SummaryRow, timeseries: readonly TimeseriesRow[], windowStart: number): string {
  const units = unitsOf(row.kind);
  const name = `${row.resource} (${kindName(row.kind)})`;
  const busiest = busiestBucket(timeseries.filter((t) => t.resource === row.resource));
  if (busiest === undefined || !(row.peak_concurrency > 0)) return `${name} carried no load in the measured window.`;
  const when =
    `${name} is busiest from ${clockText(windowStart + busiest.t_start_s)} to ${clockText(windowStart + busiest.t_end_s)} UTC, ` +
    `with ${decimalText(busiest.mean_concurrency)} ${units} in use on average then (${decimalText(row.mean_concurrency)} over the whole window).`;
  if (!Number.isFinite(row.capacity)) {
    return `${when} Its peak is ${decimalText(row.peak_concurrency)} ${units} and 95% of the time it holds at most ${decimalText(row.p95_concurrency)}; its capacity is unlimited.`;
  }
  return (
    `${when} Its peak, ${decimalText(row.peak_concurrency)} ${units}, is ${ofCapacity(row.peak_concurrency, row.capacity)} of its capacity of ${decimalText(row.capacity)}; ` +
    `95% of the time it holds at most ${decimalText(row.p95_concurrency)} (${ofCapacity(row.p95_concurrency, row.capacity)}). ` +
    `It blocks ${blockingText(row)}.`
  );
}

/** The paths the calls took, largest share first (paths no call took are left out). */
export function pathsHeadline(paths: readonly PathRow[]): string {
  const total = paths.reduce((sum, row) => sum + row.calls, 0);
  const taken = paths.filter((row) => row.calls > 0 && Number.isFinite(row.share)).sort((a, b) => b.share - a.share);
  if (taken.length === 0) return 'No call arrived in the measured window.';
  const parts = taken.map((row) => `${percentText(row.share)} ${pathWords(row.path)}`);
  return `Of ${countText(total)} calls per replication: ${parts.join(', ')}.`;
}

/** The R11 no-QoS share in words. */
export function qosHeadline(scenario: ScenarioRow): string {
  if (!Number.isFinite(scenario.no_qos_share)) return 'No media flowed in the measured window.';
  return `${percentText(scenario.no_qos_share)} of the media minutes crossed the Edge and so lost their QoS markings (R11).`;
}

/**
 * The headline sentences of one scenario: every Edge (or a note that there is none),
 * every other resource that blocks, the paths, and the no-QoS share.
 */
export function scenarioHeadline(input: HeadlineInput): string[] {
  const edges = input.summary.filter((row) => row.kind === 'edge');
  const lines = edges.map((row) => resourceHeadline(row, input.timeseries, input.windowStart));
  if (edges.length === 0) lines.push('This scenario deploys no A/V Edge.');
  for (const row of input.summary) {
    if (row.kind !== 'edge' && row.blocking_probability > 0) lines.push(`${row.resource} (${kindName(row.kind)}) blocks ${blockingText(row)}.`);
  }
  lines.push(pathsHeadline(input.paths), qosHeadline(input.scenario));
  return lines;
}
