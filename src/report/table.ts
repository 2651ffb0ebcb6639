/**
 * The human-readable run summary printed on stdout after `avsim run` (not a contract:
 * the CSV and JSON files are). One block per scenario: its resources, the calls by
 * path, the R11 no-QoS share and R13 signalling connections; then throughput.
 */
import type { PathRow, RunSummary, ScenarioRow, SummaryRow } from '../results/types.js';
import { formatNumber } from './number-format.js';

/** What {@link renderRunTable} reads of a run (a `RunOutput` fits). */
export interface RunTableInput {
  readonly summary: RunSummary;
  /** Wall-clock seconds the run took; adds a throughput line. */
  readonly wallSeconds?: number;
  /** Worker threads the run used; named in the throughput line. */
  readonly workers?: number;
}

const RESOURCE_HEADER = ['resource', 'capacity', 'offered', 'blocking', 'blocking 95% CI', 'mean', 'p95', 'peak', 'busy-hour Mbit/s'];

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
  const { replications, calls_simulated: calls, events } = summary.totals;
  let footer = `${replications} replications, ${calls} calls, ${events} events`;
  if (run.wallSeconds !== undefined && run.wallSeconds > 0) {
    footer += ` in ${run.wallSeconds.toFixed(2)} s (${Math.round(calls / run.wallSeconds)} calls/s`;
    if (run.workers !== undefined) footer += ` on ${run.workers} worker${run.workers === 1 ? '' : 's'}`;
    footer += ')';
  }
  return [...blocks, footer].join('\n\n');
}

function scenarioBlock(scenario: ScenarioRow, resources: readonly SummaryRow[], paths: readonly PathRow[]): string {
  const lines = [`scenario ${scenario.scenario} (${scenario.replications} replications)`];
  const rows = resources.map((row) => [
    row.resource,
    Number.isFinite(row.capacity) ? formatNumber(row.capacity) : 'unlimited',
    formatNumber(row.offered),
    percent(row.blocking_probability),
    interval(row.blocking_ci95_low, row.blocking_ci95_high),
    formatNumber(row.mean_concurrency),
    formatNumber(row.p95_concurrency),
    formatNumber(row.peak_concurrency),
    formatNumber(row.busy_hour_mbps),
  ]);
  lines.push(alignColumns([RESOURCE_HEADER, ...rows]));
  const taken = paths.filter((row) => row.calls > 0).map((row) => `${row.path} ${percent(row.share)}`);
  lines.push(`calls by path: ${taken.length > 0 ? taken.join(', ') : 'none'}`);
  lines.push(
    `no-QoS media share (R11): ${percent(scenario.no_qos_share)} ${interval(scenario.no_qos_share_ci95_low, scenario.no_qos_share_ci95_high)}`.trimEnd(),
  );
  lines.push(`signalling connections (R13): ${formatNumber(scenario.signalling_connections) || '-'}`);
  return lines.join('\n');
}

/** A probability or share as a percentage (`12.5%`), `-` when there is none. */
export function percent(value: number): string {
  return Number.isFinite(value) ? `${formatNumber(value * 100)}%` : '-';
}

/**
 * A probability as a short percentage for tables that compare many figures (the CSV
 * keeps full figures): 3 significant digits (`6.3%`), `<0.001%` below that, `-` when
 * there is none.
 */
export function shortPercent(value: number): string {
  if (!Number.isFinite(value)) return '-';
  if (value > 0 && value < 1e-5) return '<0.001%';
  return `${formatNumber(Number((value * 100).toPrecision(3)))}%`;
}

function interval(low: number, high: number): string {
  return Number.isFinite(low) && Number.isFinite(high) ? `[${percent(low)}, ${percent(high)}]` : '';
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
