/**
 * report.html of `avsim compare`: the warnings and the inputs (the reference scenario's,
 * then what each other one changes), the scenarios side by side (mean concurrency and
 * blocking per resource, and the paired difference from the reference with its 95%
 * interval), then each scenario's section as `avsim run` reports it.
 */
import type { CompareOutput } from '../../analysis/compare.js';
import type { ComparisonRow } from '../../results/comparison.js';
import { formatNumber } from '../number-format.js';
import { percentText } from '../figures.js';
import { comparedBarsChart, deltaChart } from './compare-charts.js';
import { figureText, signedText } from './figure-text.js';
import { inputsSection } from './inputs.js';
import { html, paragraphs, table } from './page.js';
import type { Html } from './page.js';
import { Charts, footer, heading, warningsBox } from './report.js';
import type { RenderedReport, ReportOptions } from './report.js';
import { scenarioSection } from './run-report.js';

/** Per scenario but the reference, per Edge: the paired difference in words. */
function compareHeadline(output: CompareOutput): string[] {
  const reference = output.scenarios[0]!.name;
  return output.comparison
    .filter((row) => row.scenario !== reference && row.resource.startsWith('edge:') && Number.isFinite(row.delta_mean_concurrency))
    .map((row) => {
      const interval = Number.isFinite(row.delta_ci95_low) ? ` (95% interval ${signedText(row.delta_ci95_low)} to ${signedText(row.delta_ci95_high)})` : '';
      const blocking = row.blocking_probability > 0 ? `blocks ${percentText(row.blocking_probability)} of its requests` : 'never blocks';
      return (
        `${row.scenario}: ${row.resource} carries ${signedText(row.delta_mean_concurrency)} sessions on average compared with "${reference}"${interval}, ` +
        `peaks at ${figureText(row.peak_concurrency)} and ${blocking}.`
      );
    });
}

/** The paired difference with its interval, "+21.3 [+20.8, +21.8]"; "-" for the reference itself. */
function deltaText(row: ComparisonRow, reference: string): string {
  if (row.scenario === reference || !Number.isFinite(row.delta_mean_concurrency)) return '-';
  const interval = Number.isFinite(row.delta_ci95_low) && Number.isFinite(row.delta_ci95_high) ? ` [${signedText(row.delta_ci95_low)}, ${signedText(row.delta_ci95_high)}]` : '';
  return `${signedText(row.delta_mean_concurrency)}${interval}`;
}

/** The side-by-side table; its blocking column only when some scenario blocks. */
function sideTable(output: CompareOutput): Html {
  const reference = output.scenarios[0]!.name;
  const blocks = output.comparison.some((row) => row.blocking_probability > 0);
  const rows = output.comparison.map((row) => [
    row.scenario,
    row.resource,
    Number.isFinite(row.capacity) ? formatNumber(row.capacity) : 'unlimited',
    ...(blocks ? [percentText(row.blocking_probability)] : []),
    figureText(row.mean_concurrency),
    figureText(row.p95_concurrency),
    figureText(row.peak_concurrency),
    deltaText(row, reference),
  ]);
  const header = ['scenario', 'resource', 'capacity', ...(blocks ? ['blocking'] : []), 'mean', 'p95', 'peak', `mean - "${reference}" [95% interval]`];
  // Scenario names can be long: they wrap, so that the table keeps to the page's width.
  return table(header, rows, 2, [0]);
}

/**
 * report.html of `avsim compare`: the warnings (if any), the inputs, the scenarios side
 * by side, then one section per scenario.
 *
 * @param options - What the caller adds: the warnings to show. @default none
 */
export async function renderCompareReport(output: CompareOutput, options: ReportOptions = {}): Promise<RenderedReport> {
  const charts = new Charts();
  const reference = output.scenarios[0]!.name;
  const blocks = output.comparison.some((row) => row.blocking_probability > 0);
  const delta = deltaChart(output.comparison);
  const blockingChart = blocks
    ? await charts.figure(comparedBarsChart(output.comparison, 'blocking_probability'))
    : paragraphs(['No scenario blocked a request on any resource: no blocking to compare.'], 'note');
  const side = html`<section class="comparison" id="comparison">
<h2>Side by side</h2>
${paragraphs(compareHeadline(output), 'headline')}${sideTable(output)}${await charts.figure(comparedBarsChart(output.comparison, 'mean_concurrency'))}${blockingChart}${delta ? await charts.figure(delta) : ''}</section>
`;
  const sections: Html[] = [];
  for (let s = 0; s < output.scenarios.length; s++) sections.push(await scenarioSection(output, s, charts));
  const workload = output.scenarios[0]!.workload;
  const title = `avsim compare: ${workload.name}`;
  const meta =
    `${output.scenarios.length} scenarios on common random numbers (seed ${output.seed}, ${output.replications} replications each); ` +
    `differences are paired by replication against "${reference}"`;
  return charts.report(
    title,
    html`${heading(title, meta, output, workload.description)}${warningsBox(options.warnings)}${inputsSection(output.scenarios, output.replications)}${side}${sections}${footer(['comparison.csv', 'summary.csv', 'paths.csv', 'timeseries.csv'])}`,
  );
}
