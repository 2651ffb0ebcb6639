/**
 * report.html of `avsim whatif`: the warnings and the inputs, the baseline's figures the
 * changes are measured against (its Edges' busy hours, on UTC and on the served sites'
 * clocks), then the top N candidates ranked, as a chart and a table, with what each
 * interval resolves said in words.
 */
import type { CandidateOutcome, WhatifOutput } from '../../whatif/whatif.js';
import { percentText } from '../figures.js';
import { changesNothing, deltaWithInterval, effectWord, resolvedWords, sameFigures } from '../whatif.js';
import { figureText } from './figure-text.js';
import { inputsSection } from './inputs.js';
import { hourAfter, localTimesWords, servedClocks } from './local-time.js';
import { html, paragraphs, table } from './page.js';
import type { Html } from './page.js';
import { Charts, footer, heading, warningsBox, windowText } from './report.js';
import type { RenderedReport, ReportOptions } from './report.js';
import { prose } from './rule-words.js';
import { whatifChart } from './whatif-chart.js';

/** The baseline in words: what every change is measured against. */
function baselineLines(output: WhatifOutput): string[] {
  const { baselineFigures: b, baseline } = output;
  const hours = output.busyHours.map((h) => {
    if (h.utc === '') return `${h.resource}: no busy hour (its mean over the window counts)`;
    const local = localTimesWords(h.utc, servedClocks(baseline.workload, 'edge', h.resource));
    return `${h.resource} ${h.utc}-${hourAfter(h.utc)} UTC${local ? ` (${local})` : ''}`;
  });
  const edges = output.busyHours.length === 0 ? 'The workload deploys no A/V Edge: the ranking measure is 0 for every candidate.' : `Busy hours of the baseline, where every candidate is measured: ${hours.join('; ')}.`;
  return [
    edges,
    `The baseline carries ${figureText(b.edgeSessions.mean)} concurrent Edge sessions in those hours (summed over the Edges); ` +
      `${output.bottleneck === undefined ? 'no Edge blocks' : `${output.bottleneck}, the Edge that blocks most, refuses ${percentText(b.edgeBlocking.ratio)} of its busy-hour requests`}; ` +
      `${percentText(b.failedShare.ratio)} of calls fail or are blocked, and ${percentText(b.noQosShare.ratio)} of media minutes cross the Edge without QoS (R11).`,
  ];
}

/** The best candidates and the ones that change nothing, in words. */
function rankingLines(output: WhatifOutput): string[] {
  const shown = output.outcomes.slice(0, output.top);
  const lines: string[] = [];
  const best = shown.filter((o) => effectWord(o) === 'lower').slice(0, 3);
  for (const o of best) {
    lines.push(
      `${o.rank}. ${o.candidate.name}: ${figureText(-o.edge.delta)} fewer Edge sessions in the busy hour (95% interval ${figureText(-o.edge.high)} to ${figureText(-o.edge.low)}), ` +
        `${o.rankResolved ? 'its place in the ranking resolved' : 'its place tied with a neighbour'}: ${o.candidate.description}.`,
    );
  }
  const nothing = shown.filter(changesNothing).map((o) => o.candidate.name);
  if (nothing.length > 0) lines.push(`No change in any measure, in any replication (the same calls on the same paths, the same load): ${nothing.join(', ')}.`);
  const moved = shown.filter((o) => sameFigures(o) && !changesNothing(o)).map((o) => `${o.candidate.name} (${percentText(o.pathShift)} of calls)`);
  if (moved.length > 0) lines.push(`The same figures in every replication, but calls on other media paths (as when relays move from TCP 443 to UDP 3478 in the same sessions, R4): ${moved.join(', ')}.`);
  const sameEdge = shown.filter((o) => effectWord(o) === 'none' && !sameFigures(o)).map((o) => o.candidate.name);
  if (sameEdge.length > 0) lines.push(`The same Edge load in every replication, other measures changed (see the table): ${sameEdge.join(', ')}.`);
  const unresolved = shown.filter((o) => effectWord(o) === 'unresolved').map((o) => o.candidate.name);
  if (unresolved.length > 0) lines.push(`Not resolved from zero (the 95% interval holds 0; more replications, or --precision, may tell): ${unresolved.join(', ')}.`);
  return lines;
}

