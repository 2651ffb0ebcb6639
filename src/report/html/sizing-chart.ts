/**
 * `avsim size` as a Vega-Lite spec (plain data): for one resource, the simulated
 * blocking of every server count the search tried, with the upper end of its 95%
 * interval (what the search compares with the target), the target as a rule, and the
 * chosen count highlighted.
 */
import { boughtInServers } from '../../analysis/capacity.js';
import type { ResourceSizing } from '../../analysis/size.js';
import { percentText } from '../figures.js';
import { countNoun } from '../sizing.js';
import { CHART_CONFIG, COLOURS, PAGE_FIT, unitsOf } from './chart-style.js';
import type { LayeredSpec } from './chart-style.js';

/** Legend entries. */
export const SIZING_SERIES = {
  blocking: 'simulated blocking',
  high: 'upper end of its 95% interval',
  chosen: 'chosen',
} as const;

/**
 * Blocking against the number of servers (or of ports, link or Mediation sessions) for one sized resource.
 *
 * @param sizing - One resource's search (`SizeOutput.sizings[i]`).
 * @param target - The blocking target.
 */
export function sizingChart(sizing: ResourceSizing, target: number): LayeredSpec {
  const { row } = sizing;
  const units = unitsOf(sizing.target.kind);
  const values = sizing.evaluations
    .filter((e) => Number.isFinite(e.blocking))
    .map((e) => ({
      servers: e.servers,
      capacity: e.capacity,
      blocking: e.blocking,
      high: Number.isFinite(e.blockingHigh) ? e.blockingHigh : e.blocking,
      status: e.servers === row.servers ? SIZING_SERIES.chosen : SIZING_SERIES.blocking,
    }));
  // A resource bought unit by unit (ports, link and Mediation sessions) counts its units, not servers.
  const noun = countNoun(sizing.target.kind);
  const inUnits = !boughtInServers(sizing.target.kind);
  const x = { field: 'servers', type: 'quantitative' as const, title: inUnits ? units : `servers (${sizing.target.unitsPerServer} ${units} each)`, axis: { tickMinStep: 1, format: 'd' } };
  const yTitle = 'blocking probability';
  const colour = { scale: { domain: [SIZING_SERIES.blocking, SIZING_SERIES.high, SIZING_SERIES.chosen], range: [COLOURS.mean, COLOURS.band, COLOURS.chosen] }, legend: { title: null } };
  return {
    config: CHART_CONFIG,
    ...PAGE_FIT,
    height: 200,
    title: {
      text: `${row.resource}: blocking against the number of ${noun}`,
      // Short lines: a line longer than the page's width would be cut at the chart's edge.
      subtitle: [
        `dashed rule: target ${percentText(target)}; bars: up to the 95% upper bound`,
        inUnits ? `chosen: ${row.servers} ${noun}, the fewest meeting it` : `chosen: ${row.servers} servers (${row.capacity} ${units}), the fewest meeting it`,
        'every count the search tried, all on the same calls',
      ],
    },
    data: { values },
    layer: [
      {
        mark: { type: 'rule', strokeWidth: 3 },
        encoding: { x, y: { field: 'blocking', type: 'quantitative', title: yTitle, axis: { format: '.1%' } }, y2: { field: 'high' }, color: { datum: SIZING_SERIES.high, ...colour } },
      },
      { mark: { type: 'line', strokeWidth: 1 }, encoding: { x, y: { field: 'blocking', type: 'quantitative', title: yTitle }, color: { datum: SIZING_SERIES.blocking, ...colour } } },
      {
        mark: { type: 'point', filled: true },
        encoding: {
          x,
          y: { field: 'blocking', type: 'quantitative', title: yTitle },
          color: { field: 'status', type: 'nominal', ...colour },
          size: { condition: { test: `datum.status === '${SIZING_SERIES.chosen}'`, value: 140 }, value: 40 },
        },
      },
      {
        transform: [{ filter: `datum.status === '${SIZING_SERIES.chosen}'` }],
        mark: { type: 'text', align: 'left', dx: 8, dy: -8, fontWeight: 'bold', color: COLOURS.chosen, fontSize: 11 },
        encoding: { x, y: { field: 'high', type: 'quantitative', title: yTitle }, text: { value: `${row.servers} servers` } },
      },
      { data: { values: [{ target }] }, mark: { type: 'rule', color: COLOURS.limit, strokeDash: [6, 4] }, encoding: { y: { field: 'target', type: 'quantitative', title: yTitle } } },
      {
        data: { values: [{ target }] },
        mark: { type: 'text', align: 'right', baseline: 'bottom', dx: -2, dy: -2, color: COLOURS.limit, fontSize: 10 },
        encoding: { y: { field: 'target', type: 'quantitative', title: yTitle }, x: { value: 'width' }, text: { value: `target ${percentText(target)}` } },
      },
    ],
  };
}
