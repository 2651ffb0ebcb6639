/**
 * Memory linear in the sites (issue 17, row 7): with 10,000 sites nothing is kept per
 * pair of sites. The plan table keeps the pairs that call, the callee rule per segment
 * and location, the network rules sparsely; a replication runs.
 */
import { expect, it } from 'vitest';
import { compileWorkload } from '../../src/model/compiled.js';
import { runReplication } from '../../src/model/replication.js';
import { parseWorkloadValue } from '../../src/workload/load.js';

it('10,000 one-user sites compile and run without a table per pair of sites', () => {
  const sites = 10_000;
  const workload = parseWorkloadValue(
    {
      name: 'many',
      simulation: { warmup: 0, duration: '2h', interval: '1h', replications: 1 },
      deployment: {
        edges: [{ name: 'edge' }],
        pools: [{ name: 'pool', edge: 'edge' }],
        sites: Array.from({ length: sites }, (_, i) => ({ name: `s${i}`, pool: 'pool', users: 1, utcOffsetHours: (i % 24) - 11 })),
      },
      network: { default: { p2p: 'blocked' }, rules: Array.from({ length: 100 }, (_, i) => ({ between: [`s${i}`, `s${i + 1}`], p2p: 'open' })) },
      traffic: { profile: 'flat' },
    },
    'many.yaml',
  );
  const before = process.memoryUsage().heapUsed;
  const compiled = compileWorkload(workload);
  const result = runReplication({ workload, scenario: 0, replication: 0, seed: 1 }, compiled);
  const grown = process.memoryUsage().heapUsed - before;
  // A dense pair table alone would be 10,001 x 10,002 x 8 entries x 4 bytes = 3.2 GB.
  expect(grown).toBeLessThan(400 * 1024 * 1024);
  expect(compiled.network.p2pBetween(0, 1)).toBe(0); // a rule opened it
  expect(compiled.network.p2pBetween(0, 5000)).toBe(1); // the default between sites
  expect(compiled.network.p2pBetween(5000, 5000)).toBe(0); // within a site
  expect(result.callsSimulated).toBeGreaterThan(0);
  expect(result.resources).toHaveLength(1 + 1 + sites);
});
