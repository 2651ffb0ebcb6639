import { expect, it } from 'vitest';
import { renderSvg } from '../../src/report/html/render.js';
import { SIZING_SERIES, sizingChart } from '../../src/report/html/sizing-chart.js';
import type { ResourceSizing } from '../../src/analysis/size.js';

const SIZING: ResourceSizing = {
  target: { resource: 'edge:edge', kind: 'edge', name: 'edge', unitsPerServer: 10, configuredServers: 4 },
  row: {
    resource: 'edge:edge',
    target_blocking: 0.01,
    servers: 6,
    capacity: 60,
    blocking_probability: 0,
    blocking_ci95_high: 0,
    erlang_b: 0.0003,
    blocking_one_server_down: 0.0079,
    over: 'busy-hour',
    redundancy: 'none',
    busy_hour_utc: '09:00',
    busy_hour_offered_erlangs: 38.7,
    units_per_server: 10,
  },
  offered: { busyHourErlangs: 38.7, busyHour: '09:00', windowErlangs: 30, peak: 55 },
  erlangBServers: 5,
  evaluations: [
    { servers: 5, capacity: 50, blocking: 0.0079, blockingHigh: 0.0121 },
    { servers: 6, capacity: 60, blocking: 0, blockingHigh: 0 },
    { servers: 7, capacity: 70, blocking: 0, blockingHigh: 0 },
  ],
};

type Layer = { data?: { values: Record<string, unknown>[] }; mark: { type: string }; encoding: Record<string, { field?: string; title?: string }> };

it('the sizing chart plots blocking against servers, marks the target as a rule and highlights the chosen count', async () => {
  const spec = sizingChart(SIZING, 0.01) as unknown as { data: { values: Record<string, unknown>[] }; layer: Layer[] };
  expect(spec.data.values.map((v) => [v['servers'], v['blocking'], v['high'], v['status']])).toEqual([
    [5, 0.0079, 0.0121, SIZING_SERIES.blocking],
    [6, 0, 0, SIZING_SERIES.chosen],
    [7, 0, 0, SIZING_SERIES.blocking],
  ]);
  const target = spec.layer.find((l) => l.mark.type === 'rule' && l.data !== undefined)!;
  expect(target.data!.values).toEqual([{ target: 0.01 }]);
  expect(target.encoding['y']!.field).toBe('target');
  expect(spec.layer[0]!.encoding['x']!.title).toBe('servers (10 sessions each)');
  expect(spec.layer[0]!.encoding['y']!.title).toBe('blocking probability');

  const { svg, warnings } = await renderSvg(sizingChart(SIZING, 0.01));
  expect(warnings).toEqual([]);
  expect(svg).toContain('target 1%');
  expect(svg).toContain('6 servers');
  expect(svg).toContain('blocking probability');
});
