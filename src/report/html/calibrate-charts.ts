/**
 * The charts of `avsim calibrate`'s report, as Vega-Lite specs (plain data) built from
 * the fit (calibrate/workload-fit.ts): data against fit. Per location, the observed call
 * rate of each local hour with its exact Poisson interval against the rate the fitted
 * workload gives; per kind, the holding-time histogram with the fitted family's expected
 * counts, and its Q-Q plot.
 */
import type { HoldingFit } from '../../calibrate/holding-fit.js';
import type { RateFit } from '../../calibrate/rate-fit.js';
import { FIT_KINDS } from '../../calibrate/record-tables.js';
import { CHART_CONFIG, COLOURS, PAGE_FIT } from './chart-style.js';
import type { Layer, LayeredSpec } from './chart-style.js';
import { figureText } from './figure-text.js';

/** Height of a rate chart's plotting area, pixels. */
const RATE_HEIGHT = 150;
/** Height of a histogram's and a Q-Q plot's plotting area, pixels. */
const HOLDING_HEIGHT = 170;
/** Width and height of a Q-Q plot's plotting area, pixels. */
const QQ_SIZE = 260;
/** Ticks of a local-hour axis. */
const HOUR_TICKS = [0, 3, 6, 9, 12, 15, 18, 21, 24];

/**
 * One location's calls per user per hour by local hour: all kinds together, observed
 * (points, Garwood 95% whiskers; none in hours never observed) against the fitted
 * workload's rate, `profile(h) x (peerAudio + peerVideo + conference)` (a step line).
 *
 * @param location - The location's name.
 * @param observed - Its own hourly rates (LocationFit.rates).
 * @param model - The rates the workload gives it: its own with per-site traffic, else the global ones.
 */
export function rateChart(location: string, observed: RateFit, model: RateFit): LayeredSpec {
  const busy = FIT_KINDS.reduce((sum, k) => sum + (Number.isFinite(model.perUserPerHour[k].estimate) ? model.perUserPerHour[k].estimate : 0), 0);
  const points = observed.all
    .filter((r) => r.userHours > 0)
    .map((r) => ({ hour: r.localHour + 0.5, rate: r.estimate, low: r.low, high: r.high, calls: r.records }));
  // The step line: each hour's rate from its start to its end.
  const steps = model.profile.flatMap((w, h) => [
    { hour: h, fitted: w * busy },
    { hour: h + 1, fitted: w * busy },
  ]);
  const x = { field: 'hour', type: 'quantitative' as const, title: 'local hour', scale: { domain: [0, 24] }, axis: { values: HOUR_TICKS } };
  const y = { type: 'quantitative' as const, title: 'calls per user per hour' };
  return {
    config: CHART_CONFIG,
    ...PAGE_FIT,
    height: RATE_HEIGHT,
    title: {
      text: `${location}: calls per user per hour, by local hour`,
      subtitle: [`points: observed, all kinds (${figureText(observed.total)} calls), whiskers: exact 95% Poisson interval`, 'line: the fitted workload (profile x busy-hour rates)'],
    },
    layer: [
      { data: { values: steps }, mark: { type: 'line', color: COLOURS.mean, strokeWidth: 2, interpolate: 'linear' }, encoding: { x, y: { ...y, field: 'fitted' } } },
      { data: { values: points }, mark: { type: 'rule', color: '#333' }, encoding: { x, y: { ...y, field: 'low' }, y2: { field: 'high' } } },
      { data: { values: points }, mark: { type: 'point', filled: true, color: COLOURS.max, size: 28 }, encoding: { x, y: { ...y, field: 'rate' } } },
    ],
  };
}

/** A holding-time kind in words. */
export function kindWords(kind: string): string {
  return kind === 'peerAudio' ? 'two-party audio' : kind === 'peerVideo' ? 'two-party video' : kind === 'conference' ? 'conference' : kind;
}

