/**
 * `avsim compare` side by side, as Vega-Lite specs (plain data) built from
 * comparison.csv's rows: per resource, one bar per scenario for the mean concurrency and
 * for the blocking probability, and the paired difference in mean concurrency from the
 * reference scenario with its 95% interval as error bars.
 */
import type { ComparisonRow } from '../../results/comparison.js';
import { BAR_STEP, CHART_CONFIG, COLOURS, PAGE_FIT } from './chart-style.js';
import type { LayeredSpec } from './chart-style.js';

/** Scenario names in first-seen order. */
function scenariosOf(rows: readonly ComparisonRow[]): string[] {
  return [...new Set(rows.map((row) => row.scenario))];
}

/** Resource ids in first-seen order. */
function resourcesOf(rows: readonly ComparisonRow[]): string[] {
  return [...new Set(rows.map((row) => row.resource))];
}

/** Height of a chart with one bar per (resource, scenario) pair. */
function groupedHeight(resources: number, scenarios: number): number {
  return resources * (scenarios * BAR_STEP * 0.75 + 8);
}

/**
 * The y and colour encodings shared by the grouped charts: resources down, scenarios
 * within. Colours follow the scenarios of `all`, so that a scenario keeps its colour in
 * every chart, even one that leaves some scenarios out.
 */
function grouped(rows: readonly ComparisonRow[], all: readonly ComparisonRow[] = rows) {
  const scenarios = scenariosOf(rows);
  return {
    y: { field: 'resource', type: 'nominal' as const, sort: resourcesOf(rows), title: 'resource' },
    yOffset: { field: 'scenario', type: 'nominal' as const, sort: scenarios },
    color: {
      field: 'scenario',
      type: 'nominal' as const,
      scale: { domain: scenariosOf(all), scheme: 'tableau10' },
      // Two columns unless the names are long (the legend must fit the page's width).
      legend: { title: 'scenario', columns: scenarios.some((name) => name.length > 24) ? 1 : 2, values: scenarios },
    },
  };
}

/** Which figure of a comparison row a grouped bar chart shows. */
export type ComparedMeasure = 'mean_concurrency' | 'blocking_probability';

/**
 * Grouped horizontal bars of one figure per resource, one bar per scenario. Rows whose
 * figure is not a number (no offered load) are left out.
 */
export function comparedBarsChart(rows: readonly ComparisonRow[], measure: ComparedMeasure): LayeredSpec {
  const values = rows
    .filter((row) => Number.isFinite(row[measure]))
    .map((row) => ({ scenario: row.scenario, resource: row.resource, value: row[measure] }));
  const blocking = measure === 'blocking_probability';
  return {
    config: CHART_CONFIG,
    ...PAGE_FIT,
    height: groupedHeight(resourcesOf(rows).length, scenariosOf(rows).length),
    title: blocking
      ? { text: 'Blocking probability by resource and scenario', subtitle: 'blocked / offered requests over the measured window' }
      : { text: 'Mean concurrency by resource and scenario', subtitle: 'time-average units in use: relay sessions, MCU legs or ports' },
    data: { values },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          ...grouped(rows),
          x: {
            field: 'value',
            type: 'quantitative',
            title: blocking ? 'blocking probability' : 'mean concurrent sessions / legs / ports',
            ...(blocking ? { axis: { format: '.1%' } } : {}),
          },
        },
      },
    ],
  };
}

/**
 * The paired difference in mean concurrency from the reference (the first scenario), per
 * resource and scenario, with its 95% interval as error bars. The reference itself is
 * left out (its difference is 0 by construction).
 *
 * @returns `undefined` when there is nothing to compare (one scenario, or no differences).
 */
export function deltaChart(rows: readonly ComparisonRow[]): LayeredSpec | undefined {
  const [reference] = scenariosOf(rows);
  const compared = rows.filter((row) => row.scenario !== reference && Number.isFinite(row.delta_mean_concurrency));
  if (compared.length === 0) return undefined;
  const values = compared.map((row) => ({
    scenario: row.scenario,
    resource: row.resource,
    delta: row.delta_mean_concurrency,
    ...(Number.isFinite(row.delta_ci95_low) && Number.isFinite(row.delta_ci95_high) ? { low: row.delta_ci95_low, high: row.delta_ci95_high } : {}),
  }));
  const encodings = grouped(compared, rows);
  const x = { type: 'quantitative' as const, title: 'difference in mean concurrency' };
  return {
    config: CHART_CONFIG,
    ...PAGE_FIT,
    height: groupedHeight(resourcesOf(compared).length, scenariosOf(compared).length),
    title: {
      text: 'Difference in mean concurrency',
      subtitle: [`from "${reference}"`, 'paired by replication (common random numbers)', 'error bars: 95% interval'],
    },
    data: { values },
    layer: [
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: COLOURS.muted }, encoding: { x: { field: 'zero', ...x } } },
      {
        transform: [{ filter: 'isValid(datum.low)' }],
        mark: { type: 'rule', strokeWidth: 1.5 },
        encoding: { ...encodings, x: { field: 'low', ...x }, x2: { field: 'high' } },
      },
      { mark: { type: 'point', filled: true, size: 40, opacity: 1 }, encoding: { ...encodings, x: { field: 'delta', ...x } } },
    ],
  };
}
