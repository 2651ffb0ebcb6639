import { expect, it } from 'vitest';
import { comparedBarsChart, deltaChart } from '../../src/report/html/compare-charts.js';
import { renderSvg } from '../../src/report/html/render.js';
import type { ComparisonRow } from '../../src/results/comparison.js';

function row(scenario: string, resource: string, mean: number, blocking: number, delta: [number, number, number]): ComparisonRow {
  return {
    scenario,
    resource,
    capacity: 40,
    blocking_probability: blocking,
    mean_concurrency: mean,
    p95_concurrency: mean + 5,
    peak_concurrency: mean + 10,
    delta_mean_concurrency: delta[0],
    delta_ci95_low: delta[1],
    delta_ci95_high: delta[2],
  };
}

const ROWS = [
  row('open', 'edge:edge', 9.6, 0, [0, 0, 0]),
  row('open', 'ports:hq', 46.9, 0, [0, 0, 0]),
  row('blocked', 'edge:edge', 30.9, 0.063, [21.3, 20.8, 21.8]),
  row('blocked', 'ports:hq', 0, 0, [-46.9, -48.6, -45.2]),
];

type Spec = { data: { values: Record<string, unknown>[] }; layer: { mark: { type: string }; encoding: Record<string, { field?: string; scale?: { domain?: string[] } }> }[] };

it('compare charts: one bar per resource and scenario, and the paired difference with its interval for all but the reference', async () => {
  const bars = comparedBarsChart(ROWS, 'blocking_probability') as unknown as Spec;
  expect(bars.data.values).toEqual([
    { scenario: 'open', resource: 'edge:edge', value: 0 },
    { scenario: 'open', resource: 'ports:hq', value: 0 },
    { scenario: 'blocked', resource: 'edge:edge', value: 0.063 },
    { scenario: 'blocked', resource: 'ports:hq', value: 0 },
  ]);
  const delta = deltaChart(ROWS) as unknown as Spec;
  expect(delta.data.values).toEqual([
    { scenario: 'blocked', resource: 'edge:edge', delta: 21.3, low: 20.8, high: 21.8 },
    { scenario: 'blocked', resource: 'ports:hq', delta: -46.9, low: -48.6, high: -45.2 },
  ]);
  const errorBars = delta.layer.find((l) => l.encoding['x2'] !== undefined)!;
  expect([errorBars.encoding['x']!.field, errorBars.encoding['x2']!.field]).toEqual(['low', 'high']);
  // A scenario keeps its colour in every chart.
  expect(errorBars.encoding['color']!.scale!.domain).toEqual(['open', 'blocked']);
  expect(deltaChart(ROWS.filter((r) => r.scenario === 'open'))).toBeUndefined();

  for (const spec of [comparedBarsChart(ROWS, 'mean_concurrency'), comparedBarsChart(ROWS, 'blocking_probability'), deltaChart(ROWS)!]) {
    const { svg, warnings } = await renderSvg(spec);
    expect(warnings).toEqual([]);
    expect(svg).toMatch(/class="mark-text role-axis-title"/);
  }
});
