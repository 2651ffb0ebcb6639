/**
 * report.html of `avsim size`: per sized resource, the answer in words and blocking
 * against the number of servers, with the target and the chosen count marked.
 */
import type { SizeOutput } from '../../analysis/size.js';
import { formatNumber } from '../number-format.js';
import { percentText } from '../figures.js';
import { unitsOf } from './chart-style.js';
import { decimalText } from './figure-text.js';
import { html, paragraphs, table } from './page.js';
import type { Html } from './page.js';
import { Charts, footer, heading, windowText } from './report.js';
import type { RenderedReport } from './report.js';
import { sizingChart } from './sizing-chart.js';

/** One sized resource in words. */
function sizingHeadline(output: SizeOutput, i: number): string {
  const { row, target, offered, erlangBServers } = output.sizings[i]!;
  const units = unitsOf(target.kind);
  const configured = Number.isFinite(target.configuredServers) ? `the workload configures ${target.configuredServers}` : 'the workload sets no limit';
  return (
    `${row.resource}: ${row.servers} servers (${row.capacity} ${units}) are the fewest whose simulated blocking's upper 95% bound ` +
    `is at most ${percentText(output.target)}; ${configured}. At ${row.servers}, blocking is ${percentText(row.blocking_probability)} ` +
    `(upper bound ${percentText(row.blocking_ci95_high)}); with one server down, ${percentText(row.blocking_one_server_down)}. ` +
    `Erlang B at the busy-hour load of ${decimalText(offered.busyHourErlangs)} erlangs asks for ${erlangBServers} servers.`
  );
}

/** report.html of `avsim size`: per resource, blocking against servers with the target and the answer. */
export async function renderSizeReport(output: SizeOutput): Promise<RenderedReport> {
  const charts = new Charts();
  const figures: Html[] = [];
  for (const sizing of output.sizings) figures.push(await charts.figure(sizingChart(sizing, output.target)));
  const rows = output.rows.map((row) => [
    row.resource,
    formatNumber(row.servers),
    formatNumber(row.capacity),
    percentText(row.blocking_probability),
    percentText(row.blocking_ci95_high),
    percentText(row.erlang_b),
    percentText(row.blocking_one_server_down),
  ]);
  const { scenario } = output;
  const title = `avsim size: ${scenario.workload.name}`;
  const meta =
    `scenario ${scenario.name}; target: blocking's upper 95% bound at most ${percentText(output.target)}; ` +
    `seed ${output.seed}, ${output.replications} replications per candidate; ${windowText(scenario)}`;
  const body = html`${heading(title, meta, undefined, scenario.workload.description)}<section class="sizing" id="sizing">
<h2>Fewest servers meeting the target</h2>
${paragraphs(output.sizings.map((_, i) => sizingHeadline(output, i)), 'headline')}${table(['resource', 'servers', 'capacity', 'blocking', 'blocking 95% high', 'Erlang B', 'one server down'], rows)}${figures}</section>
${footer(['sizing.csv'])}`;
  return charts.report(title, body);
}