/** A share's change in percentage points, signed, without its interval (the CSV has it). */
function pointsOnly(d: CandidateOutcome['failed']): string {
  if (!Number.isFinite(d.delta)) return '-';
  const text = figureText(d.delta * 100);
  return d.delta > 0 && text !== '0' ? `+${text}` : text;
}

/**
 * The ranked table: the Edge change with its interval, the other changes as figures
 * (their intervals are in whatif.csv), and whether each resolves.
 */
function rankingTable(output: WhatifOutput): Html {
  const rows = output.outcomes.slice(0, output.top).map((o) => [
    String(o.rank),
    o.candidate.name,
    deltaWithInterval(o.edge, (v) => {
      const text = figureText(v);
      return v > 0 && text !== '0' ? `+${text}` : text;
    }),
    pointsOnly(o.blocking),
    pointsOnly(o.failed),
    pointsOnly(o.noQos),
    percentText(o.pathShift),
    String(o.replications),
    resolvedWords(o),
  ]);
  const blocking = output.bottleneck === undefined ? 'Edge blocking' : `${output.bottleneck.replace(/^edge:/, '')} blocking`;
  return table(['rank', 'candidate', 'Edge sessions, busy hour [95%]', `${blocking}, pp`, 'failed calls, pp', 'no QoS, pp', 'calls on another path', 'reps', 'resolved'], rows, 2);
}

/** What each candidate shown changes, in rank order. */
function changesList(output: WhatifOutput): Html {
  const items = output.outcomes.slice(0, output.top).map((o) => html`<li><b>${o.candidate.name}</b> (${o.candidate.kind}): ${o.candidate.description === '' ? 'no description' : prose(o.candidate.description)}</li>\n`);
  return html`<h3>What each candidate changes</h3>\n<ol class="inputs">\n${items}</ol>\n`;
}

/**
 * report.html of `avsim whatif`.
 *
 * @param options - What the caller adds: the warnings to show. @default none
 */
export async function renderWhatifReport(output: WhatifOutput, options: ReportOptions = {}): Promise<RenderedReport> {
  const charts = new Charts();
  const { baseline } = output;
  const title = `avsim whatif: ${baseline.workload.name}`;
  const first = output.precision === undefined ? `${output.replications} replications per candidate` : `${output.replications} replications per candidate to start, more where the ranking needed them (--precision ${output.precision.precision})`;
  const meta = `scenario ${baseline.name}; ${output.outcomes.length} candidate changes on common random numbers (seed ${output.seed}, ${first}); ${windowText(baseline)}`;
  const shown = output.outcomes.slice(0, output.top);
  const ranked =
    shown.length === 0
      ? paragraphs(['No candidate change: the workload has nothing the kinds asked for would change.'], 'note')
      : html`${paragraphs(rankingLines(output), 'headline')}${await charts.figure(whatifChart(shown))}${rankingTable(output)}${changesList(output)}`;
  const cut = output.top < output.outcomes.length ? paragraphs([`The top ${output.top} of ${output.outcomes.length} candidates; whatif.csv has them all.`], 'note') : '';
  const notes = output.notes.length === 0 ? '' : paragraphs(output.notes.map((n) => prose(n)), 'note');
  const body = html`${heading(title, meta, undefined, baseline.workload.description)}${warningsBox(options.warnings)}${inputsSection([baseline], output.replications)}<section class="whatif" id="whatif">
<h2>Candidate changes, ranked</h2>
${paragraphs(baselineLines(output).map((line) => prose(line)))}${ranked}${cut}${notes}</section>
${footer(['whatif.csv'])}`;
  return charts.report(title, body);
}
