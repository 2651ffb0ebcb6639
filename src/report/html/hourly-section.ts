/**
 * A scenario's blocking by clock hour: a chart for every resource that blocked a
 * request, with the hours above the grade of service listed under it; the resources
 * that carried load but never blocked, and those that carried none, each named once in
 * a sentence instead of a chart of zeros.
 */
import type { HourRow, SummaryRow } from '../../results/types.js';
import { percentText } from '../figures.js';
import { GRADE_OF_SERVICE, hourlyChart } from './hourly-chart.js';
import { clockSeconds } from './local-time.js';
import { clockText } from './time-of-day.js';
import type { ReportRun } from './load-series.js';
import { html, paragraphs } from './page.js';
import type { Html } from './page.js';
import type { Charts } from './report.js';
import { startSeconds } from '../../workload/time-text.js';

/** True when the resource had requests, or units in use, in the window. */
export function carriesLoad(row: SummaryRow): boolean {
  return row.offered > 0 || row.peak_concurrency > 0;
}

/** Where an hour slot ends, "HH:MM" UTC (a partial first or last hour ends early). */
function hourEnd(row: HourRow): string {
  return clockText((clockSeconds(row.hour_utc) + row.seconds) % 86_400);
}

/** The selected hour slots of a resource's window (all its slots, in order) as UTC spans of consecutive slots: "09:00-12:00, 14:00-15:00". */
export function hourSpans(hours: readonly HourRow[], selected: (row: HourRow) => boolean): string {
  const spans: { start: string; end: string }[] = [];
  let previous = false;
  for (const row of hours) {
    const chosen = selected(row);
    const last = spans[spans.length - 1];
    if (chosen && previous && last) last.end = hourEnd(row);
    else if (chosen) spans.push({ start: row.hour_utc, end: hourEnd(row) });
    previous = chosen;
  }
  return spans.map((span) => `${span.start}-${span.end}`).join(', ');
}

/** The hours of one resource above the grade of service, in one sentence. */
export function overGradeText(resource: string, hours: readonly HourRow[]): string {
  const above = (row: HourRow): boolean => row.blocking > GRADE_OF_SERVICE;
  const over = hours.filter(above);
  const measured = hours.filter((row) => Number.isFinite(row.blocking)).length;
  if (over.length === 0) return `${resource} blocks at most ${percentText(GRADE_OF_SERVICE)} of the requests in every clock hour.`;
  return `${resource} blocks more than ${percentText(GRADE_OF_SERVICE)} of the requests in ${over.length} of ${measured} clock hours: ${hourSpans(hours, above)} UTC.`;
}

/** Names, comma-separated. */
function names(rows: readonly SummaryRow[]): string {
  return rows.map((row) => row.resource).join(', ');
}

/** The blocking-by-hour part of scenario `s`. */
export async function hourlySection(run: ReportRun, s: number, charts: Charts): Promise<Html> {
  const scenario = run.scenarios[s]!;
  const { simulation } = scenario.workload;
  const rows = run.summary.summary.filter((row) => row.scenario === scenario.name);
  const hourly = run.summary.hourly.filter((row) => row.scenario === scenario.name);
  const blocking = rows.filter((row) => row.blocked > 0);
  const figures: Html[] = [];
  for (const row of blocking) {
    const hours = hourly.filter((hour) => hour.resource === row.resource);
    const series = { resource: row.resource, kind: row.kind, capacity: row.capacity, windowStart: startSeconds(simulation.start), hours };
    figures.push(await charts.figure(hourlyChart(series, simulation.duration)), paragraphs([overGradeText(row.resource, hours)], 'note'));
  }
  const quiet = rows.filter((row) => carriesLoad(row) && !(row.blocked > 0));
  const idle = rows.filter((row) => !carriesLoad(row));
  const lines = [
    ...(quiet.length > 0 ? [`Never blocked a request, in any hour: ${names(quiet)}.`] : []),
    ...(idle.length > 0 ? [`Carried no load: ${names(idle)}.`] : []),
  ];
  return html`${figures}${lines.length > 0 ? paragraphs(lines, 'note') : ''}`;
}
