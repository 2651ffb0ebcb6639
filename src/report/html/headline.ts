/**
 * A scenario's headline in plain words, from its report rows: each Edge's busy hour (the
 * clock hour summary.csv names, in UTC and on its sites' clocks) with its offered load,
 * Mbit/s and blocking; how close it comes to its capacity over the window (peak and 95th
 * percentile against capacity) and how often it blocks; every other resource that
 * blocks; which paths the calls took, and how much media lost its QoS (R11). Returns
 * plain text; the page escapes it.
 */
import type { PathName, PathRow, ScenarioRow, SummaryRow } from '../../results/types.js';
import { VIDEO_DOWNGRADED } from '../../results/types.js';
import type { Workload } from '../../workload/schema.js';
import { percentText, percentWithInterval } from '../figures.js';
import { kindName, pathWords, unitsOf } from './chart-style.js';
import { figureText } from './figure-text.js';
import { hourAfter, localTimesWords, servedClocks } from './local-time.js';

/** One scenario's rows, as the headline reads them. */
export interface HeadlineInput {
  /** summary.csv rows of the scenario. */
  readonly summary: readonly SummaryRow[];
  /** paths.csv rows of the scenario. */
  readonly paths: readonly PathRow[];
  /** The scenario's run-wide figures. */
  readonly scenario: ScenarioRow;
  /** The scenario's workload: whose clocks the busy hours are read on. */
  readonly workload: Workload;
}

/** `part` as a share of `whole`, as a percentage; "-" when the whole is unlimited or zero. */
function ofCapacity(part: number, whole: number): string {
  return Number.isFinite(whole) && whole > 0 ? percentText(part / whole) : '-';
}

/** The window's blocking with its interval ("15% [0%, 78.5%]"; "0%" when all are 0). */
export function windowBlockingText(row: SummaryRow): string {
  return percentWithInterval(row.blocking_probability, row.blocking_ci95_low, row.blocking_ci95_high);
}

/** The busy hour's blocking with its interval. */
export function busyBlockingText(row: SummaryRow): string {
  return percentWithInterval(row.busy_hour_blocking, row.busy_hour_blocking_ci95_low, row.busy_hour_blocking_ci95_high);
}

/** True when the resource refused a request in the busy hour. */
function blocksInBusyHour(row: SummaryRow): boolean {
  return row.busy_hour_blocking > 0;
}

/**
 * The busy hour as a predicate: "is busiest from 09:00 to 10:00 UTC (09:00 london;
 * 14:30 bangalore), with 66.2 erlangs offered and 18.5 Mbit/s", and its blocking when
 * there is any; "has no busy hour (...)" when the window holds no whole clock hour.
 */
export function busyHourWords(row: SummaryRow, workload: Workload): string {
  if (row.busy_hour_utc === '') return 'has no busy hour (the measured window holds no whole clock hour)';
  const local = localTimesWords(row.busy_hour_utc, servedClocks(workload, row.kind, row.resource));
  const blocked = blocksInBusyHour(row) ? `; ${busyBlockingText(row)} of that hour's requests are blocked` : '';
  return (
    `is busiest from ${row.busy_hour_utc} to ${hourAfter(row.busy_hour_utc)} UTC${local ? ` (${local})` : ''}, ` +
    `with ${figureText(row.busy_hour_offered_erlangs)} erlangs offered and ${figureText(row.busy_hour_mbps)} Mbit/s${blocked}`
  );
}

/**
 * One resource in words: its busy hour, its peak and 95th percentile against its
 * capacity over the window, and its blocking.
 */
