/**
 * Blocking by clock hour for one resource, as a Vega-Lite spec (plain data) built from
 * `RunSummary.hourly`: two panels on one time-of-day axis. Above, the erlangs offered
 * in each clock hour (UTC) against the capacity; below, the share of that hour's
 * requests blocked, with its 95% interval, hours above the grade of service (1%) in red
 * and the grade of service as a dashed rule. The busy hour is shaded in both panels.
 */
import type { HourRow, ResourceKind } from '../../results/types.js';
import { percentText } from '../figures.js';
import { CHART_CONFIG, COLOURS, PAGE_WIDTH, unitsOf } from './chart-style.js';
import type { Layer } from './chart-style.js';
import { hourAfter } from './local-time.js';
import { chartInstant, crossesDays, tickInstants } from './time-of-day.js';
import type { TopLevelSpec } from 'vega-lite';

/** The grade of service the chart marks: blocking above it in an hour is shown in red. */
export const GRADE_OF_SERVICE = 0.01;

/** One resource's hours. */
export interface HourlySeries {
  readonly resource: string;
  readonly kind: ResourceKind;
  /** Units; `Infinity` when unlimited (no rule is drawn). */
  readonly capacity: number;
  /** Seconds after midnight UTC at which the measured window opens. */
  readonly windowStart: number;
  /** The resource's clock hours in order (summary.hourly rows). */
  readonly hours: readonly HourRow[];
}

/** Width of the y axes (labels and title), fixed so that the two panels line up. */
const AXIS_EXTENT = 44;
/** What Vega adds beside the plot: both paddings, the y axis, its title and their gaps. */
const AXIS_ROOM = 2 * 8 + AXIS_EXTENT + 18;
/** The plotting area's width: the chart's whole width is then {@link PAGE_WIDTH} (a test renders it). */
const HOURLY_PLOT_WIDTH = PAGE_WIDTH - AXIS_ROOM;
const OFFERED_HEIGHT = 120;
const BLOCKING_HEIGHT = 100;
/** Share of an hour left blank on each side of its bar (a bar spans x to x2, and 0 to y). */
const GAP = 0.06;

/** The chart's rows: each hour's span on the time axis (bars inset by {@link GAP}) and figures. */
function hourlyValues(series: HourlySeries): Record<string, number | string | boolean | null>[] {
  let offset = 0;
  return series.hours.map((row) => {
    const start = offset;
    offset += row.seconds;
    const blocking = Number.isFinite(row.blocking) ? row.blocking : null;
    const interval = blocking !== null && Number.isFinite(row.blocking_ci95_low) && Number.isFinite(row.blocking_ci95_high);
    return {
      hour: row.hour_utc,
      start: chartInstant(series.windowStart, start + GAP * row.seconds),
      end: chartInstant(series.windowStart, offset - GAP * row.seconds),
      mid: chartInstant(series.windowStart, start + row.seconds / 2),
      erlangs: row.offered_erlangs,
      blocking,
      low: interval ? Math.max(0, row.blocking_ci95_low) : null,
      high: interval ? row.blocking_ci95_high : null,
      over: blocking !== null && blocking > GRADE_OF_SERVICE,
      busy: row.busy,
    };
  });
}

/** The busy hour's span on the time axis (a shaded band); none when there is no busy hour. */
function busyBand(series: HourlySeries): { start: number; end: number }[] {
  let offset = 0;
  for (const row of series.hours) {
    if (row.busy) return [{ start: chartInstant(series.windowStart, offset), end: chartInstant(series.windowStart, offset + row.seconds) }];
    offset += row.seconds;
  }
  return [];
}

/** The subtitle: what each mark is. Short lines (the chart is cut at the page's width). */
function subtitle(series: HourlySeries): string[] {
  const busy = series.hours.find((row) => row.busy);
  const capacity = Number.isFinite(series.capacity) ? `red rule: capacity ${series.capacity} ${unitsOf(series.kind)}` : 'capacity unlimited';
  return [
    `above: erlangs offered per clock hour (UTC); ${capacity}`,
    `below: share of the hour's requests blocked, red above ${percentText(GRADE_OF_SERVICE)}; whiskers: 95% interval`,
    busy ? `shaded: the busy hour, ${busy.hour_utc}-${hourAfter(busy.hour_utc)} UTC` : 'no whole clock hour in the window: no busy hour',
  ];
}

