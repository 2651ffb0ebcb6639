/**
 * report.html of `avsim run`: one section per scenario with its headline, its resources,
 * the load on each over the day, and its calls by path and no-QoS share. `avsim compare`
 * reuses the sections.
 */
import type { ComparedScenario } from '../../analysis/compare.js';
import type { Scenario } from '../../analysis/run.js';
import { formatNumber } from '../number-format.js';
import { percentText } from '../figures.js';
import { decimalText } from './figure-text.js';
import { scenarioHeadline } from './headline.js';
import { loadChart } from './load-chart.js';
import { loadSeries } from './load-series.js';
import type { ReportRun } from './load-series.js';
import { html, paragraphs, table } from './page.js';
import type { Html } from './page.js';
import { noQosChart, pathChart } from './path-chart.js';
import { Charts, footer, heading, windowText } from './report.js';
import type { RenderedReport } from './report.js';
import { startSeconds } from '../../workload/time-text.js';

/** The scenario's own description (from its `scenarios:` entry), if any. */
function scenarioDescription(scenario: Scenario | ComparedScenario): string | undefined {
  const local = 'localName' in scenario ? scenario.localName : scenario.name;
  return scenario.workload.scenarios?.find((entry) => entry.name === local)?.description;
}

/** One scenario's resources as a table. */
function resourceTable(run: ReportRun, name: string): Html {
  const rows = run.summary.summary
    .filter((row) => row.scenario === name)
    .map((row) => {
      const limited = Number.isFinite(row.capacity);
      const interval = Number.isFinite(row.blocking_ci95_low) ? `${percentText(row.blocking_ci95_low)} to ${percentText(row.blocking_ci95_high)}` : '-';
      return [
        row.resource,
        limited ? formatNumber(row.capacity) : 'unlimited',
        decimalText(row.mean_concurrency),
        decimalText(row.p95_concurrency),
        decimalText(row.peak_concurrency),
        limited ? percentText(row.peak_concurrency / row.capacity) : '-',
        percentText(row.blocking_probability),
        interval,
      ];
    });
  return table(['resource', 'capacity', 'mean', 'p95', 'peak', 'peak / capacity', 'blocking', 'blocking 95% interval'], rows);
}

/** One scenario: headline, resource table, load over the day, paths and no-QoS share. */
export async function scenarioSection(run: ReportRun, s: number, charts: Charts): Promise<Html> {
  const scenario = run.scenarios[s]!;
  const name = scenario.name;
  const scenarioRow = run.summary.scenarios.find((row) => row.scenario === name)!;
  const paths = run.summary.paths.filter((row) => row.scenario === name);
  const headline = scenarioHeadline({
    summary: run.summary.summary.filter((row) => row.scenario === name),
    timeseries: run.summary.timeseries.filter((row) => row.scenario === name),
    paths,
    scenario: scenarioRow,
    windowStart: startSeconds(scenario.workload.simulation.start),
  });
  const description = scenarioDescription(scenario);
  const loads: Html[] = [];
  for (const series of loadSeries(run, s)) loads.push(await charts.figure(loadChart(series)));
  const qos = noQosChart(scenarioRow);
  return html`<section class="scenario" id="scenario-${s}">
<h2>Scenario ${name}</h2>
${description ? paragraphs([description]) : ''}<p class="meta">${scenarioRow.replications} replications; ${windowText(scenario)}.</p>
${paragraphs(headline, 'headline')}${resourceTable(run, name)}<h3>Concurrent load over the day</h3>
${loads}<h3>Calls by path</h3>
${await charts.figure(pathChart(paths))}${qos ? await charts.figure(qos) : paragraphs(['No media flowed: no QoS share to show.'])}</section>
`;
}

/** report.html of `avsim run`: one section per scenario. */
export async function renderRunReport(run: ReportRun): Promise<RenderedReport> {
  const charts = new Charts();
  const sections: Html[] = [];
  for (let s = 0; s < run.scenarios.length; s++) sections.push(await scenarioSection(run, s, charts));
  const workload = run.scenarios[0]!.workload;
  const title = `avsim run: ${workload.name}`;
  const meta = `${run.scenarios.length} scenario${run.scenarios.length === 1 ? '' : 's'}, seed ${run.seed}, ${run.replications} replications each`;
  return charts.report(title, html`${heading(title, meta, run, workload.description)}${sections}${footer(['summary.csv', 'paths.csv', 'timeseries.csv'])}`);
}
