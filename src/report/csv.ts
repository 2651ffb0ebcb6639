/**
 * CSV rendering of the report rows (csv-stringify), with the exact columns of
 * DESIGN.md "Contracts" and deterministic number formatting ({@link formatNumber}):
 * the same rows always give the same bytes.
 */
import { stringify } from 'csv-stringify/sync';
import type { ComparisonRow } from '../results/comparison.js';
import type { PathRow, RunSummary, SummaryRow, TimeseriesRow } from '../results/types.js';
import type { SizingRow } from '../analysis/size.js';
import type { OutputFile } from './atomic-write.js';
import { formatNumber } from './number-format.js';

/** Columns of `summary.csv`, in order. */
export const SUMMARY_COLUMNS = [
  'scenario',
  'resource',
  'kind',
  'capacity',
  'offered',
  'carried',
  'blocked',
  'blocking_probability',
  'blocking_ci95_low',
  'blocking_ci95_high',
  'mean_concurrency',
  'p95_concurrency',
  'peak_concurrency',
  'busy_hour_mbps',
  'busy_hour_utc',
  'busy_hour_offered_erlangs',
  'busy_hour_blocking',
  'busy_hour_blocking_ci95_low',
  'busy_hour_blocking_ci95_high',
] as const satisfies readonly (keyof SummaryRow)[];

/** Columns of `paths.csv`, in order. */
export const PATHS_COLUMNS = [
  'scenario',
  'path',
  'calls',
  'share',
  'share_ci95_low',
  'share_ci95_high',
] as const satisfies readonly (keyof PathRow)[];

/** Columns of `timeseries.csv`, in order. */
export const TIMESERIES_COLUMNS = [
  'scenario',
  'resource',
  't_start_s',
  't_end_s',
  'mean_concurrency',
  'max_concurrency',
  't_start_utc',
  'offered',
  'blocked',
] as const satisfies readonly (keyof TimeseriesRow)[];

/** Columns of `comparison.csv` (`avsim compare`), in order. */
export const COMPARISON_COLUMNS = [
  'scenario',
  'resource',
  'capacity',
  'blocking_probability',
  'mean_concurrency',
  'p95_concurrency',
  'peak_concurrency',
  'delta_mean_concurrency',
  'delta_ci95_low',
  'delta_ci95_high',
] as const satisfies readonly (keyof ComparisonRow)[];

/** Columns of `sizing.csv` (`avsim size`), in order. */
export const SIZING_COLUMNS = [
  'resource',
  'target_blocking',
  'servers',
  'capacity',
  'blocking_probability',
  'blocking_ci95_high',
  'erlang_b',
  'blocking_one_server_down',
  'over',
  'redundancy',
  'busy_hour_utc',
  'busy_hour_offered_erlangs',
  'units_per_server',
] as const satisfies readonly (keyof SizingRow)[];

/** A cell value: text as is, numbers through {@link formatNumber}. */
export type Cell = string | number;

/**
 * Renders rows as CSV: a header line with `columns`, then one line per row with each
 * column's value (numbers formatted by {@link formatNumber}, `NaN`/`Infinity` empty).
 * Lines end with `\n`; fields are quoted only when they need it.
 *
 * @param columns - Column names, which are also the row keys read.
 * @param rows - Flat records.
 */
export function renderCsv<K extends string>(
  columns: readonly K[],
  rows: readonly { readonly [key in K]: Cell }[],
): string {
  return renderCsvPieces(columns, rows).join('');
}

/** Rows of a CSV rendered at once by {@link renderCsvPieces}: a few MB of text each. */
const ROWS_PER_PIECE = 50_000;

/**
 * {@link renderCsv} in pieces of {@link ROWS_PER_PIECE} rows, the header in the first
 * (renderCsv is them joined). For a file that may be longer than a string may be (or
 * than the heap holds as cells at once), timeseries.csv.
 */
export function renderCsvPieces<K extends string>(
  columns: readonly K[],
  rows: readonly { readonly [key in K]: Cell }[],
): string[] {
  const pieces: string[] = [];
  for (let start = 0; start === 0 || start < rows.length; start += ROWS_PER_PIECE) {
    const records: string[][] = start === 0 ? [[...columns]] : [];
    const end = Math.min(rows.length, start + ROWS_PER_PIECE);
    for (let k = start; k < end; k++) records.push(columns.map((column) => cellText(rows[k]![column])));
    pieces.push(stringify(records, { record_delimiter: 'unix', quoted_empty: false }));
  }
  return pieces;
}

function cellText(value: Cell): string {
  return typeof value === 'number' ? formatNumber(value) : value;
}

/** `summary.csv`'s contents. */
export function renderSummaryCsv(rows: readonly SummaryRow[]): string {
  return renderCsv(SUMMARY_COLUMNS, rows);
}

/** `paths.csv`'s contents. */
export function renderPathsCsv(rows: readonly PathRow[]): string {
  return renderCsv(PATHS_COLUMNS, rows);
}

/** `timeseries.csv`'s contents, in pieces (it may have millions of rows). */
export function renderTimeseriesCsv(rows: readonly TimeseriesRow[]): string[] {
  return renderCsvPieces(TIMESERIES_COLUMNS, rows);
}

/**
 * The three files of `avsim run`, rendered: summary.csv, paths.csv, timeseries.csv.
 * Pass them to `writeResultSet` (result-set.ts).
 */
export function renderRunCsv(summary: RunSummary): OutputFile[] {
  return [
    { name: 'summary.csv', data: renderSummaryCsv(summary.summary) },
    { name: 'paths.csv', data: renderPathsCsv(summary.paths) },
    { name: 'timeseries.csv', data: renderTimeseriesCsv(summary.timeseries) },
  ];
}
