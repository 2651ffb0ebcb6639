/**
 * A long window at a fine interval: the load chart draws at most MAX_CHART_POINTS points,
 * each a run of consecutive buckets whose mean is the run's time-weighted mean and whose
 * highest is the run's highest, covering the window end to end; a series that fits is
 * drawn bucket by bucket.
 */
import { expect, it } from 'vitest';
import { runScenarios } from '../../src/analysis/run.js';
import { loadSeries, MAX_CHART_POINTS } from '../../src/report/html/load-series.js';
import { parseWorkloadValue } from '../../src/workload/load.js';
import { keptPool } from '../support/pool.js';

function workload(duration: string) {
  return parseWorkloadValue(
    {
      name: 'long',
      seed: 5,
      simulation: { warmup: '1h', duration, start: '00:00', replications: 2, interval: '1m' },
      deployment: {
        edges: [{ name: 'e', servers: 1, sessionsPerServer: 20 }],
        pools: [{ name: 'p', edge: 'e' }],
        sites: [
          { name: 'a', pool: 'p', users: 100 },
          { name: 'b', pool: 'p', users: 50 },
        ],
      },
      network: { default: { p2p: 'blocked' } },
    },
    'test',
  );
}

it('a 3-day window of 1-minute buckets is drawn in runs of buckets, means and highs kept', async () => {
  const out = await runScenarios([{ name: 'base', workload: workload('3d') }], { pool: keptPool() });
  const rows = out.summary.timeseries.filter((row) => row.resource === 'edge:e');
  expect(rows.length).toBe(3 * 1440);
  const edge = loadSeries(out, 0).find((s) => s.resource === 'edge:e')!;
  const group = Math.ceil(rows.length / MAX_CHART_POINTS);
  expect(group).toBe(3);
  expect(edge.buckets.length).toBe(Math.ceil(rows.length / group));
  expect(edge.buckets.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
  expect(edge.buckets[0]!.start).toBe(0);
  expect(edge.buckets.at(-1)!.end).toBe(3 * 86400);
  edge.buckets.forEach((point, p) => {
    const span = rows.slice(p * group, (p + 1) * group);
    const mean = span.reduce((sum, row) => sum + row.mean_concurrency, 0) / span.length; // equal buckets
    expect(point.mean).toBeCloseTo(mean, 9);
    expect(point.max).toBe(Math.max(...span.map((row) => row.max_concurrency)));
    expect(point.low).toBeLessThanOrEqual(point.mean + 1e-9);
    expect(point.high).toBeGreaterThanOrEqual(point.mean - 1e-9);
  });
  // The whole window's mean survives the grouping.
  const summary = out.summary.summary.find((row) => row.resource === 'edge:e')!;
  const overall = edge.buckets.reduce((sum, b) => sum + b.mean * (b.end - b.start), 0) / (3 * 86400);
  expect(overall).toBeCloseTo(summary.mean_concurrency, 6);
});

it('a day of 1-minute buckets fits: one point per bucket, as in timeseries.csv', async () => {
  const out = await runScenarios([{ name: 'base', workload: workload('24h') }], { pool: keptPool() });
  const rows = out.summary.timeseries.filter((row) => row.resource === 'edge:e');
  const edge = loadSeries(out, 0).find((s) => s.resource === 'edge:e')!;
  expect(edge.buckets.map((b) => [b.start, b.mean, b.max])).toEqual(rows.map((row) => [row.t_start_s, row.mean_concurrency, row.max_concurrency]));
});
