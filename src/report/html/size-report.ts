/**
 * report.html of `avsim size`: the warnings and the inputs, the criterion the search
 * met (busy hour or whole window; with or without a server down), then per sized
 * resource the answer in the servers one buys, its busy hour (UTC and local) and
 * offered erlangs, and blocking against the number of servers, with the target and the
 * chosen count marked.
 */
import type { SizingTarget } from '../../analysis/capacity.js';
import type { ResourceSizing, SizeOutput } from '../../analysis/size.js';
import type { ResourceKind } from '../../results/types.js';
import type { Workload } from '../../workload/schema.js';
import { percentText } from '../figures.js';
import { formatNumber } from '../number-format.js';
import { countWords, oneDownWords, serverWords } from '../sizing.js';
import { unitsOf } from './chart-style.js';
import { figureText } from './figure-text.js';
import { inputsSection } from './inputs.js';
import { hourAfter, localTimesWords, servedClocks } from './local-time.js';
import { html, paragraphs, table } from './page.js';
import type { Html } from './page.js';
import { Charts, footer, heading, warningsBox, windowText } from './report.js';
import type { RenderedReport, ReportOptions } from './report.js';
import { sizingChart } from './sizing-chart.js';

/** The criterion the search met, in words. */
export function criterionText(output: Pick<SizeOutput, 'target' | 'over' | 'redundancy'>): string {
  const where =
    output.over === 'busy-hour'
      ? "in each resource's busy hour (the clock hour of highest offered load, chosen and measured on different replications)"
      : 'over the whole measured window (--over window: a daily profile averages quiet hours in, so the busy hour blocks more)';
  const spare =
    output.redundancy === 'n+1'
      ? 'and it must still hold with one server down (n+1): each count below includes that spare server'
      : 'with every server in service (no spare: --redundancy n+1 asks for one)';
  return `Criterion: the upper end of the 95% interval of the blocking ${where} is at most ${percentText(output.target)}, ${spare}.`;
}

/** A count of the servers one buys for a resource: "5 A/V Edge servers of 10 sessions", "12 media ports", "a limit of 20 sessions (2,000 kbit/s)". */
export function serversText(target: SizingTarget, servers: number): string {
  return serverWords(target.kind, target.unitsPerServer, servers, target.sessionKbps);
}

/** What the workload configures, in words. */
function configuredText(sizing: ResourceSizing): string {
  const { configuredServers } = sizing.target;
  if (!Number.isFinite(configuredServers)) return 'the workload sets no limit';
  const servers = Number.isInteger(configuredServers) ? configuredServers : Number(figureText(configuredServers));
  return `the workload configures ${serversText(sizing.target, servers)}`;
}

/** The busy hour in words, UTC and local: "09:00-10:00 UTC (09:00 london; 14:30 bangalore)". */
function busyHourPhrase(utc: string, workload: Workload, kind: ResourceKind, resource: string): string {
  if (utc === '') return 'no whole clock hour (the window holds none)';
  const local = localTimesWords(utc, servedClocks(workload, kind, resource));
  return `${utc}-${hourAfter(utc)} UTC${local ? ` (${local})` : ''}`;
}

/** A blocking and the upper end of its interval, "0.79% (upper 95% bound 1.21%)"; only "0%" when both are 0. */
function blockingWithUpper(blocking: number, high: number, upper = 'upper 95% bound '): string {
  return blocking === 0 && high === 0 ? percentText(0) : `${percentText(blocking)} (${upper}${percentText(high)})`;
}

/** One sized resource in words. */
function sizingHeadline(output: SizeOutput, sizing: ResourceSizing): string {
  const { row, target, erlangBServers } = sizing;
  const period = output.over === 'busy-hour' ? 'in the busy hour' : 'over the window';
  const answer = serversText(target, row.servers);
  const offered = `${figureText(row.busy_hour_offered_erlangs)} erlangs`;
  return (
    `${row.resource}: ${answer} (${formatNumber(row.capacity)} ${unitsOf(target.kind)} in all); ${configuredText(sizing)}. ` +
    `Its busy hour is ${busyHourPhrase(row.busy_hour_utc, output.scenario.workload, target.kind, row.resource)}, with ${offered} offered. ` +
    `At ${formatNumber(row.servers)}, blocking ${period} is ${blockingWithUpper(row.blocking_probability, row.blocking_ci95_high)}; ` +
    `with ${oneDownWords(target.kind)}, ${percentText(row.blocking_one_server_down)}. ` +
    `Erlang B at the ${output.over === 'window' ? 'window\u2019s mean' : 'busy-hour'} load asks for ${formatNumber(erlangBServers)}.`
  );
}

/** The answer as a table, one row per sized resource; `words` names its count. */
function sizingTable(output: SizeOutput, words: ReturnType<typeof countWords>): Html {
  const period = output.over === 'busy-hour' ? 'busy-hour blocking' : 'window blocking';
  const rows = output.sizings.map(({ row, target }) => [
    row.resource,
    formatNumber(row.servers),
    `${formatNumber(row.capacity)} ${unitsOf(target.kind)}`,
    row.busy_hour_utc === '' ? '-' : `${row.busy_hour_utc}-${hourAfter(row.busy_hour_utc)}`,
    figureText(row.busy_hour_offered_erlangs),
    blockingWithUpper(row.blocking_probability, row.blocking_ci95_high, ''),
    percentText(row.blocking_one_server_down),
    percentText(row.erlang_b),
  ]);
  return table(['resource', words.noun, 'capacity', 'busy hour (UTC)', 'offered (erlangs)', `${period} (upper 95%)`, words.oneDown, 'Erlang B'], rows);
}

/**
 * report.html of `avsim size`: the warnings (if any), the inputs, the criterion, and per
 * resource the answer with blocking against servers.
 *
 * @param options - What the caller adds: the warnings to show. @default none
 */
export async function renderSizeReport(output: SizeOutput, options: ReportOptions = {}): Promise<RenderedReport> {
  const charts = new Charts();
  const figures: Html[] = [];
  for (const sizing of output.sizings) figures.push(await charts.figure(sizingChart(sizing, output.target)));
  const { scenario } = output;
  const words = countWords(output.sizings.map((s) => s.target.kind));
  const title = `avsim size: ${scenario.workload.name}`;
  const meta =
    `scenario ${scenario.name}; target: blocking's upper 95% bound at most ${percentText(output.target)} ${output.over === 'busy-hour' ? 'in the busy hour' : 'over the window'}` +
    `${output.redundancy === 'n+1' ? ', n+1' : ''}; seed ${output.seed}, ${output.replications} replications per candidate; ${windowText(scenario)}`;
  const body = html`${heading(title, meta, undefined, scenario.workload.description)}${warningsBox(options.warnings)}${inputsSection([scenario], output.replications)}<section class="sizing" id="sizing">
<h2>Fewest ${words.noun} meeting the target</h2>
${paragraphs([criterionText(output)])}${paragraphs(
    output.sizings.map((sizing) => sizingHeadline(output, sizing)),
    'headline',
  )}${sizingTable(output, words)}${figures}</section>
${footer(['sizing.csv'])}`;
  return charts.report(title, body);
}
