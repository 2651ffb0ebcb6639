/**
 * How `avsim size` is reported: sizing.csv (the contract), the aligned table on stdout
 * and the `--json` document (the rows plus each search's offered load and candidates).
 */
import type { SizeOutput } from '../analysis/size.js';
import { renderCsv, SIZING_COLUMNS } from './csv.js';
import { jsonNumber, jsonRecord } from './json.js';
import type { JsonObject } from './json.js';
import { formatNumber } from './number-format.js';
import { alignColumns, shortPercent as percent } from './table.js';

/** `sizing.csv`'s contents. */
export function renderSizingCsv(output: SizeOutput): string {
  return renderCsv(SIZING_COLUMNS, output.rows);
}

const HEADER = [
  'resource',
  'servers',
  'capacity',
  'blocking',
  'blocking 95% high',
  'Erlang B',
  'one server down',
  'busy-hour erlangs',
  'configured',
];

/** The sizing as aligned plain text (no trailing newline). */
export function renderSizingTable(output: SizeOutput): string {
  const rows = output.sizings.map(({ row, offered, target }) => [
    row.resource,
    formatNumber(row.servers),
    formatNumber(row.capacity),
    percent(row.blocking_probability),
    percent(row.blocking_ci95_high),
    percent(row.erlang_b),
    percent(row.blocking_one_server_down),
    formatNumber(round(offered.busyHourErlangs)),
    Number.isFinite(target.configuredServers) ? formatNumber(target.configuredServers) : 'unlimited',
  ]);
  const lines = [
    `scenario ${output.scenario.name}: fewest servers whose blocking's upper 95% bound is at most ${percent(output.target)} ` +
      `(seed ${output.seed}, ${output.replications} replications per candidate)`,
    alignColumns([HEADER, ...rows]),
  ];
  for (const { row, evaluations } of output.sizings) {
    const tried = evaluations.map((e) => `${e.servers}: ${percent(e.blocking)} (<= ${percent(e.blockingHigh)})`);
    lines.push(`${row.resource} candidates: ${tried.join(', ')}`);
  }
  return lines.join('\n');
}

/** Rounds to 3 decimals for display (the CSV keeps full figures). */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * The `--json` document of a sizing: seed, replications, target, scenario, then the
 * sizing.csv rows and, per resource, its offered load and every candidate simulated.
 */
export function sizingJson(output: SizeOutput): JsonObject {
  return {
    seed: output.seed,
    replications: output.replications,
    target_blocking: output.target,
    scenario: output.scenario.name,
    sizing: output.rows.map((row) => jsonRecord(SIZING_COLUMNS, row)),
    searches: output.sizings.map((s) => ({
      resource: s.row.resource,
      units_per_server: s.target.unitsPerServer,
      configured_servers: jsonNumber(s.target.configuredServers),
      offered_busy_hour_erlangs: s.offered.busyHourErlangs,
      offered_window_erlangs: s.offered.windowErlangs,
      unlimited_peak: s.offered.peak,
      erlang_b_servers: s.erlangBServers,
      candidates: s.evaluations.map((e) => ({
        servers: e.servers,
        capacity: e.capacity,
        blocking_probability: jsonNumber(e.blocking),
        blocking_ci95_high: jsonNumber(e.blockingHigh),
      })),
    })),
  };
}
