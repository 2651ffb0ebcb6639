import { expect, it } from 'vitest';
import { compare as compareScenarios } from '../../src/analysis/compare.js';
import type { ComparisonRow } from '../../src/results/comparison.js';
import type { PathRow } from '../../src/results/types.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { keptPool } from '../support/pool.js';
import { workload } from '../support/workloads.js';

// The example scenario sets answer the seed's questions, and common random numbers make
// their answers exact where the model says they must be.

/** comparison.csv's and paths.csv's rows of `avsim compare workloads/FILE --replications 2` (the runs share a kept pool). */
async function compare(file: string): Promise<{ comparison: readonly ComparisonRow[]; paths: readonly PathRow[] }> {
  const output = await compareScenarios(loadScenarios(workload(file)), { replications: 2, pool: keptPool() });
  return { comparison: output.comparison, paths: output.summary.paths };
}

const figure = (rows: readonly (ComparisonRow | PathRow)[], scenario: string, key: string, column: string): number => {
  const row = rows.find((x) => x.scenario === scenario && ('resource' in x ? x.resource : x.path) === key);
  if (!row) throw new Error(`no row ${scenario} ${key}`);
  return (row as unknown as Record<string, number>)[column]!;
};

it('p2p-open-vs-blocked: blocking P2P between HQ and the branches moves HQ\'s inter-site media onto the Edge', async () => {
  const { comparison } = await compare('p2p-open-vs-blocked.yaml');
  expect(figure(comparison, 'open', 'ports:hq', 'mean_concurrency')).toBeGreaterThan(0);
  expect(figure(comparison, 'blocked-hq-branches', 'ports:hq', 'mean_concurrency')).toBe(0);
  expect(figure(comparison, 'blocked-hq-branches', 'edge:edge', 'delta_ci95_low')).toBeGreaterThan(0);
  expect(figure(comparison, 'blocked-all-inter-site', 'edge:edge', 'delta_mean_concurrency')).toBeGreaterThan(
    figure(comparison, 'blocked-hq-branches', 'edge:edge', 'delta_mean_concurrency'),
  );
});

it('port-policy-40: the fewer clients carry the 40-port policy, the more the Edge relays (C2)', async () => {
  const { comparison } = await compare('port-policy-40.yaml');
  const edge = ['policy-on-all', 'policy-on-75pct', 'policy-on-50pct', 'policy-on-25pct'].map((s) =>
    figure(comparison, s, 'edge:edge', 'mean_concurrency'),
  );
  expect(edge[0]).toBe(0); // everyone carries it: every inter-site call stays P2P
  for (let i = 1; i < edge.length; i++) expect(edge[i]!).toBeGreaterThan(edge[i - 1]!);
});

it('certificate-san: the calls that fail on the extra SAN are exactly those the workaround relays (R8)', async () => {
  const { paths } = await compare('certificate-san.yaml');
  const failed = figure(paths, 'extra-san', 'failed-certificate', 'calls');
  expect(failed).toBeGreaterThan(0);
  for (const fixed of ['extra-san-with-cname', 'cn-only']) {
    expect(figure(paths, fixed, 'failed-certificate', 'calls')).toBe(0);
    expect(figure(paths, fixed, 'edge-udp', 'calls')).toBe(failed); // same calls, same count
    expect(figure(paths, fixed, 'p2p', 'calls')).toBe(figure(paths, 'extra-san', 'p2p', 'calls'));
  }
});
