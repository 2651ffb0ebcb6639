/**
 * report.html of `avsim calibrate`: what was read (rows skipped, notes), then the fit
 * beside its data. Per location: users, clock, calls and the fitted rates, and the
 * observed hourly rates against the workload's; per kind: the holding-time fit with its
 * histogram and Q-Q plot; the conference sizes and participants, the federated share,
 * and the affinities that go into the workload. Every figure has its 95% interval and
 * the records behind it, as calibration.csv has them.
 */
import type { Calibration } from '../../calibrate/calibrate.js';
import type { HoldingFit } from '../../calibrate/holding-fit.js';
import type { Estimate } from '../../calibrate/rate-fit.js';
import { readWarnings } from '../../calibrate/read-warnings.js';
import { FIT_KINDS } from '../../calibrate/record-tables.js';
import type { LocationFit, WorkloadFit } from '../../calibrate/workload-fit.js';
import { formatUtcTime } from '../../calibrate/utc-time.js';
import { percentText } from '../figures.js';
import { holdingHistogram, holdingQq, kindWords, rateChart } from './calibrate-charts.js';
import { figureText } from './figure-text.js';
import { html, paragraphs, table } from './page.js';
import type { Cell, Html } from './page.js';
import { Charts } from './report.js';
import type { RenderedReport } from './report.js';

/** Rate charts drawn at most (one per location); the others are in calibration.csv. */
export const MAX_RATE_CHARTS = 12;

/** What the page shows besides the fit. */
export interface CalibrateReportInput {
  readonly calibration: Calibration;
  /** The fitted workload's name. */
  readonly name: string;
  /** Where the fitted workload was written (`--out`). */
  readonly workloadFile: string;
  /** The base workload's file, if one was given. */
  readonly baseFile?: string;
}

/** "0.123 [0.1, 0.15]"; "-" without an estimate. */
function withInterval(estimate: number, low: number, high: number): string {
  if (!Number.isFinite(estimate)) return '-';
  const interval = Number.isFinite(low) ? ` [${figureText(low)}, ${Number.isFinite(high) ? figureText(high) : 'inf'}]` : '';
  return `${figureText(estimate)}${interval}`;
}

const estimateText = (e: Estimate): string => withInterval(e.estimate, e.low, e.high);
const shareText = (share: number, low: number, high: number): string => (Number.isFinite(share) ? `${percentText(share)} [${percentText(low)}, ${percentText(high)}]` : '-');

/** The box of rows skipped and notes; nothing when there are none. */
function warningsBox(warnings: readonly string[]): Html {
  if (warnings.length === 0) return html``;
  return html`<section class="warnings" id="warnings" role="note">
<h2>Rows skipped and notes</h2>
<ul>
${warnings.map((w) => html`<li>${w}</li>\n`)}</ul>
</section>
`;
}

/** The rates the workload gives a location: its own with per-site traffic, else the global ones. */
function modelRates(fit: WorkloadFit, l: LocationFit): LocationFit['rates'] {
  return fit.perSite && l.kind === 'site' && l.rates.total > 0 ? l.rates : fit.global.rates;
}

function locationsTable(fit: WorkloadFit): Html {
  const rows = fit.locations.map((l): Cell[] => [
    l.name,
    `${figureText(l.users)} (${l.usersFrom === 'base' ? 'base' : 'distinct ids'})`,
    `${l.utcOffsetHours >= 0 ? '+' : ''}${l.utcOffsetHours} (${l.offsetFrom})`,
    figureText(l.rates.total),
    Number.isNaN(l.rates.busyHour) ? '-' : `${String(l.rates.busyHour).padStart(2, '0')}:00`,
    ...FIT_KINDS.map((k) => estimateText(l.rates.perUserPerHour[k])),
  ]);
  return table(['location', 'users', 'UTC offset', 'calls', 'busy hour (local)', ...FIT_KINDS.map((k) => `${kindWords(k)} per user, busy hour [95%]`)], rows);
}

function ratesSection(fit: WorkloadFit): Html {
  const h = fit.homogeneity;
  const verdict = fit.perSite
    ? `The sites' traffic differs (likelihood-ratio test of one model for all locations: G = ${figureText(h.statistic)} on ${figureText(h.df)} df, p = ${figureText(h.pValue)}): each site gets a traffic section of its own; the global traffic is ${fit.global.from === 'remote' ? "the remote users'" : "the sites' pooled"}.`
    : `One traffic model fits every location (likelihood-ratio test: G = ${figureText(h.statistic)} on ${figureText(h.df)} df, p = ${figureText(h.pValue)}): the global traffic carries everyone's pooled rates.`;
  return html`<h3>Locations and call rates</h3>
${paragraphs([
    'Rates are per user per hour: a nonhomogeneous Poisson process, one rate per local hour and kind, fitted by maximum likelihood (calls over user-hours observed), with the exact (Garwood) 95% interval. The workload shares one profile per location across kinds; its busy-hour rates below have an approximate interval, on the wide side.',
    verdict,
  ])}${locationsTable(fit)}`;
}

function holdingRow(kind: string, h: HoldingFit): Cell[] {
  if (h.count === 0) return [kindWords(kind), '0', '-', '-', '-', '-', '-'];
  return [
    kindWords(kind),
    figureText(h.count),
    `${h.family} (AIC by ${figureText(h.aicDifference)})`,
    withInterval(h.mean, h.meanLow, h.meanHigh),
    h.family === 'lognormal' ? withInterval(h.cv, h.cvLow, h.cvHigh) : '1',
    `${figureText(h.gof.statistic)} on ${figureText(h.gof.df)} df`,
    figureText(h.gof.pValue),
  ];
}

