/**
 * report.html of `avsim fit`: where the workload and the deployment disagree. First the
 * verdict: how many tests fit.csv holds, how many fall below 5% alone and after Holm's
 * adjustment, and each disagreement in words (a pair whose paths differ, a pair whose
 * calls the simulation cannot connect, a busy hour heavier or lighter than simulated).
 * Then the paths by location pair, records against simulation, and the load on each
 * A/V Edge and MCU by clock hour.
 */
import type { PathComparison } from '../../calibrate/fit-comparison.js';
import { RECORD_PATHS } from '../../calibrate/media-record.js';
import type { ModelFit } from '../../calibrate/model-fit.js';
import { readWarnings } from '../../calibrate/read-warnings.js';
import { percentText } from '../figures.js';
import { loadFitChart, pairText, pathPairsChart, pText } from './fit-charts.js';
import { figureText } from './figure-text.js';
import { html, paragraphs, table } from './page.js';
import type { Cell, Html } from './page.js';
import { Charts, windowText } from './report.js';
import type { RenderedReport } from './report.js';

/** Pairs drawn at most in the paths chart (those that disagree first); fit.csv has them all. */
export const MAX_CHART_PAIRS = 24;
/** Rows of the pairs table at most. */
export const MAX_TABLE_PAIRS = 200;

const sum = (counts: readonly number[]): number => counts.reduce((a, b) => a + b, 0);

/** Shares by media path in words: "0% p2p, 100% edge-udp" (paths with calls only). */
function sharesWords(counts: readonly number[]): string {
  const total = sum(counts);
  if (!(total > 0)) return 'no call';
  return RECORD_PATHS.map((path, p) => (counts[p]! > 0 ? `${percentText(counts[p]! / total)} ${path}` : '')).filter((t) => t !== '').join(', ');
}

/** The Holm-adjusted p-value of a pair's test, from the fit's rows. */
function holmOf(fit: ModelFit, c: PathComparison): number {
  return fit.rows.find((r) => r.check === 'path_homogeneity' && r.caller_location === c.callerLocation && r.callee_location === c.calleeLocation)?.p_value_holm ?? Number.NaN;
}

/** The disagreements, each in words. */
export function disagreements(fit: ModelFit): string[] {
  const level = fit.tests.level;
  const out: string[] = [];
  for (const c of fit.paths) {
    if (c.method === 'no-simulated-media') {
      const failed = Object.entries(c.simulatedWithoutMedia).map(([path, n]) => `${figureText(n)} ${path}`).join(', ');
      out.push(`${pairText(c)}: the records show ${figureText(sum(c.observed))} calls with media (${sharesWords(c.observed)}); the simulation gave none of its calls a media path (${failed}).`);
      continue;
    }
    if (!(holmOf(fit, c) < level)) continue;
    out.push(
      `${pairText(c)}: the records take ${sharesWords(c.observed)} of ${figureText(sum(c.observed))} calls; the simulation ${sharesWords(c.simulated)} of ${figureText(sum(c.simulated))} ` +
        `(chi-square ${figureText(c.statistic)} on ${figureText(c.df)} df, ${pText(c.pValue)}).`,
    );
  }
  for (const b of fit.busyHour) {
    const holm = fit.rows.find((r) => r.check === 'busy_hour_erlangs' && r.resource === b.resource)?.p_value_holm ?? Number.NaN;
    if (!(holm < level) || b.observed === undefined || b.simulated === undefined) continue;
    out.push(
      `${b.resource} at ${String(b.simulated.utcHour ?? b.observed.utcHour).padStart(2, '0')}:00 UTC: the records offer ${figureText(b.observed.mean)} erlangs, ` +
        `the simulation ${figureText(b.simulated.mean)} [${figureText(b.simulated.low)}, ${figureText(b.simulated.high)}] (${b.method} test, ${pText(b.pValue)}).`,
    );
  }
  return out;
}

