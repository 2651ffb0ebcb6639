/**
 * The charts of `avsim fit`'s report, as Vega-Lite specs (plain data): the records
 * against the simulation. Paths: per location pair, two stacked bars (records,
 * simulation) of the shares of each media path. Load: per A/V Edge and MCU, the
 * offered erlangs of each UTC clock hour, the records' as points against the
 * simulation's mean and 95% band, the busy hour compared shaded.
 */
import type { PathComparison } from '../../calibrate/fit-comparison.js';
import { RECORD_PATHS } from '../../calibrate/media-record.js';
import type { ResourceLoad } from '../../calibrate/offered-load.js';
import type { SimulatedResourceLoad } from '../../calibrate/simulated-side.js';
import { percentText } from '../figures.js';
import { BAR_STEP, CHART_CONFIG, COLOURS, LOAD_HEIGHT, PAGE_FIT } from './chart-style.js';
import type { Layer, LayeredSpec } from './chart-style.js';
import { figureText } from './figure-text.js';

/** Colours of the media paths: peer-to-peer green, the Edge blue (UDP) and orange (TCP), the MCU grey. */
const PATH_COLOURS = [COLOURS.direct, COLOURS.mean, COLOURS.failed, COLOURS.muted];
/** Ticks of a UTC-hour axis. */
const HOUR_TICKS = [0, 3, 6, 9, 12, 15, 18, 21, 24];

/** A pair in words: "london to paris", "all pairs" (words, not an arrow: a system font may lack its glyph). */
export function pairText(c: Pick<PathComparison, 'callerLocation' | 'calleeLocation'>): string {
  return c.callerLocation === '*' ? 'all pairs' : `${c.callerLocation} to ${c.calleeLocation}`;
}

/** A p-value in words: "p 0.031", "p < 0.0001". */
export function pText(p: number): string {
  if (!Number.isFinite(p)) return 'no test';
  return p < 1e-4 ? 'p < 0.0001' : `p ${figureText(p)}`;
}

const sum = (counts: readonly number[]): number => counts.reduce((a, b) => a + b, 0);

/**
 * Path shares by pair, records against simulation: for each pair two bars, each the
 * shares of the media paths among its calls with media (what a record can show), with
 * the calls behind it and, for the simulation, the share of its calls that got no
 * media path at all.
 *
 * @param pairs - The comparisons to draw, in order (the caller picks and orders them).
 */
export function pathPairsChart(pairs: readonly PathComparison[]): LayeredSpec {
  const rows: Record<string, string | number>[] = [];
  const labels: Record<string, string | number>[] = [];
  const order: string[] = [];
  pairs.forEach((c, i) => {
    // Bars are keyed by pair and side; the axis shows the pair beside the records' bar
    // and "simulated" beside the simulation's (labelExpr below).
    for (const side of ['records', 'simulation'] as const) {
      const counts = side === 'records' ? c.observed : c.simulated;
      const total = sum(counts);
      const bar = `${i}|${side === 'records' ? pairText(c) : 'simulated'}`;
      order.push(bar);
      let start = 0;
      RECORD_PATHS.forEach((path, p) => {
        if (!(total > 0) || counts[p] === 0) return;
        const share = counts[p]! / total;
        rows.push({ bar, path, start, end: start + share, share });
        start += share;
      });
      const failed = side === 'simulation' ? sum(Object.values(c.simulatedWithoutMedia)) : 0;
      const lost = failed > 0 ? `; ${percentText(failed / (total + failed))} of its calls got no media` : '';
      labels.push({ bar, text: total > 0 ? `${figureText(total)} calls${lost}` : side === 'simulation' && failed > 0 ? `no call got media (${figureText(failed)} calls)` : 'no call' });
    }
  });
  const y = { field: 'bar', type: 'nominal' as const, sort: order, title: null, axis: { labelLimit: 240, labelExpr: "split(datum.label, '|')[1]" } };
  const x = { field: 'start', type: 'quantitative' as const, title: 'share of the calls with media', axis: { format: '.0%', values: [0, 0.25, 0.5, 0.75, 1] }, scale: { domain: [0, 1.6] } };
  return {
    config: CHART_CONFIG,
    ...PAGE_FIT,
    height: order.length * BAR_STEP,
    title: {
      text: 'Media paths by location pair: records against simulation',
      subtitle: ['each pair: the records, then the simulation ("simulated"), as shares of the calls with media'],
    },
    layer: [
      {
        data: { values: rows },
        mark: { type: 'bar' },
        encoding: {
          y,
          x,
          x2: { field: 'end' },
          color: { field: 'path', type: 'nominal', scale: { domain: [...RECORD_PATHS], range: PATH_COLOURS }, legend: { title: 'path' } },
        },
      },
      { data: { values: labels }, mark: { type: 'text', align: 'left', dx: 4, fontSize: 10 }, encoding: { y, x: { datum: 1 }, text: { field: 'text' } } },
    ],
  };
}