/**
 * One kind's holding times: the log histogram of the records (20 bins per decade,
 * bars) and the counts the fitted family expects in each bin (line), on a log time
 * axis. The open cells below 0.1 s and above 10⁶ s are left out, as are the empty bins
 * beyond the data at either end.
 *
 * @returns `undefined` when the kind has no positive duration.
 */
export function holdingHistogram(kind: string, h: HoldingFit): LayeredSpec | undefined {
  if (h.count === 0) return undefined;
  const inner = h.bins.slice(1, -1);
  const used = inner.map((b, i) => (b.observed > 0 || b.expected >= 0.5 ? i : -1)).filter((i) => i >= 0);
  if (used.length === 0) return undefined;
  const bins = inner.slice(used[0], used[used.length - 1]! + 1).map((b) => ({
    low: b.low,
    high: b.high,
    mid: Math.sqrt(b.low * b.high),
    observed: b.observed,
    expected: Number.isFinite(b.expected) ? b.expected : null,
  }));
  const x = { field: 'low', type: 'quantitative' as const, title: 'holding time (s, log scale)', scale: { type: 'log' as const } };
  const y = { type: 'quantitative' as const, title: 'records per bin' };
  return {
    config: CHART_CONFIG,
    ...PAGE_FIT,
    height: HOLDING_HEIGHT,
    title: {
      text: `${kindWords(kind)}: holding times against the fitted ${h.family}`,
      subtitle: [`bars: ${figureText(h.count)} records in bins of 1/20 decade; line: counts the fit expects`, `mean ${figureText(h.mean)} s${h.family === 'lognormal' ? `, cv ${figureText(h.cv)}` : ''}; chi-square p ${figureText(h.gof.pValue)}`],
    },
    data: { values: bins },
    layer: [
      { mark: { type: 'rect', color: COLOURS.band }, encoding: { x, x2: { field: 'high' }, y: { ...y, field: 'observed' } } },
      { mark: { type: 'line', color: COLOURS.limit, strokeWidth: 2 }, encoding: { x: { ...x, field: 'mid' }, y: { ...y, field: 'expected' } } },
    ],
  };
}

/**
 * One kind's Q-Q plot: the records' quantiles (read from the histogram) against the
 * fitted family's at p = 0.01 ... 0.99, log-log, with the line of perfect agreement.
 *
 * @returns `undefined` when the kind has no positive duration.
 */
export function holdingQq(kind: string, h: HoldingFit): LayeredSpec | undefined {
  const points = h.quantiles.filter((q) => q.empirical > 0 && q.fitted > 0 && Number.isFinite(q.empirical) && Number.isFinite(q.fitted));
  if (points.length === 0) return undefined;
  const values = points.flatMap((q) => [q.empirical, q.fitted]);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const scale = { type: 'log' as const, domain: [low, high] };
  const x = { field: 'fitted', type: 'quantitative' as const, title: `fitted ${h.family} quantile (s)`, scale };
  const y = { field: 'empirical', type: 'quantitative' as const, title: 'observed quantile (s)', scale };
  return {
    config: CHART_CONFIG,
    // Square: the line of agreement at 45 degrees.
    width: QQ_SIZE,
    height: QQ_SIZE,
    title: {
      text: `${kindWords(kind)}: Q-Q plot against the fitted ${h.family}`,
      subtitle: ['points: quantiles at 1%, 2%, ..., 99%; line: perfect agreement'],
    },
    layer: [
      {
        data: { values: [{ fitted: low, empirical: low }, { fitted: high, empirical: high }] },
        mark: { type: 'line', color: COLOURS.muted, strokeDash: [4, 3] },
        encoding: { x, y },
      },
      { data: { values: points.map((q) => ({ p: q.p, fitted: q.fitted, empirical: q.empirical })) }, mark: { type: 'point', filled: true, color: COLOURS.mean, size: 18 }, encoding: { x, y } },
    ] satisfies Layer[],
  };
}