/** The offered erlangs and blocking per clock hour of one resource. */
export function hourlyChart(series: HourlySeries, windowSeconds: number): TopLevelSpec {
  const open = chartInstant(series.windowStart, 0);
  const close = chartInstant(series.windowStart, windowSeconds);
  // domainMin and domainMax, not domain: with an x2 channel Vega-Lite reads a domain of
  // numbers twice (as datetimes and as numbers) and warns of a conflict.
  const scale = { type: 'utc' as const, domainMin: open, domainMax: close, nice: false };
  const ticks = tickInstants(series.windowStart, windowSeconds);
  const format = crossesDays(series.windowStart, windowSeconds) ? '%H:%M (day %-d)' : '%H:%M';
  const hidden = { title: null, labels: false, ticks: false, values: ticks };
  const shown = { title: 'clock hour (UTC)', format, values: ticks, labelOverlap: true };
  const axisY = { minExtent: AXIS_EXTENT, maxExtent: AXIS_EXTENT };
  // Every layer of a panel states the same x scale and axis (Vega-Lite warns of
  // conflicting domains otherwise).
  const xAbove = { type: 'temporal' as const, scale, axis: hidden };
  const xBelow = { type: 'temporal' as const, scale, axis: shown };
  const band = busyBand(series);
  const shade = (x: typeof xAbove | typeof xBelow): Layer => ({
    data: { values: band },
    mark: { type: 'rect', color: COLOURS.band, opacity: 0.45 },
    encoding: { x: { field: 'start', ...x }, x2: { field: 'end' }, y: { value: 0 }, y2: { value: 'height' } },
  });
  const offeredY = { field: 'erlangs', type: 'quantitative' as const, title: 'offered (erlangs)', axis: axisY };
  const offered: Layer[] = [
    ...(band.length > 0 ? [shade(xAbove)] : []),
    {
      mark: { type: 'bar', color: COLOURS.mean },
      encoding: { x: { field: 'start', ...xAbove }, x2: { field: 'end' }, y: offeredY, y2: { datum: 0 } },
    },
  ];
  if (Number.isFinite(series.capacity)) {
    const data = { values: [{ erlangs: series.capacity }] };
    offered.push(
      { data, mark: { type: 'rule', color: COLOURS.limit, strokeWidth: 1.5 }, encoding: { y: offeredY } },
      {
        data,
        mark: { type: 'text', align: 'right', baseline: 'bottom', dx: -2, dy: -2, color: COLOURS.limit, fontSize: 10 },
        encoding: { y: offeredY, x: { value: 'width' }, text: { value: `capacity ${series.capacity}` } },
      },
    );
  }
  const blockingY = { field: 'blocking', type: 'quantitative' as const, title: 'blocking', axis: { ...axisY, format: '.1~%' } };
  const gos = { values: [{ blocking: GRADE_OF_SERVICE }] };
  const blocking: Layer[] = [
    ...(band.length > 0 ? [shade(xBelow)] : []),
    {
      transform: [{ filter: 'isValid(datum.blocking)' }],
      mark: { type: 'bar' },
      encoding: {
        x: { field: 'start', ...xBelow },
        x2: { field: 'end' },
        y: blockingY,
        y2: { datum: 0 },
        color: { condition: { test: 'datum.over', value: COLOURS.limit }, value: COLOURS.mean },
      },
    },
    {
      transform: [{ filter: 'isValid(datum.low)' }],
      mark: { type: 'rule', color: '#333' },
      encoding: { x: { field: 'mid', ...xBelow }, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } },
    },
    { data: gos, mark: { type: 'rule', color: COLOURS.limit, strokeDash: [6, 4] }, encoding: { y: blockingY } },
    {
      data: gos,
      mark: { type: 'text', align: 'right', baseline: 'bottom', dx: -2, dy: -2, color: COLOURS.limit, fontSize: 10 },
      encoding: { y: blockingY, x: { value: 'width' }, text: { value: `${percentText(GRADE_OF_SERVICE)} grade of service` } },
    },
  ];
  return {
    config: CHART_CONFIG,
    title: { text: `${series.resource}: offered load and blocking by clock hour`, subtitle: subtitle(series) },
    data: { values: hourlyValues(series) },
    spacing: 6,
    vconcat: [
      { width: HOURLY_PLOT_WIDTH, height: OFFERED_HEIGHT, layer: offered },
      { width: HOURLY_PLOT_WIDTH, height: BLOCKING_HEIGHT, layer: blocking },
    ],
  };
}
