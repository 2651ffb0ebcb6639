/**
 * How `avsim size` is reported: sizing.csv (the contract), the aligned table on stdout
 * and the `--json` document (the rows plus each search's offered load and candidates).
 */
import { boughtInServers } from '../analysis/capacity.js';
import type { SizingTarget } from '../analysis/capacity.js';
import type { SizeOutput } from '../analysis/size.js';
import { renderCsv, SIZING_COLUMNS } from './csv.js';
import { jsonNumber, jsonRecord } from './json.js';
import type { JsonObject } from './json.js';
import { formatNumber } from './number-format.js';
import { percentText as percent, sigFigures } from './figures.js';
import { alignColumns } from './table.js';

/** `sizing.csv`'s contents. */
export function renderSizingCsv(output: SizeOutput): string {
  return renderCsv(SIZING_COLUMNS, output.rows);
}

/**
 * What `size` counts for a kind of resource: the servers one buys (Edge, MCU), or for a
 * resource bought unit by unit, those units (ports; link and Mediation sessions).
 */
export function countNoun(kind: SizingTarget['kind']): string {
  if (boughtInServers(kind)) return 'servers';
  return kind === 'ports' ? 'ports' : 'sessions';
}

/** The count one lower, as `blocking_one_server_down` measures it: "one server down", "one port fewer", "one session fewer". */
export function oneDownWords(kind: SizingTarget['kind']): string {
  if (boughtInServers(kind)) return 'one server down';
  return kind === 'ports' ? 'one port fewer' : 'one session fewer';
}

/**
 * The count's noun and the one-lower column's words for a table of sizings: those of
 * their kinds when the kinds agree, else words that fit every row.
 */
export function countWords(kinds: readonly SizingTarget['kind'][]): { noun: string; oneDown: string } {
  const nouns = new Set(kinds.map(countNoun));
  if (nouns.size > 1) return { noun: 'servers or units', oneDown: 'one fewer' };
  const kind = kinds[0] ?? 'edge';
  return { noun: countNoun(kind), oneDown: oneDownWords(kind) };
}

/**
 * `count` servers of the resource in words: "2 A/V Edge servers of 500 sessions", "1
 * media port", "a limit of 20 sessions (2,000 kbit/s)", "30 Mediation sessions".
 *
 * @param sessionKbps - For a CAC link: kbit/s one session reserves.
 */
export function serverWords(kind: SizingTarget['kind'], unitsPerServer: number, count: number, sessionKbps?: number): string {
  const s = count === 1 ? '' : 's';
  switch (kind) {
    case 'edge':
      return `${formatNumber(count)} A/V Edge server${s} of ${formatNumber(unitsPerServer)} sessions`;
    case 'mcu':
      return `${formatNumber(count)} A/V Conferencing server${s} of ${formatNumber(unitsPerServer)} legs`;
    case 'ports':
      return `${formatNumber(count)} media port${s}`;
    case 'link':
      return `a limit of ${formatNumber(count)} session${s}${sessionKbps === undefined ? '' : ` (${formatNumber(count * sessionKbps)} kbit/s)`}`;
    case 'mediation':
      return `${formatNumber(count)} Mediation session${s}`;
    default: {
      const never: never = kind;
      return String(never);
    }
  }
}

/** Where the target holds, in words. */
export function criterionWords(output: Pick<SizeOutput, 'over' | 'redundancy'>): string {
  const period = output.over === 'window' ? 'over the whole window' : 'in the busy hour';
  return output.redundancy === 'n+1' ? `${period}, with one server down (n+1)` : period;
}

/** The sizing as aligned plain text (no trailing newline). */
export function renderSizingTable(output: SizeOutput): string {
  const rows = output.sizings.map(({ row, target }) => [
    row.resource,
    formatNumber(row.servers),
    formatNumber(row.capacity),
    percent(row.blocking_probability),
    percent(row.blocking_ci95_high),
    percent(row.erlang_b),
    percent(row.blocking_one_server_down),
    row.busy_hour_utc === '' ? '-' : row.busy_hour_utc,
    sigFigures(row.busy_hour_offered_erlangs),
    Number.isFinite(target.configuredServers) ? sigFigures(target.configuredServers) : 'unlimited',
  ]);
  const { noun, oneDown } = countWords(output.sizings.map((s) => s.target.kind));
  const header = ['resource', noun, 'capacity', 'blocking', 'blocking 95% high', 'Erlang B', oneDown, 'busy hour UTC', 'BH erlangs', 'configured'];
  const lines = [
    `scenario ${output.scenario.name}: fewest ${noun} whose blocking's upper 95% bound is at most ${percent(output.target)} ${criterionWords(output)} ` +
      `(seed ${output.seed}, ${output.replications} replications per candidate)`,
    alignColumns([header, ...rows]),
  ];
  for (const { row, evaluations, target } of output.sizings) {
    const tried = evaluations.map((e) => `${e.servers}: ${percent(e.blocking)} (<= ${percent(e.blockingHigh)})`);
    lines.push(`${row.resource}: ${serverWords(target.kind, target.unitsPerServer, row.servers, target.sessionKbps)}; candidates ${tried.join(', ')}`);
  }
  return lines.join('\n');
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
    over: output.over,
    redundancy: output.redundancy,
    scenario: output.scenario.name,
    sizing: output.rows.map((row) => jsonRecord(SIZING_COLUMNS, row)),
    searches: output.sizings.map((s) => ({
      resource: s.row.resource,
      units_per_server: s.target.unitsPerServer,
      configured_servers: jsonNumber(s.target.configuredServers),
      offered_busy_hour_utc: s.offered.busyHour,
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