async function holdingSection(fit: WorkloadFit, charts: Charts): Promise<Html> {
  const figures: Html[] = [];
  for (const kind of FIT_KINDS) {
    const histogram = holdingHistogram(kind, fit.holding[kind]);
    const qq = holdingQq(kind, fit.holding[kind]);
    if (histogram !== undefined) figures.push(await charts.figure(histogram));
    if (qq !== undefined) figures.push(await charts.figure(qq));
  }
  const rows = FIT_KINDS.map((k) => holdingRow(k, fit.holding[k]));
  return html`<h3>Holding times</h3>
${paragraphs([
    'Per kind, the exponential and the lognormal are fitted by maximum likelihood and the one with the lower AIC is chosen; the chi-square test of the chosen family uses the log histogram, bins merged to at least 5 expected. With many records the test rejects any real distribution: read it with the histogram and the Q-Q plot.',
  ])}${table(['kind', 'records', 'family', 'mean (s) [95%]', 'cv [95%]', 'chi-square', 'p'], rows)}${figures}`;
}

function sharesSection(fit: WorkloadFit): Html {
  const sizes = fit.conferenceSizes.map((s): Cell[] => [String(s.size), shareText(s.share, s.low, s.high), figureText(s.successes)]);
  const p = fit.participants;
  const parts = (['remote', 'federated', 'anonymous'] as const).map((k): Cell[] => [k, shareText(p[k].share, p[k].low, p[k].high), `${figureText(p[k].successes)} of ${figureText(p[k].trials)}`]);
  const f = fit.federated;
  return html`<h3>Conferences</h3>
${fit.conferenceSizes.length === 0 ? paragraphs(['No conference in the records.'], 'note') : html`${paragraphs([`${figureText(fit.counts.conferences)} conferences of ${figureText(fit.counts.legs)} legs. Size: distinct participants, the organiser included (exact Clopper-Pearson intervals).`])}${table(['size', 'share [95%]', 'conferences'], sizes)}`}${p.remote.trials > 0 ? html`${paragraphs(['Invited participants (the organiser aside) by where they were:'])}${table(['participant', 'share [95%]', 'participants'], parts)}` : ''}<h3>Two-party calls</h3>
${paragraphs([
    `${figureText(fit.counts.twoParty)} two-party calls. Federated share of the calls of site users: ${shareText(f.share, f.low, f.high)} (${figureText(f.successes)} of ${figureText(f.trials)}).`,
  ])}`;
}

function affinitySection(fit: WorkloadFit): Html {
  const kept = fit.affinity.filter((a) => a.resolved);
  const rows = kept.map((a): Cell[] => [a.from, a.to, withInterval(a.weight, a.low, a.high), figureText(a.records), figureText(a.expected)]);
  return html`<h3>Who calls whom</h3>
${paragraphs([
    `Affinity weights are fitted under the callee rule "${fit.callees}" (the workload's traffic.callees); only the pairs whose 95% interval excludes 1 go into the workload: ${kept.length} of ${fit.affinity.length} pairs (calibration.csv has every pair).`,
  ])}${kept.length > 0 ? table(['from', 'to', 'weight [95%]', 'calls', 'calls expected without affinity'], rows, 2) : ''}`;
}

/**
 * report.html of `avsim calibrate`.
 *
 * @param input - The calibration and where its workload went.
 */
export async function renderCalibrateReport(input: CalibrateReportInput): Promise<RenderedReport> {
  const { calibration, name } = input;
  const fit = calibration.fit;
  const charts = new Charts();
  const rateFigures: Html[] = [];
  const charted = fit.locations.filter((l) => l.rates.total > 0).slice(0, MAX_RATE_CHARTS);
  for (const l of charted) rateFigures.push(await charts.figure(rateChart(l.name, l.rates, modelRates(fit, l))));
  const more = fit.locations.filter((l) => l.rates.total > 0).length - charted.length;
  const holding = await holdingSection(fit, charts);
  const title = `avsim calibrate: ${name}`;
  const read = calibration.read;
  const meta =
    `${figureText(fit.counts.records)} records of ${calibration.source}, starts from ${formatUtcTime(fit.window.first)} to ${formatUtcTime(fit.window.last)} (${figureText(fit.window.hours)} hours)` +
    `${read.skipped > 0 ? `; ${figureText(read.skipped)} malformed rows skipped` : ''}${input.baseFile === undefined ? '; no base workload' : `; base workload ${input.baseFile}`}`;
  const body = html`<header>
<h1>${title}</h1>
<p class="meta">${meta}</p>
${paragraphs([html`The fitted workload is <code>${input.workloadFile}</code>, a copy beside this page as <a href="fitted.yaml">fitted.yaml</a>: it validates and runs as it is. Every fitted value carries its 95% interval and record count there; assumptions are labelled.`])}</header>
${warningsBox([...readWarnings(calibration), ...fit.notes])}<section class="calibration" id="calibration">
<h2>Fitted traffic</h2>
${ratesSection(fit)}${rateFigures}${more > 0 ? paragraphs([`${more} more locations: their hourly rates are in calibration.csv.`], 'note') : ''}${holding}${sharesSection(fit)}${affinitySection(fit)}</section>
<footer>
<p>Every fitted parameter, its estimate, 95% interval, record count and method, is in <a href="calibration.csv">calibration.csv</a> beside this file (docs/calibrate.md says how each is estimated).
Charts drawn to static SVG at report time (Vega-Lite, Vega); the page runs no script and fetches nothing.</p>
</footer>
`;
  return charts.report(title, body);
}
