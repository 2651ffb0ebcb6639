/**
 * The run's summary as one JSON document (`avsim run --json`): the same rows as the CSV
 * files plus the per-scenario R11/R13 figures and throughput. Keys come in a fixed
 * order (the CSV column order for rows) and non-finite numbers become `null`, so the
 * document is valid JSON and the same summary always serialises the same way.
 */
import type { RunSummary, RunTotals, ScenarioRow } from '../results/types.js';
import { PATHS_COLUMNS, SUMMARY_COLUMNS, TIMESERIES_COLUMNS } from './csv.js';

/** A JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/** Keys of a scenario's figures, in document order. */
export const SCENARIO_KEYS = [
  'scenario',
  'replications',
  'media_minutes_relayed',
  'media_minutes_direct',
  'no_qos_share',
  'no_qos_share_ci95_low',
  'no_qos_share_ci95_high',
  'signalling_connections',
  'calls_simulated',
  'events',
] as const satisfies readonly (keyof ScenarioRow)[];

/** Keys of the run totals, in document order. */
export const TOTALS_KEYS = ['replications', 'calls_simulated', 'events'] as const satisfies readonly (keyof RunTotals)[];

/** What {@link runJson} reads of a run (a `RunOutput` fits). */
export interface RunJsonInput {
  readonly summary: RunSummary;
  /** The run's seed, when known. */
  readonly seed?: number;
  /** Replications per scenario, when known. */
  readonly replications?: number;
  /** Wall-clock seconds the run took; adds throughput figures (not deterministic). */
  readonly wallSeconds?: number;
}

/** A number as JSON: itself when finite, else `null` (`NaN`: no value; `Infinity`: unlimited). */
export function jsonNumber(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** A flat record with only the given keys, in that order, numbers through {@link jsonNumber}. */
export function jsonRecord<K extends string>(keys: readonly K[], row: { readonly [key in K]: string | number }): JsonObject {
  const out: JsonObject = {};
  for (const key of keys) {
    const value = row[key];
    out[key] = typeof value === 'number' ? jsonNumber(value) : value;
  }
  return out;
}

/**
 * The summary alone as a JSON object: `totals`, `scenarios`, `summary`, `paths`,
 * `timeseries`, in that order. Deterministic.
 */
export function summaryJson(summary: RunSummary): JsonObject {
  return {
    totals: jsonRecord(TOTALS_KEYS, summary.totals),
    scenarios: summary.scenarios.map((row) => jsonRecord(SCENARIO_KEYS, row)),
    summary: summary.summary.map((row) => jsonRecord(SUMMARY_COLUMNS, row)),
    paths: summary.paths.map((row) => jsonRecord(PATHS_COLUMNS, row)),
    timeseries: summary.timeseries.map((row) => jsonRecord(TIMESERIES_COLUMNS, row)),
  };
}

/**
 * The `--json` document of a run: `seed` and `replications` when known, then
 * `wall_seconds`, `calls_per_second` and `events_per_second` when the wall time is
 * known, then everything of {@link summaryJson}.
 */
export function runJson(run: RunJsonInput): JsonObject {
  const out: JsonObject = {};
  if (run.seed !== undefined) out['seed'] = jsonNumber(run.seed);
  if (run.replications !== undefined) out['replications'] = jsonNumber(run.replications);
  if (run.wallSeconds !== undefined) {
    out['wall_seconds'] = jsonNumber(run.wallSeconds);
    out['calls_per_second'] = jsonNumber(run.summary.totals.calls_simulated / run.wallSeconds);
    out['events_per_second'] = jsonNumber(run.summary.totals.events / run.wallSeconds);
  }
  return { ...out, ...summaryJson(run.summary) };
}

/** A JSON value as text, with a final newline; `indent` spaces per level (0: one line). @default 0 */
export function renderJson(value: JsonValue, indent = 0): string {
  return `${JSON.stringify(value, null, indent)}\n`;
}
