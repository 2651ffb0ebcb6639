/**
 * The concurrent load on one resource over the simulated day, as a Vega-Lite spec (plain
 * data): the mean over replications per time bucket, the 95% interval of that mean
 * across replications as a band, the highest occupancy any replication reached in the
 * bucket as a dashed line, and the capacity as a horizontal rule (none when unlimited).
 */
import type { ResourceKind } from '../../results/types.js';
import { CHART_CONFIG, COLOURS, LOAD_HEIGHT, PAGE_FIT, unitsOf } from './chart-style.js';
import type { Layer, LayeredSpec } from './chart-style.js';
import { chartInstant, crossesDays, tickInstants } from './time-of-day.js';

/** One time bucket of a resource's load. */
export interface LoadBucket {
  /** Seconds from the window's opening. */
  readonly start: number;
  readonly end: number;
  /** Mean occupancy over the bucket, mean over replications. */
  readonly mean: number;
  /** 95% interval of that mean across replications; `NaN` with one replication. */
  readonly low: number;
  readonly high: number;
  /** Highest occupancy in the bucket in any replication. */
  readonly max: number;
}

/** One resource's load over the measured window. */
export interface LoadSeries {
  readonly resource: string;
  readonly kind: ResourceKind;
  /** Units; `Infinity` when unlimited (no rule is drawn). */
  readonly capacity: number;
  /** Seconds after midnight UTC at which the measured window opens. */
  readonly windowStart: number;
  readonly windowSeconds: number;
  readonly replications: number;
  readonly buckets: readonly LoadBucket[];
}

/** True when the series has an interval in every bucket (two or more replications). */
export function hasBand(series: LoadSeries): boolean {
  return series.buckets.length > 0 && series.buckets.every((b) => Number.isFinite(b.low) && Number.isFinite(b.high));
}

/** The y axis title: "concurrent sessions", "concurrent legs" or "concurrent ports". */
export function loadAxisTitle(kind: ResourceKind): string {
  return `concurrent ${unitsOf(kind)}`;
}

/**
 * The load chart of one resource. Each bucket is drawn at its midpoint; the x axis is
 * the time of day, UTC.
 */
export function loadChart(series: LoadSeries): LayeredSpec {
  const band = hasBand(series);
  const rows = series.buckets.map((b) => ({
    t: chartInstant(series.windowStart, (b.start + b.end) / 2),
    mean: b.mean,
    max: b.max,
    // Occupancy is never negative: the interval is cut at 0 where it reaches below.
    ...(band ? { low: Math.max(0, b.low), high: b.high } : {}),
  }));
  const yTitle = loadAxisTitle(series.kind);
  const x = {
    field: 't',
    type: 'temporal' as const,
    // The whole window, so that its opening and end are on the axis.
    scale: { type: 'utc' as const, domain: [chartInstant(series.windowStart, 0), chartInstant(series.windowStart, series.windowSeconds)] },
    axis: {
      title: 'time of day (UTC)',
      format: crossesDays(series.windowStart, series.windowSeconds) ? '%H:%M (day %-d)' : '%H:%M',
      // Explicit ticks: whole hours of the day, a few hours apart (an interval-valued
      // tickCount breaks Vega's headless SVG renderer).
      values: tickInstants(series.windowStart, series.windowSeconds),
      labelOverlap: true,
    },
  };
  // No legend (Vega lays a legend out slowly, without a canvas to measure text): the
  // subtitle says what each series is, and the colours are the same in every load chart.
  const layers: Layer[] = [];
  if (band) {
    layers.push({
      mark: { type: 'area', color: COLOURS.band, opacity: 0.8 },
      encoding: { x, y: { field: 'low', type: 'quantitative', title: yTitle }, y2: { field: 'high' } },
    });
  }
  layers.push(
    { mark: { type: 'line', color: COLOURS.mean, strokeWidth: 2 }, encoding: { x, y: { field: 'mean', type: 'quantitative', title: yTitle } } },
    {
      mark: { type: 'line', color: COLOURS.max, strokeWidth: 1, strokeDash: [4, 3] },
      encoding: { x, y: { field: 'max', type: 'quantitative', title: yTitle } },
    },
  );
  if (Number.isFinite(series.capacity)) layers.push(...capacityLayers(series.capacity, yTitle, series.kind));
  return {
    config: CHART_CONFIG,
    ...PAGE_FIT,
    height: LOAD_HEIGHT,
    title: { text: `${series.resource}: concurrent ${unitsOf(series.kind)}`, subtitle: loadSubtitle(series, band) },
    data: { values: rows },
    layer: layers,
  };
}

/**
 * The chart's subtitle: what the lines, the band and the rule are. Lines stay short:
 * the chart is fitted to the page's width, and a title line longer than that would be
 * cut at its right edge (Vega estimates text widths without a canvas, generously).
 */
export function loadSubtitle(series: LoadSeries, band: boolean): string[] {
  const first = series.buckets[0];
  const minutes = first ? Math.round((first.end - first.start) / 60) : 0;
  const capacity = Number.isFinite(series.capacity) ? `red rule: capacity ${series.capacity} ${unitsOf(series.kind)}` : 'capacity unlimited';
  if (!band) return [`blue line: mean per ${minutes}-minute bucket`, 'one replication: no interval; dashed: highest', capacity];
  return [
    `blue line: mean of ${series.replications} replications per ${minutes}-minute bucket`,
    'band: its 95% interval; dashed: highest in any replication',
    capacity,
  ];
}

/** The capacity as a red rule labelled at its right end. */
function capacityLayers(capacity: number, yTitle: string, kind: ResourceKind): Layer[] {
  const data = { values: [{ capacity }] };
  const y = { field: 'capacity', type: 'quantitative' as const, title: yTitle };
  return [
    { data, mark: { type: 'rule', color: COLOURS.limit, strokeWidth: 1.5 }, encoding: { y } },
    {
      data,
      mark: { type: 'text', align: 'right', baseline: 'bottom', dx: -2, dy: -2, color: COLOURS.limit, fontSize: 10 },
      encoding: { y, x: { value: 'width' }, text: { value: `capacity ${capacity} ${unitsOf(kind)}` } },
    },
  ];
}
