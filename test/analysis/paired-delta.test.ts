import { expect, it } from 'vitest';
import { comparisonRows } from '../../src/results/comparison.js';
import { tQuantile } from '../../src/stats/student-t.js';
import type { ReplicationResult, ResourceInfo, SummaryRow } from '../../src/results/types.js';
import { replicationResult, resourceFigures } from '../support/replication-result.js';

const EDGE: ResourceInfo = { id: 'edge:e', kind: 'edge', capacity: 10 };
const PORTS: ResourceInfo = { id: 'ports:hq', kind: 'ports', capacity: Infinity };

/** A replication whose resources hold the given mean concurrencies over a 100 s window. */
function rep(scenario: number, replication: number, means: number[]): ReplicationResult {
  return replicationResult({ scenario, replication, windowSeconds: 100, resources: means.map((m) => resourceFigures(1, 1, { occupancyIntegral: m * 100 })) });
}

function summaryRow(scenario: string, info: ResourceInfo, mean: number): SummaryRow {
  return {
    scenario,
    resource: info.id,
    kind: info.kind,
    capacity: info.capacity,
    offered: 0,
    carried: 0,
    blocked: 0,
    blocking_probability: 0.25,
    blocking_ci95_low: 0,
    blocking_ci95_high: 0,
    mean_concurrency: mean,
    p95_concurrency: 7,
    peak_concurrency: 9,
    busy_hour_utc: '',
    busy_hour_offered_erlangs: 0,
    busy_hour_blocking: 0,
    busy_hour_blocking_ci95_low: 0,
    busy_hour_blocking_ci95_high: 0,
    busy_hour_mbps: 0,
  };
}

it('pairs replications by index: mean and Student-t interval of the differences', () => {
  // Edge means: base 4, 6, 8; alt 5, 8, 9 -> differences 1, 2, 1 (mean 4/3, s = 1/sqrt(3)).
  // The results arrive out of order: pairing follows the replication index, not the position.
  const results = [rep(1, 2, [9]), rep(0, 0, [4]), rep(1, 0, [5]), rep(0, 2, [8]), rep(0, 1, [6]), rep(1, 1, [8])];
  const rows = comparisonRows(['base', 'alt'], [[EDGE], [EDGE]], [summaryRow('base', EDGE, 6), summaryRow('alt', EDGE, 22 / 3)], results);
  expect(rows.map((r) => r.scenario)).toEqual(['base', 'alt']);
  expect(rows[0]).toMatchObject({ delta_mean_concurrency: 0, delta_ci95_low: 0, delta_ci95_high: 0, mean_concurrency: 6 });
  const half = (tQuantile(0.975, 2) * (1 / Math.sqrt(3))) / Math.sqrt(3);
  expect(rows[1]!.delta_mean_concurrency).toBeCloseTo(4 / 3, 12);
  expect(rows[1]!.delta_ci95_low).toBeCloseTo(4 / 3 - half, 12);
  expect(rows[1]!.delta_ci95_high).toBeCloseTo(4 / 3 + half, 12);
  // The other figures are copied from the summary rows.
  expect(rows[1]).toMatchObject({ capacity: 10, blocking_probability: 0.25, mean_concurrency: 22 / 3, p95_concurrency: 7, peak_concurrency: 9 });
});

it('leaves the delta empty for a resource the first scenario lacks', () => {
  const results = [rep(0, 0, [1]), rep(0, 1, [2]), rep(1, 0, [1, 3]), rep(1, 1, [2, 5])];
  const rows = comparisonRows(
    ['base', 'more-sites'],
    [[EDGE], [EDGE, PORTS]],
    [summaryRow('base', EDGE, 1.5), summaryRow('more-sites', EDGE, 1.5), summaryRow('more-sites', PORTS, 4)],
    results,
  );
  expect(rows.map((r) => `${r.scenario} ${r.resource}`)).toEqual(['base edge:e', 'more-sites edge:e', 'more-sites ports:hq']);
  expect(rows[1]).toMatchObject({ delta_mean_concurrency: 0, delta_ci95_low: 0, delta_ci95_high: 0 });
  expect(rows[2]!.delta_mean_concurrency).toBeNaN();
  expect(rows[2]!.delta_ci95_low).toBeNaN();
  expect(rows[2]!.delta_ci95_high).toBeNaN();
});

it('gives the difference without an interval from one replication, and refuses unpaired replications', () => {
  const one = comparisonRows(['a', 'b'], [[EDGE], [EDGE]], [summaryRow('a', EDGE, 2), summaryRow('b', EDGE, 5)], [rep(0, 0, [2]), rep(1, 0, [5])]);
  expect(one[1]!.delta_mean_concurrency).toBe(3);
  expect(one[1]!.delta_ci95_low).toBeNaN();
  expect(() =>
    comparisonRows(['a', 'b'], [[EDGE], [EDGE]], [summaryRow('a', EDGE, 2), summaryRow('b', EDGE, 5)], [rep(0, 0, [2]), rep(1, 1, [5])]),
  ).toThrow(/replication 0 is missing/);
});
