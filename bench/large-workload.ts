/** The benchmark's large workload: 100,000 users on 20 sites in several time zones, 24 h. */
import { parseWorkloadValue } from '../src/workload/load.js';
import type { Workload } from '../src/workload/schema.js';

export function largeWorkload(): Workload {
  const sites = Array.from({ length: 20 }, (_, i) => ({
    name: `site-${String(i + 1).padStart(2, '0')}`,
    pool: i < 10 ? 'pool-a' : 'pool-b',
    users: 5000,
    utcOffsetHours: [-8, -5, 0, 1, 5.5, 8, 9, 10][i % 8],
    ...(i % 4 === 0 ? { portPolicy: { minMediaPort: 40000, maxMediaPort: 40039, share: 0.5 }, portPool: 400 } : {}),
  }));
  return parseWorkloadValue(
    {
      name: 'bench-large',
      seed: 7,
      simulation: { warmup: '1h', duration: '24h', start: '00:00', replications: 30, interval: '30m' },
      deployment: {
        edges: [
          { name: 'edge-a', servers: 2, sessionsPerServer: 500, loadBalanced: true },
          { name: 'edge-b', servers: 2, sessionsPerServer: 500, loadBalanced: true },
        ],
        pools: [
          { name: 'pool-a', edge: 'edge-a', mcuLegs: 1000 },
          { name: 'pool-b', edge: 'edge-b', mcuLegs: 1000 },
        ],
        sites,
        remote: { users: 0 },
        federated: { share: 0.01 },
      },
      network: {
        rules: [
          { between: ['site-01', 'site-02'], p2p: 'blocked' },
          { between: ['site-01', 'site-05'], p2p: 'policy' },
          { site: 'site-03', edgeUdp: 'blocked' },
        ],
      },
      traffic: { profile: 'office', holdingTime: { distribution: 'lognormal', mean: '4m', cv: 1.2 } },
    },
    'bench/large-workload.ts',
  );
}
