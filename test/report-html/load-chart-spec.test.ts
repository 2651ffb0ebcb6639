import { expect, it } from 'vitest';
import { loadChart } from '../../src/report/html/load-chart.js';
import { loadSeries } from '../../src/report/html/load-series.js';
import { fixtureRun } from './report-fixture.js';

type Layer = { data?: { values: Record<string, number>[] }; mark: { type: string }; encoding: Record<string, { field?: string; title?: string; axis?: { title?: string } }> };

const EIGHT = 8 * 3600 * 1000; // the window opens at 08:00 UTC

it('the Edge load chart has the band, the mean, the max and the capacity rule, on a time-of-day axis', () => {
  const [edge] = loadSeries(fixtureRun(), 0);
  const spec = loadChart(edge!) as unknown as { data: { values: Record<string, number>[] }; layer: Layer[] };
  // Buckets at their midpoints (22.5 and 67.5 minutes after 08:00); band cut at 0.
  expect(spec.data.values.map((v) => v['t'])).toEqual([EIGHT + 1350_000, EIGHT + 4050_000]);
  expect(spec.data.values.map((v) => [v['mean'], v['max']])).toEqual([[1, 2], [0.5, 2]]);
  expect(spec.data.values[0]).toMatchObject({ low: 1, high: 1 });
  expect(spec.data.values[1]!['low']).toBe(0);
  const kinds = spec.layer.map((l) => `${l.mark.type}:${l.encoding['y']?.field}`);
  expect(kinds).toEqual(['area:low', 'line:mean', 'line:max', 'rule:capacity', 'text:capacity']);
  const rule = spec.layer[3]!;
  expect(rule.data!.values).toEqual([{ capacity: 2 }]);
  expect(rule.encoding['y']!.title).toBe('concurrent sessions');
  expect(spec.layer[1]!.encoding['x']!.axis!.title).toBe('time of day (UTC)');
});

it('an unlimited port pool gets no capacity rule; one replication gets no band', () => {
  const run = fixtureRun();
  const ports = loadSeries(run, 0)[1]!;
  const kinds = (loadChart(ports) as unknown as { layer: Layer[] }).layer.map((l) => l.mark.type);
  expect(kinds).toEqual(['area', 'line', 'line']);
  expect(ports.capacity).toBe(Number.POSITIVE_INFINITY);
  const alt = loadSeries(run, 1)[0]!; // "alt" has one replication
  const altKinds = (loadChart(alt) as unknown as { layer: Layer[] }).layer.map((l) => l.mark.type);
  expect(altKinds).toEqual(['line', 'line', 'rule', 'text']);
  expect(JSON.stringify(loadChart(alt))).toMatch(/one replication: no interval/);
});
