/**
 * report.html of `avsim compare`: the scenarios side by side (mean concurrency and
 * blocking per resource, and the paired difference from the reference with its 95%
 * interval), then each scenario's section as `avsim run` reports it.
 */
import type { CompareOutput } from '../../analysis/compare.js';
import { formatNumber } from '../number-format.js';
import { percentText } from '../figures.js';
import { comparedBarsChart, deltaChart } from './compare-charts.js';
import { decimalText, signedText } from './figure-text.js';
import { html, paragraphs, table } from './page.js';
import type { Html } from './page.js';
import { Charts, footer, heading } from './report.js';
import type { RenderedReport } from './report.js';
import { scenarioSection } from './run-report.js';

/** Per scenario but the reference, per Edge: the paired difference in words. */
function compareHeadline(output: CompareOutput): string[] {
  const reference = output.scenarios[0]!.name;
  return output.comparison
    .filter((row) => row.scenario !== reference && row.resource.startsWith('edge:') && Number.isFinite(row.delta_mean_concurrency))
    .map((row) => {
      const interval = Number.isFinite(row.delta_ci95_low) ? ` (95% interval ${signedText(row.delta_ci95_low)} to ${signedText(row.delta_ci95_high)})` : '';
      return (
        `${row.scenario}: ${row.resource} carries ${signedText(row.delta_mean_concurrency)} sessions on average compared with "${reference}"${interval}, ` +
        `peaks at ${decimalText(row.peak_concurrency)} and blocks ${percentText(row.blocking_probability)} of its requests.`
      );
    });
}

/** report.html of `avsim compare`: the scenarios side by side, then one section per scenario. */
export async function renderCompareReport(output: CompareOutput): Promise<RenderedReport> {
  const charts = new Charts();
  const reference = output.scenarios[0]!.name;
  const rows = output.comparison.map((row) => [
    row.scenario,
    row.resource,
    Number.isFinite(row.capacity) ? formatNumber(row.capacity) : 'unlimited',
    percentText(row.blocking_probability),
    decimalText(row.mean_concurrency),
    decimalText(row.p95_concurrency),
    decimalText(row.peak_concurrency),
    signedText(row.delta_mean_concurrency),
    Number.isFinite(row.delta_ci95_low) ? `${signedText(row.delta_ci95_low)} to ${signedText(row.delta_ci95_high)}` : '-',
  ]);
  const delta = deltaChart(output.comparison);
  const side = html`<section class="comparison" id="comparison">
<h2>Side by side</h2>
${paragraphs(compareHeadline(output), 'headline')}${table(['scenario', 'resource', 'capacity', 'blocking', 'mean', 'p95', 'peak', 'delta mean', 'delta 95% interval'], rows, 2)}${await charts.figure(comparedBarsChart(output.comparison, 'mean_concurrency'))}${await charts.figure(comparedBarsChart(output.comparison, 'blocking_probability'))}${delta ? await charts.figure(delta) : ''}</section>
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
    html`${heading(title, meta, output, workload.description)}${side}${sections}${footer(['comparison.csv', 'summary.csv', 'paths.csv', 'timeseries.csv'])}`,
  );
}
