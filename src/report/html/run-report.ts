/**
 * report.html of `avsim run`: the warnings, the inputs, then one section per scenario
 * with its headline, its resources over the window and in their busy hours, the load
 * on each over the day, blocking by clock hour, and its calls by path and no-QoS share.
 * `avsim compare` reuses the sections.
 */
import type { ComparedScenario } from '../../analysis/compare.js';
import type { Scenario } from '../../analysis/run.js';
import { scenarioHeadline } from './headline.js';
import { carriesLoad, hourlySection } from './hourly-section.js';
import { inputsSection } from './inputs.js';
import { loadChart } from './load-chart.js';
import { loadSeries } from './load-series.js';
import type { ReportRun } from './load-series.js';
import { html, paragraphs } from './page.js';
import type { Html } from './page.js';
import { noQosChart, pathChart } from './path-chart.js';
import { Charts, footer, heading, warningsBox, windowText } from './report.js';
import type { RenderedReport, ReportOptions } from './report.js';
import { busyHourTable, windowTable } from './resource-tables.js';
import { prose } from './rule-words.js';

/** The scenario's own description (from its `scenarios:` entry), if any. */
function scenarioDescription(scenario: Scenario | ComparedScenario): string | undefined {
  const local = 'localName' in scenario ? scenario.localName : scenario.name;
  return scenario.workload.scenarios?.find((entry) => entry.name === local)?.description;
}

/** The load charts of the resources that carried load, and a line naming those that carried none. */
async function loadCharts(run: ReportRun, s: number, charts: Charts): Promise<Html> {
  const name = run.scenarios[s]!.name;
  const rows = run.summary.summary.filter((row) => row.scenario === name);
  const loaded = (resource: string): boolean => rows.some((row) => row.resource === resource && carriesLoad(row));
  const figures: Html[] = [];
  for (const series of loadSeries(run, s)) if (loaded(series.resource)) figures.push(await charts.figure(loadChart(series)));
  const idle = rows.filter((row) => !carriesLoad(row)).map((row) => row.resource);
  return html`${figures}${idle.length > 0 ? paragraphs([`No request reached ${idle.join(', ')} in the measured window: no load to draw.`], 'note') : ''}`;
}

/** One scenario: headline, resource tables, load over the day, blocking by hour, paths and no-QoS share. */
export async function scenarioSection(run: ReportRun, s: number, charts: Charts): Promise<Html> {
  const scenario = run.scenarios[s]!;
  const name = scenario.name;
  const scenarioRow = run.summary.scenarios.find((row) => row.scenario === name)!;
  const summary = run.summary.summary.filter((row) => row.scenario === name);
  const paths = run.summary.paths.filter((row) => row.scenario === name);
  const headline = scenarioHeadline({ summary, paths, scenario: scenarioRow, workload: scenario.workload });
  const description = scenarioDescription(scenario);
  const loads = await loadCharts(run, s, charts);
  const hourly = await hourlySection(run, s, charts);
  const qos = noQosChart(scenarioRow);
  return html`<section class="scenario" id="scenario-${s}">
<h2>Scenario ${name}</h2>
${description ? paragraphs([prose(description)]) : ''}<p class="meta">${scenarioRow.replications} replications; ${windowText(scenario)}.</p>
${paragraphs(headline.map(prose), 'headline')}<h3>Resources over the whole window</h3>
${windowTable(summary)}<h3>Resources in their busy hour</h3>
${busyHourTable(summary, scenario.workload)}<h3>Concurrent load over the day</h3>
${loads}<h3>Blocking by clock hour</h3>
${hourly}<h3>Calls by path</h3>
${await charts.figure(pathChart(paths))}${qos ? await charts.figure(qos) : paragraphs(['No media flowed: no QoS share to show.'])}</section>
`;
}

/**
 * report.html of `avsim run`: the warnings (if any), the inputs, one section per scenario.
 *
 * @param options - What the caller adds: the warnings to show. @default none
 */
export async function renderRunReport(run: ReportRun, options: ReportOptions = {}): Promise<RenderedReport> {
  const charts = new Charts();
  const sections: Html[] = [];
  for (let s = 0; s < run.scenarios.length; s++) sections.push(await scenarioSection(run, s, charts));
  const workload = run.scenarios[0]!.workload;
  const title = `avsim run: ${workload.name}`;
  const meta = `${run.scenarios.length} scenario${run.scenarios.length === 1 ? '' : 's'}, seed ${run.seed}, ${run.replications} replications each`;
  return charts.report(
    title,
    html`${heading(title, meta, run, workload.description)}${warningsBox(options.warnings)}${inputsSection(run.scenarios, run.replications)}${sections}${footer(['summary.csv', 'paths.csv', 'timeseries.csv'])}`,
  );
}