function verdict(fit: ModelFit): Html {
  const t = fit.tests;
  const found = disagreements(fit);
  const counts =
    `fit.csv holds ${t.tests} tests (each location pair's paths, all pairs together, each resource's busy hour): ${t.below} with p below ${percentText(t.level)}, ` +
    `${t.holm} after Holm's adjustment for ${t.tests} tests (family-wise ${percentText(t.level)}). When the workload is right, about one test in twenty falls below 5% by chance; after the adjustment, one run in twenty shows any.`;
  const lines = found.length === 0 ? ['No disagreement beyond chance: the simulation reproduces the records\' paths and busy-hour loads.'] : ['Where the workload and the deployment disagree:'];
  return html`${paragraphs([counts])}<div class="headline">
${paragraphs(lines)}${found.length > 0 ? html`<ul>\n${found.map((f) => html`<li>${f}</li>\n`)}</ul>\n` : ''}</div>
`;
}

/** Pairs in the order the chart draws them: disagreements first, then by calls. */
function chartPairs(fit: ModelFit): PathComparison[] {
  const rank = (c: PathComparison): number => (c.method === 'no-simulated-media' ? -1 : Number.isFinite(c.pValue) ? c.pValue : 2);
  const pairs = fit.paths.filter((c) => c.callerLocation !== '*');
  const overall = fit.paths.filter((c) => c.callerLocation === '*');
  pairs.sort((a, b) => rank(a) - rank(b) || sum(b.observed) - sum(a.observed));
  return [...overall, ...pairs.slice(0, MAX_CHART_PAIRS)];
}

/** "0.0123 (Holm 0.0492)"; "-" without a test. */
function pWithHolm(p: number, holm: number): string {
  if (!Number.isFinite(p)) return '-';
  const text = (x: number): string => (x < 1e-4 ? '< 0.0001' : figureText(x));
  return Number.isFinite(holm) ? `${text(p)} (${text(holm)})` : text(p);
}

function pairsTable(fit: ModelFit): Html {
  const shown = fit.paths.slice(0, MAX_TABLE_PAIRS);
  const failing = shown.some((c) => sum(Object.values(c.simulatedWithoutMedia)) > 0);
  const rows = shown.map((c): Cell[] => {
    const failed = sum(Object.values(c.simulatedWithoutMedia));
    return [
      pairText(c),
      figureText(sum(c.observed)),
      sharesWords(c.observed),
      figureText(sum(c.simulated)),
      sharesWords(c.simulated),
      ...(failing ? [failed > 0 ? percentText(failed / (failed + sum(c.simulated))) : '-'] : []),
      c.method === 'chi-square' ? `${figureText(c.statistic)} on ${figureText(c.df)} df` : c.method === 'no-simulated-media' ? 'no simulated media' : '-',
      pWithHolm(c.pValue, holmOf(fit, c)),
    ];
  });
  const more = fit.paths.length - shown.length;
  const header = ['pair', 'records', 'records by path', 'simulated calls', 'simulated by path', ...(failing ? ['simulated without media'] : []), 'chi-square', 'p (Holm)'];
  const note = failing ? '' : paragraphs(['Every simulated call got a media path: none failed or was blocked.'], 'note');
  return html`${table(header, rows, 1, [0, 2, 4])}${note}${more > 0 ? paragraphs([`${more} more pairs in fit.csv.`], 'note') : ''}`;
}

async function pathsSection(fit: ModelFit, charts: Charts): Promise<Html> {
  const reps = fit.run.replications;
  return html`<h2 id="paths">Media paths by location pair</h2>
${paragraphs([
    `Two-party calls only (every conference leg is on the MCU; its load is compared below). A call with a federated or anonymous caller counts under its internal party first, as the model places it (R12). The simulation's calls are summed over its ${reps} replications; each pair's chi-square test of homogeneity compares the two path distributions over the paths either side used (none when both used one path only).`,
    'A pair that differs is where a firewall rule, a port range or an Edge certificate is not what the workload says: the paths are observed, their causes are not.',
  ])}${await charts.figure(pathPairsChart(chartPairs(fit)))}${pairsTable(fit)}`;
}

