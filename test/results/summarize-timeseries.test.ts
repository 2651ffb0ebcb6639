import { expect, it } from 'vitest';
import { summarize } from '../../src/results/summarize.js';
import { RESOURCES, SCENARIOS, results } from './summarize-fixture.js';

it('summarize averages each bucket over replications and takes the highest bucket maximum', () => {
  const { timeseries } = summarize(SCENARIOS, RESOURCES, results());
  const rows = timeseries.map((r) => [r.scenario, r.resource, r.t_start_s, r.t_end_s, r.mean_concurrency, r.max_concurrency]);
  // The clock time of each bucket (the window opens at 08:00 UTC), and its requests.
  expect(timeseries.slice(0, 2).map((r) => [r.t_start_utc, r.offered, r.blocked])).toEqual([
    ['08:00', 10, 1.5],
    ['08:45', 0, 0],
  ]);
  expect(rows).toEqual([
    // Edge: bucket 0 = (2700 + 2700)/2700/2, bucket 1 = (2700 + 0)/2700/2.
    ['base', 'edge:dmz', 0, 2700, 1, 2],
    ['base', 'edge:dmz', 2700, 5400, 0.5, 2],
    ['base', 'ports:hq', 0, 2700, 0.25, 2],
    ['base', 'ports:hq', 2700, 5400, 0.5, 1],
    ['alt', 'edge:dmz', 0, 2700, 1 / 3, 1],
    ['alt', 'edge:dmz', 2700, 5400, 1 / 3, 1],
    ['alt', 'ports:hq', 0, 2700, 0, 0],
    ['alt', 'ports:hq', 2700, 5400, 0, 0],
  ]);
});