/**
 * One resource's offered erlangs by UTC clock hour: the simulation's mean of each hour
 * (line) with its 95% band across replications, the records' (points, with whiskers
 * when two days or more give an interval), the hour compared shaded.
 *
 * @param observed - The records' hourly load of the resource, if any.
 * @param simulated - The simulation's, if any.
 * @param hour - The busy hour compared (UTC), if any.
 */
export function loadFitChart(resource: string, observed: ResourceLoad | undefined, simulated: SimulatedResourceLoad | undefined, hour: number | undefined): LayeredSpec {
  const sim = (simulated?.hours ?? []).filter((h) => h.replications > 0).map((h) => ({
    hour: h.utcHour + 0.5,
    mean: h.mean,
    ...(Number.isFinite(h.low) ? { low: Math.max(0, h.low), high: h.high } : {}),
  }));
  const obs = (observed?.hours ?? []).filter((h) => h.days > 0).map((h) => ({
    hour: h.utcHour + 0.5,
    mean: h.mean,
    ...(Number.isFinite(h.low) ? { low: Math.max(0, h.low), high: h.high } : {}),
  }));
  const x = { field: 'hour', type: 'quantitative' as const, title: 'UTC hour', scale: { domain: [0, 24] }, axis: { values: HOUR_TICKS } };
  const y = { type: 'quantitative' as const, title: 'offered erlangs' };
  const layers: Layer[] = [];
  if (hour !== undefined && Number.isFinite(hour)) {
    layers.push({ data: { values: [{ from: hour, to: hour + 1 }] }, mark: { type: 'rect', color: '#f1ce63', opacity: 0.35 }, encoding: { x: { ...x, field: 'from' }, x2: { field: 'to' } } });
  }
  if (sim.some((h) => 'low' in h)) {
    layers.push({ data: { values: sim.filter((h) => 'low' in h) }, mark: { type: 'area', color: COLOURS.band, opacity: 0.8 }, encoding: { x, y: { ...y, field: 'low' }, y2: { field: 'high' } } });
  }
  if (sim.length > 0) layers.push({ data: { values: sim }, mark: { type: 'line', color: COLOURS.mean, strokeWidth: 2 }, encoding: { x, y: { ...y, field: 'mean' } } });
  if (obs.some((h) => 'low' in h)) {
    layers.push({ data: { values: obs.filter((h) => 'low' in h) }, mark: { type: 'rule', color: '#333' }, encoding: { x, y: { ...y, field: 'low' }, y2: { field: 'high' } } });
  }
  if (obs.length > 0) layers.push({ data: { values: obs }, mark: { type: 'point', filled: true, color: COLOURS.limit, size: 28 }, encoding: { x, y: { ...y, field: 'mean' } } });
  const days = Math.max(0, ...(observed?.hours ?? []).map((h) => h.days));
  return {
    config: CHART_CONFIG,
    ...PAGE_FIT,
    height: LOAD_HEIGHT,
    title: {
      text: `${resource}: offered erlangs by clock hour`,
      subtitle: [
        `red points: the records (mean of ${days} day${days === 1 ? '' : 's'}${days >= 2 ? ', whiskers 95%' : ''}); blue line: the simulation, band its 95% interval`,
        'shaded: the busy hour compared',
      ],
    },
    layer: layers,
  };
}
