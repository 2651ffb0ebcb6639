import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { avsim, tempDir } from './cli-harness.js';

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

type Row = Record<string, string>;

function parseCsv(text: string): Row[] {
  const [header, ...lines] = text.trim().split('\n');
  const columns = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i]!, cell])));
}

it('scenarios differing only in an unused capacity give identical Edge figures and a (0, 0, 0) difference', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'crn.yaml'), WORKLOAD);
  const out = join(dir, 'out');
  const r = avsim(['compare', join(dir, 'crn.yaml'), '--out', out, '--quiet', '--workers', '2']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const rows = parseCsv(readFileSync(join(out, 'comparison.csv'), 'utf8'));
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