export function resourceHeadline(row: SummaryRow, workload: Workload): string {
  const units = unitsOf(row.kind);
  const name = `${row.resource} (${kindName(row.kind)})`;
  if (!(row.peak_concurrency > 0) && !(row.offered > 0)) return `${name} carried no load in the measured window.`;
  const when = `${name} ${busyHourWords(row, workload)}. Over the whole window it holds ${figureText(row.mean_concurrency)} ${units} on average`;
  if (!Number.isFinite(row.capacity)) {
    return `${when}; its peak is ${figureText(row.peak_concurrency)} ${units} and 95% of the time it holds at most ${figureText(row.p95_concurrency)}; its capacity is unlimited.`;
  }
  const blocking = row.blocked > 0 ? `It blocks ${windowBlockingText(row)} of its requests over the window.` : 'It never blocked a request.';
  return (
    `${when}; its peak, ${figureText(row.peak_concurrency)} ${units}, is ${ofCapacity(row.peak_concurrency, row.capacity)} of its capacity of ${figureText(row.capacity)}; ` +
    `95% of the time it holds at most ${figureText(row.p95_concurrency)} (${ofCapacity(row.p95_concurrency, row.capacity)}). ${blocking}`
  );
}

/** A resource other than an Edge that blocks, in one sentence. */
function blockingHeadline(row: SummaryRow, workload: Workload): string {
  return `${row.resource} (${kindName(row.kind)}) blocks ${windowBlockingText(row)} of its requests over the window; it ${busyHourWords(row, workload)}.`;
}

/** A paths.csv row of the partition of calls by path (not the video-downgraded row beside it). */
export type PartitionRow = PathRow & { readonly path: PathName };

/** The rows of paths.csv that partition the calls by path. */
export function partitionRows(paths: readonly PathRow[]): PartitionRow[] {
  return paths.filter((row): row is PartitionRow => row.path !== VIDEO_DOWNGRADED);
}

/** The paths the calls took, largest share first (paths no call took are left out). */
export function pathsHeadline(rows: readonly PathRow[]): string {
  const paths = partitionRows(rows);
  const total = paths.reduce((sum, row) => sum + row.calls, 0);
  const taken = paths.filter((row) => row.calls > 0 && Number.isFinite(row.share)).sort((a, b) => b.share - a.share);
  if (taken.length === 0) return 'No call arrived in the measured window.';
  const parts = taken.map((row) => `${percentText(row.share)} ${pathWords(row.path)}`);
  return `Of ${figureText(total)} calls per replication: ${parts.join(', ')}.`;
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
  const lines = edges.map((row) => resourceHeadline(row, input.workload));
  if (edges.length === 0) lines.push('This scenario deploys no A/V Edge (R9).');
  for (const row of input.summary) {
    if (row.kind !== 'edge' && (row.blocked > 0 || blocksInBusyHour(row))) lines.push(blockingHeadline(row, input.workload));
  }
  lines.push(pathsHeadline(input.paths));
  if (input.workload.cac !== undefined) lines.push(cacHeadline(input.paths));
  lines.push(qosHeadline(input.scenario));
  return lines;
}

/** Where the calls CAC refused went (R18, R19), and the video calls it dropped to audio. */
export function cacHeadline(rows: readonly PathRow[]): string {
  const calls = (path: PathRow['path']): number => rows.find((row) => row.path === path)?.calls ?? 0;
  const internet = calls('cac-internet');
  const pstn = calls('cac-pstn');
  const voicemail = calls('failed-cac');
  const refused = internet + pstn + voicemail;
  const downgraded = rows.find((row) => row.path === VIDEO_DOWNGRADED);
  const video =
    downgraded !== undefined && downgraded.calls > 0
      ? ` ${figureText(downgraded.calls)} video calls per replication (${percentText(downgraded.share)} of video calls) lost their video to CAC (R19) and went on as audio.`
      : '';
  if (refused === 0) return `Call Admission Control refused no call that did not fit another way (R17).${video}`;
  const parts = [
    internet > 0 ? `${figureText(internet)} took the Internet path through the A/V Edge (R18 a)` : '',
    pstn > 0 ? `${figureText(pstn)} were rerouted to the PSTN (R18 b)` : '',
    voicemail > 0 ? `${figureText(voicemail)} went to voicemail or failed (R18 c)` : '',
  ].filter((p) => p !== '');
  return `Call Admission Control turned ${figureText(refused)} calls per replication away from the WAN: ${parts.join(', ')}.${video}`;
}
