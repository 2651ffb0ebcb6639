/**
 * How `avsim compare` is reported: comparison.csv (the contract), the aligned table on
 * stdout and the `--json` document (the run's JSON plus the comparison rows).
 */
import type { CompareOutput, ComparedScenario } from '../analysis/compare.js';
import type { ComparisonRow } from '../results/comparison.js';
import type { OutputFile } from './atomic-write.js';
import { COMPARISON_COLUMNS, renderCsv, renderRunCsv } from './csv.js';
import { jsonRecord, runJson } from './json.js';
import type { JsonObject } from './json.js';
import { formatNumber } from './number-format.js';
import { percentText, sigFigures } from './figures.js';
import { alignColumns } from './table.js';

/** `comparison.csv`'s contents. */
export function renderComparisonCsv(rows: readonly ComparisonRow[]): string {
  return renderCsv(COMPARISON_COLUMNS, rows);
}

/** The files of `avsim compare`: comparison.csv, then the run's summary.csv, paths.csv and timeseries.csv. */
export function renderCompareFiles(output: CompareOutput): OutputFile[] {
  return [{ name: 'comparison.csv', data: renderComparisonCsv(output.comparison) }, ...renderRunCsv(output.summary)];
}

const HEADER = ['scenario', 'resource', 'capacity', 'blocking', 'mean in use', 'p95', 'peak', 'delta mean', 'delta 95% CI'];

/** The comparison as aligned plain text (no trailing newline). */
export function renderComparisonTable(output: CompareOutput): string {
  const reference = output.scenarios[0]?.name ?? '';
  const rows = output.comparison.map((row) => [
    row.scenario,
    row.resource,
    Number.isFinite(row.capacity) ? formatNumber(row.capacity) : 'unlimited',
    percentText(row.blocking_probability),
    fixed(row.mean_concurrency),
    formatNumber(row.p95_concurrency),
    formatNumber(row.peak_concurrency),
    signed(row.delta_mean_concurrency),
    Number.isFinite(row.delta_ci95_low) && Number.isFinite(row.delta_ci95_high)
      ? `[${signed(row.delta_ci95_low)}, ${signed(row.delta_ci95_high)}]`
      : '',
  ]);
  const title =
    `${plural(output.scenarios.length, 'scenario')}, seed ${output.seed}, ${plural(output.replications, 'replication')} each ` +
    `(common random numbers); delta: paired difference in mean concurrency from "${reference}"`;
  return [title, alignColumns([HEADER, ...rows], 2)].join('\n');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A figure to 4 significant digits for the table (the CSV keeps full figures); `-` when there is none. */
function fixed(value: number): string {
  return sigFigures(value);
}

/** {@link fixed} with a `+` on positive figures. */
function signed(value: number): string {
  const text = fixed(value);
  return value > 0 && text !== '0' ? `+${text}` : text;
}

/**
 * The `--json` document of a comparison: the run's document ({@link runJson}), with the
 * reference scenario, each scenario's file (`scenarios` as `labelScenarios` named
 * them) and the comparison rows after `replications`.
 */
export function comparisonJson(output: CompareOutput, scenarios: readonly ComparedScenario[]): JsonObject {
  const { seed, replications, ...rest } = runJson(output);
  return {
    seed: seed ?? null,
    replications: replications ?? null,
    reference: output.scenarios[0]?.name ?? null,
    files: scenarios.map((s) => ({ scenario: s.name, file: s.file, workload: s.workload.name, name_in_file: s.localName })),
    comparison: output.comparison.map((row) => jsonRecord(COMPARISON_COLUMNS, row)),
    ...rest,
  };
}
