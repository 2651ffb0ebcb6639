/**
 * The run's summary as one JSON document (`avsim run --json`): the same rows as the CSV
 * files plus the per-scenario R11/R13 figures and throughput. Keys come in a fixed
 * order (the CSV column order for rows) and non-finite numbers become `null`, so the
 * document is valid JSON and the same summary always serialises the same way.
 */
import type { RunSummary, RunTotals, ScenarioRow } from '../results/types.js';
import { PATHS_COLUMNS, SUMMARY_COLUMNS, TIMESERIES_COLUMNS } from './csv.js';

/** A JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonList | { [key: string]: JsonValue };

/**
 * A long JSON list whose items are made as it is rendered, a few thousand at a time
 * ({@link jsonPieces}), never all at once: a run's timeseries may have millions of rows.
 * `JSON.stringify` renders it as the list it stands for.
 */
export class JsonList {
  constructor(
    readonly length: number,
    private readonly item: (k: number) => JsonValue,
  ) {}

  /** Items `start` to `end` - 1. */
  items(start: number, end: number): JsonValue[] {
    const out: JsonValue[] = [];
    for (let k = start; k < Math.min(end, this.length); k++) out.push(this.item(k));
    return out;
  }

  toJSON(): JsonValue[] {
    return this.items(0, this.length);
  }
}
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
    timeseries: new JsonList(summary.timeseries.length, (k) => jsonRecord(TIMESERIES_COLUMNS, summary.timeseries[k]!)),
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

/** Items of a long list rendered at once by {@link jsonPieces}. */
const ITEMS_PER_PIECE = 20_000;

/**
 * A JSON object as text in pieces, with a final newline: joined, `JSON.stringify(value)`
 * and a newline. Its long lists (a run's timeseries, a {@link JsonList}) are rendered a
 * few thousand items at a time, so that no piece is longer than a string may be. Write
 * the pieces one after another, as they come.
 */
export function* jsonPieces(value: JsonObject): Generator<string> {
  let separator = '{';
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue; // as JSON.stringify leaves it out
    yield `${separator}${JSON.stringify(key)}:`;
    separator = ',';
    const list = item instanceof JsonList ? item : Array.isArray(item) ? new JsonList(item.length, (k) => item[k]!) : undefined;
    if (list === undefined || list.length <= ITEMS_PER_PIECE) {
      yield JSON.stringify(item);
      continue;
    }
    for (let start = 0; start < list.length; start += ITEMS_PER_PIECE) {
      const text = JSON.stringify(list.items(start, start + ITEMS_PER_PIECE));
      yield `${start === 0 ? '[' : ','}${text.slice(1, -1)}`;
    }
    yield ']';
  }
  yield separator === '{' ? '{}\n' : '}\n';
}

/** Writes text pieces to stdout one after another, as they are made (a pipe or a file takes each at once, so the whole is never in memory). */
export function writePieces(pieces: Iterable<string>): void {
  for (const piece of pieces) process.stdout.write(piece);
}

/** A JSON value as text, with a final newline; `indent` spaces per level (0: one line). @default 0 */
export function renderJson(value: JsonValue, indent = 0): string {
  return `${JSON.stringify(value, null, indent)}\n`;
}
