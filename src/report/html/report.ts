/**
 * report.html, the page every `avsim run`, `compare` and `size` writes beside its CSVs:
 * what the three reports share (the page's frame, how charts become figures, how the
 * measured window is described). The page is returned, not written: the CLI writes it
 * in the same atomic batch as the CSVs (see {@link reportFile}), so a failed render or
 * an interrupted run writes nothing.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Scenario } from '../../analysis/run.js';
import type { OutputFile } from '../atomic-write.js';
import { formatNumber } from '../number-format.js';
import type { ReportRun } from './load-series.js';
import { figure, html, page, paragraphs } from './page.js';
import type { Html } from './page.js';
import { renderSvg } from './render.js';
import { explainRules, prose } from './rule-words.js';
import { startSeconds } from '../../workload/time-text.js';
import { clockText } from './time-of-day.js';

/** The report's file name, beside the CSVs. */
export const REPORT_FILE = 'report.html';

/** A rendered report. */
export interface RenderedReport {
  /** The whole page. */
  readonly html: string;
  /** Charts drawn. */
  readonly charts: number;
  /** What Vega-Lite and Vega warned about (empty when all is well). */
  readonly warnings: readonly string[];
}

/** What a caller may add to a report (every render function takes it). */
export interface ReportOptions {
  /**
   * Setups that are valid but cannot work as meant (the CLI passes `workloadWarnings`
   * and `overloadWarnings`), shown in a box near the top. Plain text: escaped, with the
   * rule IDs it cites in parentheses explained.
   * @default none: no box
   */
  readonly warnings?: readonly string[];
}

/** The report as one of the files of a result set (result-set.ts). */
export function reportFile(report: RenderedReport): OutputFile {
  return { name: REPORT_FILE, data: report.html };
}

/** Renders a report's charts as figures, keeping their count and warnings; then makes the page. */
export class Charts {
  count = 0;
  readonly warnings: string[] = [];

  /** The chart of `spec` as a figure. */
  async figure(spec: TopLevelSpec): Promise<Html> {
    const chart = await renderSvg(spec);
    this.count++;
    this.warnings.push(...chart.warnings);
    const title = typeof spec.title === 'object' && !Array.isArray(spec.title) ? String(spec.title.text) : 'chart';
    return figure(chart.svg, title);
  }

  /** The whole page, with the charts drawn so far; the first mention of each rule ID spelled out. */
  report(title: string, body: Html): RenderedReport {
    return { html: page(title, explainRules(body)), charts: this.count, warnings: this.warnings };
  }
}

/** A duration in words: "24 h", "90 min", "45 s". */
export function durationText(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${formatNumber(seconds)} s`;
}

/** How the measured window sits in the day. */
export function windowText(scenario: Scenario): string {
  const { simulation } = scenario.workload;
  const start = startSeconds(simulation.start);
  return (
    `measured window from ${clockText(start)} to ${clockText(start + simulation.duration)} UTC (${durationText(simulation.duration)}, ` +
    `${durationText(simulation.interval)} buckets; ${durationText(simulation.warmup)} of warm-up simulated and discarded)`
  );
}

/** The report's opening: title, how it was made, the workload's description, contents. */
export function heading(title: string, meta: string, run: ReportRun | undefined, description: string): Html {
  const contents =
    run && run.scenarios.length > 1
      ? html`<nav><ul><li><a href="#inputs">Inputs</a></li>${run.scenarios.map((scenario, s) => html`<li><a href="#scenario-${s}">${scenario.name}</a></li>`)}</ul></nav>\n`
      : '';
  return html`<header>
<h1>${title}</h1>
<p class="meta">${meta}</p>
${description ? paragraphs([prose(description)]) : ''}${contents}</header>
`;
}

/**
 * The warnings box: "Setups that cannot work as meant"; nothing when there is no
 * warning. A warning given twice (scenarios sharing a setup) is shown once.
 */
export function warningsBox(warnings: readonly string[] | undefined): Html {
  if (warnings === undefined || warnings.length === 0) return html``;
  return html`<section class="warnings" id="warnings" role="note">
<h2>Setups that cannot work as meant</h2>
<ul>
${[...new Set(warnings)].map((warning) => html`<li>${prose(warning)}</li>\n`)}</ul>
</section>
`;
}

/** The closing note: where the figures come from and how the charts were drawn. */
export function footer(files: readonly string[]): Html {
  const links = files.map((file, i) => html`${i === 0 ? '' : ', '}<a href="${file}">${file}</a>`);
  return html`<footer>
<p>Figures as in ${links} beside this file. Counts are means per replication over the measured window; intervals are Student-t 95% intervals across replications.
Charts drawn to static SVG at report time (Vega-Lite, Vega); the page runs no script and fetches nothing.</p>
</footer>
`;
}
