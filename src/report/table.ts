/**
 * The human-readable run summary printed on stdout after `avsim run` (not a contract:
 * the CSV and JSON files are). One block per scenario: its resources, the calls by
 * path, the R11 no-QoS share and R13 signalling connections; then throughput.
 */
import type { PathRow, RunSummary, ScenarioRow, SummaryRow } from '../results/types.js';
import { percentText, percentWithInterval, sigFigures } from './figures.js';
import { formatNumber } from './number-format.js';

/** What {@link renderRunTable} reads of a run (a `RunOutput` fits). */
export interface RunTableInput {
  readonly summary: RunSummary;
  /** Wall-clock seconds the run took; adds a throughput line. */
  readonly wallSeconds?: number;
  /** Worker threads the run used; named in the throughput line. */
  readonly workers?: number;
}

/** Columns of the resources table, units in the headers. */
const RESOURCE_HEADER = [
  'resource',
  'capacity',
  'offered/rep',
  'blocking',
  'mean in use',
  'p95',
  'peak',
  'busy hour UTC',
  'BH erlangs',
  'BH blocking [95% CI]',
  'BH Mbit/s',
];

/** What the abbreviations and the rule IDs of the table mean, once under it. */
const LEGEND =
  'offered/rep: requests per replication in the window (sessions, legs, ports, link or Mediation sessions); BH: the busy hour, the UTC clock hour with the most offered traffic';

/** Renders the run summary as aligned plain text (no trailing newline). */
export function renderRunTable(run: RunTableInput): string {
  const { summary } = run;
  const blocks = summary.scenarios.map((scenario) =>
    scenarioBlock(
      scenario,
      summary.summary.filter((row) => row.scenario === scenario.scenario),
      summary.paths.filter((row) => row.scenario === scenario.scenario),
    ),
  );
  return [...blocks, LEGEND, throughputLine(summary.totals, run.wallSeconds, run.workers)].join('\n\n');
}

/** "3 replications, 23 calls, 190 events in 2.00 s (12 calls/s on 1 worker)". */
export function throughputLine(totals: RunSummary['totals'], wallSeconds?: number, workers?: number): string {
  const { replications, calls_simulated: calls, events } = totals;
  let line = `${replications} replications, ${calls} calls, ${events} events`;
  if (wallSeconds !== undefined && wallSeconds > 0) {
    line += ` in ${wallSeconds.toFixed(2)} s (${Math.round(calls / wallSeconds)} calls/s`;
    if (workers !== undefined) line += ` on ${workers} worker${workers === 1 ? '' : 's'}`;
    line += ')';
  }
  return line;
}

function scenarioBlock(scenario: ScenarioRow, resources: readonly SummaryRow[], paths: readonly PathRow[]): string {
  const lines = [`scenario ${scenario.scenario} (${scenario.replications} replication${scenario.replications === 1 ? '' : 's'})`];
  const rows = resources.map((row) => [
    row.resource,
    Number.isFinite(row.capacity) ? formatNumber(row.capacity) : 'unlimited',
    sigFigures(row.offered),
    percentText(row.blocking_probability),
    sigFigures(row.mean_concurrency),
    sigFigures(row.p95_concurrency),
    sigFigures(row.peak_concurrency),
    row.busy_hour_utc === '' ? '-' : row.busy_hour_utc,
    sigFigures(row.busy_hour_offered_erlangs),
    percentWithInterval(row.busy_hour_blocking, row.busy_hour_blocking_ci95_low, row.busy_hour_blocking_ci95_high),
    sigFigures(row.busy_hour_mbps),
  ]);
  lines.push(alignColumns([RESOURCE_HEADER, ...rows]));
  const taken = paths.filter((row) => row.calls > 0).map((row) => `${row.path} ${percentText(row.share)}`);
  lines.push(`calls by path: ${taken.length > 0 ? taken.join(', ') : 'none'}`);
  lines.push(
    `no-QoS media share (R11: DSCP markings are lost through the A/V Edge): ${percentWithInterval(scenario.no_qos_share, scenario.no_qos_share_ci95_low, scenario.no_qos_share_ci95_high)}`,
  );
  lines.push(`signalling connections (R13: remote users to the Access Edge, not A/V relay load): ${sigFigures(scenario.signalling_connections)}`);
  return lines.join('\n');
}

/**
 * Pads cells into columns: the first `left` left-aligned, the rest right-aligned.
 *
 * @param left - Columns aligned left (labels). @default 1
 */
export function alignColumns(rows: readonly string[][], left = 1): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, cell.length)));
  return rows
    .map((row) => row.map((cell, c) => (c < left ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd())
    .join('\n');
}
