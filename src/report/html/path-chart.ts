/**
 * The calls of one scenario by path and by failure reason, and its R11 no-QoS share, as
 * Vega-Lite specs (plain data) built from paths.csv's rows and the scenario's figures.
 */
import type { PathRow, ScenarioRow } from '../../results/types.js';
import { percentText } from '../figures.js';
import { BAR_STEP, CHART_CONFIG, COLOURS, PAGE_FIT, outcomeOf } from './chart-style.js';
import type { LayeredSpec, Outcome } from './chart-style.js';
import { figureText } from './figure-text.js';
import { partitionRows } from './headline.js';

const LATER_PATHS: ReadonlySet<string> = new Set(['cac-internet', 'cac-pstn', 'failed-cac', 'pstn']);
const OUTCOMES: readonly Outcome[] = ['carried', 'rerouted to the PSTN', 'failed', 'blocked at capacity'];
const OUTCOME_COLOURS = [COLOURS.carried, COLOURS.muted, COLOURS.failed, COLOURS.blocked];

/**
 * Horizontal bars: every path of paths.csv (in its order) with its share of the calls,
 * coloured by outcome, with the share's 95% interval as a whisker when there is one.
 *
 * @param paths - One scenario's paths.csv rows.
 */
export function pathChart(all: readonly PathRow[]): LayeredSpec {
  // CAC's and Enterprise Voice's paths only when some call took them.
  const paths = partitionRows(all).filter((row) => row.calls > 0 || !LATER_PATHS.has(row.path));
  const rows = paths.map((row) => ({
    path: row.path,
    outcome: outcomeOf(row.path),
    share: Number.isFinite(row.share) ? row.share : 0,
    label: `${percentText(row.share)} (${figureText(row.calls)} calls)`,
    ...(Number.isFinite(row.share_ci95_low) && Number.isFinite(row.share_ci95_high) ? { low: row.share_ci95_low, high: row.share_ci95_high } : {}),
  }));
  const total = paths.reduce((sum, row) => sum + row.calls, 0);
  const y = { field: 'path', type: 'nominal' as const, sort: paths.map((row) => row.path), title: 'path' };
  const x = { field: 'share', type: 'quantitative' as const, title: 'share of calls', axis: { format: '.0%' }, scale: { domain: [0, 1] } };
  return {
    config: CHART_CONFIG,
    // The page's width: fitting it leaves room on the right for the label of a bar
    // reaching 100% (Vega counts the label in the chart's bounds). A height in pixels,
    // not a step: fitting the width of a chart with a discrete height makes Vega-Lite warn.
    ...PAGE_FIT,
    height: paths.length * BAR_STEP,
    title: {
      text: 'Calls by path and by failure reason',
      subtitle: [`${figureText(total)} calls per replication in the measured window`, 'whiskers: 95% interval of the share'],
    },
    data: { values: rows },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: { y, x, color: { field: 'outcome', type: 'nominal', scale: { domain: [...OUTCOMES], range: OUTCOME_COLOURS }, legend: { title: 'outcome' } } },
      },
      {
        transform: [{ filter: 'isValid(datum.low)' }],
        mark: { type: 'rule', color: '#333' },
        encoding: { y, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 10 },
        encoding: { y, x: { field: 'share', type: 'quantitative' }, text: { field: 'label' } },
      },
    ],
  };
}

/** Legend entries of the no-QoS bar. */
export const QOS_PARTS = {
  relayed: 'crossed the Edge: QoS lost (R11)',
  direct: 'kept QoS',
} as const;

/**
 * One stacked bar: the share of media minutes that crossed the Edge and lost its DiffServ
 * marking (R11) against the share that kept it, with the no-QoS share's 95% interval.
 *
 * @returns `undefined` when the scenario carried no media (no share to show).
 */
export function noQosChart(scenario: ScenarioRow): LayeredSpec | undefined {
  const share = scenario.no_qos_share;
  if (!Number.isFinite(share)) return undefined;
  const interval = Number.isFinite(scenario.no_qos_share_ci95_low) && Number.isFinite(scenario.no_qos_share_ci95_high);
  const rows = [
    { part: QOS_PARTS.relayed, order: 0, share, start: 0, end: share },
    { part: QOS_PARTS.direct, order: 1, share: 1 - share, start: share, end: 1 },
  ];
  const x = { field: 'start', type: 'quantitative' as const, title: 'share of media minutes', axis: { format: '.0%' }, scale: { domain: [0, 1] } };
  return {
    config: CHART_CONFIG,
    ...PAGE_FIT,
    height: 28,
    title: {
      text: `Media without QoS (R11): ${percentText(share)}`,
      subtitle: interval
        ? `95% interval ${percentText(scenario.no_qos_share_ci95_low)} to ${percentText(scenario.no_qos_share_ci95_high)} (whisker)`
        : 'one replication: no interval',
    },
    layer: [
      {
        data: { values: rows },
        mark: { type: 'bar' },
        encoding: {
          x,
          x2: { field: 'end' },
          color: { field: 'part', type: 'nominal', scale: { domain: [QOS_PARTS.relayed, QOS_PARTS.direct], range: [COLOURS.limit, COLOURS.direct] }, legend: { title: null } },
        },
      },
      ...(interval
        ? [
            {
              data: { values: [{ low: scenario.no_qos_share_ci95_low, high: scenario.no_qos_share_ci95_high }] },
              mark: { type: 'rule' as const, color: '#222', strokeWidth: 2 },
              encoding: { x: { field: 'low', type: 'quantitative' as const }, x2: { field: 'high' } },
            },
          ]
        : []),
    ],
  };
}
