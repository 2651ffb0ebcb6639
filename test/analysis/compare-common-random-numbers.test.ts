import { textOf } from '../../src/report/atomic-write.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { compare } from '../../src/analysis/compare.js';
import { renderCompareFiles } from '../../src/report/comparison.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { parseCsv } from '../support/csv.js';
import type { CsvRow as Row } from '../support/csv.js';
import { tempDir } from '../support/temp.js';

// Two scenarios that differ only in an Edge capacity far above the load (peak well
// under 100 sessions; capacities 5000 and 20000) must see the very same calls, so the
// Edge figures are identical and the paired difference is exactly 0 with a zero-width
// interval. With independent random numbers per scenario the means would differ by
// noise (about a session here) and the interval would have width: the test would fail.
// A third scenario (P2P blocked between the sites) moves calls onto the Edge: its
// difference must be positive, with an interval of positive width.
const WORKLOAD = `name: crn
seed: 3
simulation: { warmup: 30m, duration: 3h, replications: 6, interval: 30m }
deployment:
  edges: [{ name: edge, servers: 1, sessionsPerServer: 5000 }]
  pools: [{ name: pool1, edge: edge }]
  sites:
    - { name: hq, pool: pool1, users: 1500 }
    - { name: branch, pool: pool1, users: 400 }
  remote: { users: 200 }
traffic: { profile: flat }
scenarios:
  - name: small-edge
  - name: big-edge
    patch: { deployment: { edges: [{ name: edge, servers: 4, sessionsPerServer: 5000 }] } }
  - name: blocked
    patch: { network: { rules: [{ between: [hq, branch], p2p: blocked }] } }
`;

it('scenarios differing only in an unused capacity give identical Edge figures and a (0, 0, 0) difference', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'crn.yaml'), WORKLOAD);
  // As `avsim compare crn.yaml --workers 2` runs it; comparison.csv read back from its text.
  const output = await compare(loadScenarios(join(dir, 'crn.yaml')), { workers: 2 });
  const comparison = renderCompareFiles(output).find((f) => f.name === 'comparison.csv')!;
  const { rows } = parseCsv(textOf(comparison.data));
  const edge = (scenario: string): Row => rows.find((row) => row.scenario === scenario && row.resource === 'edge:edge')!;
  const small = edge('small-edge');
  const big = edge('big-edge');
  expect(Number(small.mean_concurrency)).toBeGreaterThan(1); // the Edge carries load
  expect(Number(small.peak_concurrency)).toBeLessThan(100); // far below both capacities
  expect([small.capacity, big.capacity]).toEqual(['5000', '20000']);
  for (const column of ['blocking_probability', 'mean_concurrency', 'p95_concurrency', 'peak_concurrency']) {
    expect(big[column], column).toBe(small[column]);
  }
  expect([big.delta_mean_concurrency, big.delta_ci95_low, big.delta_ci95_high]).toEqual(['0', '0', '0']);
  // The same holds for every other resource of the two scenarios.
  for (const row of rows.filter((x) => x.scenario === 'big-edge')) {
    expect([row.delta_mean_concurrency, row.delta_ci95_low, row.delta_ci95_high], row.resource).toEqual(['0', '0', '0']);
  }

  const blocked = edge('blocked');
  const [delta, low, high] = [blocked.delta_mean_concurrency, blocked.delta_ci95_low, blocked.delta_ci95_high].map(Number) as [number, number, number];
  expect(delta).toBeCloseTo(Number(blocked.mean_concurrency) - Number(small.mean_concurrency), 3);
  expect(low).toBeGreaterThan(0);
  expect(high).toBeGreaterThan(low);
  expect(low).toBeLessThanOrEqual(delta);
  expect(delta).toBeLessThanOrEqual(high);
});