async function loadSection(fit: ModelFit, charts: Charts): Promise<Html> {
  const resources = [...new Set([...fit.observedLoad.map((o) => o.resource), ...fit.simulatedLoad.map((s) => s.resource)])].sort();
  const figures: Html[] = [];
  for (const resource of resources) {
    const b = fit.busyHour.find((x) => x.resource === resource);
    const hour = b?.simulated?.utcHour ?? b?.observed?.utcHour;
    figures.push(await charts.figure(loadFitChart(resource, fit.observedLoad.find((o) => o.resource === resource), fit.simulatedLoad.find((s) => s.resource === resource), hour)));
  }
  const rows = fit.busyHour.map((b): Cell[] => [
    b.resource,
    b.simulated?.utcHour === undefined ? '-' : `${String(b.simulated.utcHour).padStart(2, '0')}:00`,
    b.observed === undefined ? '-' : `${figureText(b.observed.mean)}${Number.isFinite(b.observed.low) ? ` [${figureText(b.observed.low)}, ${figureText(b.observed.high)}]` : ''} (${b.observed.days} day${b.observed.days === 1 ? '' : 's'})`,
    b.simulated === undefined ? '-' : `${figureText(b.simulated.mean)}${Number.isFinite(b.simulated.low) ? ` [${figureText(b.simulated.low)}, ${figureText(b.simulated.high)}]` : ''}`,
    Number.isNaN(b.observedBusyHour) ? '-' : `${String(b.observedBusyHour).padStart(2, '0')}:00`,
    b.method === 'none' ? '-' : `${b.method}: t ${figureText(b.statistic)} on ${figureText(b.df)} df`,
    Number.isFinite(b.pValue) ? figureText(b.pValue) : '-',
  ]);
  return html`<h2 id="load">Load on the A/V Edges and MCUs</h2>
${paragraphs([
    'Offered erlangs by UTC clock hour, as the simulator measures them: the requests arriving in the hour times their holding time, over 3600 s (records being calls that were carried, they match while nothing is blocked). Each record holds its resources by the workload\'s topology: a relayed call one session on its Edge, a conference leg one MCU leg and, for an outside participant, one Edge session (R1, R14).',
    'The hour compared is the simulation\'s busy hour (chosen on the simulation, so that the records\' figure is not picked for its noise). With two days or more of records, Welch\'s test of the two means; with one day, the day is taken as one more draw of what a replication measures (a prediction test on the replications\' spread).',
  ])}${figures}${rows.length > 0 ? table(['resource', 'busy hour (UTC)', 'records (erlangs)', 'simulated [95%]', "records' own busy hour", 'test', 'p'], rows) : paragraphs(['No A/V Edge or MCU carried load on either side.'], 'note')}`;
}

/** The box of rows skipped and notes; nothing when there are none. */
function warningsBox(lines: readonly string[]): Html {
  if (lines.length === 0) return html``;
  return html`<section class="warnings" id="warnings" role="note">
<h2>Rows skipped and notes</h2>
<ul>
${lines.map((w) => html`<li>${w}</li>\n`)}</ul>
</section>
`;
}

/**
 * report.html of `avsim fit`.
 *
 * @param fit - From calibrate/model-fit.ts (`fitModel`, or `compareWithRecords` with its records and run).
 */
export async function renderFitReport(fit: ModelFit): Promise<RenderedReport> {
  const charts = new Charts();
  const paths = await pathsSection(fit, charts);
  const load = await loadSection(fit, charts);
  const workload = fit.scenario.workload;
  const title = `avsim fit: ${workload.name}`;
  const meta =
    `scenario ${fit.scenario.name} against ${figureText(fit.records.tables.records)} records of ${fit.records.source}` +
    `${fit.records.read.skipped > 0 ? ` (${figureText(fit.records.read.skipped)} malformed rows skipped)` : ''}; ` +
    `simulated ${fit.run.replications} replications, seed ${fit.run.seed}; ${windowText(fit.scenario)}`;
  const body = html`<header>
<h1>${title}</h1>
<p class="meta">${meta}</p>
</header>
${warningsBox([...readWarnings(fit.records), ...fit.notes])}<section class="fit" id="verdict">
<h2>Verdict</h2>
${verdict(fit)}</section>
${paths}${load}<footer>
<p>Every comparison, its test and its Holm-adjusted p-value, is in <a href="fit.csv">fit.csv</a> beside this file (docs/calibrate.md gives the columns).
Charts drawn to static SVG at report time (Vega-Lite, Vega); the page runs no script and fetches nothing.</p>
</footer>
`;
  return charts.report(title, body);
}
