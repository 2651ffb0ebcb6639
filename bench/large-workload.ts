/**
 * The benchmark's large workload: 100,000 users on 20 sites in several time zones, 24 h.
 * With `cac`, on Lync Server 2013 (CAC's product; `'none'`: the same without CAC), Call
 * Admission Control on every site: a site policy of 150 audio and 30 video sessions on
 * each, all sites in one region (`'sites'`), or in two regions of ten (one per pool)
 * joined by a region link (`'regions'`), so that a call between the regions reserves on
 * three policies.
 */
import { parseWorkloadValue } from '../src/workload/load.js';
import type { Workload } from '../src/workload/schema.js';

export function largeWorkload(options: { cac?: 'none' | 'sites' | 'regions' } = {}): Workload {
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
        ...(options.cac !== undefined ? { product: 'lync2013' } : {}),
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
      ...(options.cac !== undefined && options.cac !== 'none'
        ? {
            cac: {
              regions:
                options.cac === 'regions'
                  ? [
                      { name: 'region-a', centralSite: 'site-01', sites: sites.slice(0, 10).map((s) => s.name) },
                      { name: 'region-b', centralSite: 'site-11', sites: sites.slice(10).map((s) => s.name) },
                    ]
                  : [{ name: 'region', centralSite: 'site-01', sites: sites.map((s) => s.name) }],
              policies: [
                { name: 'site-wan', audioKbps: 15000, audioSessionKbps: 100, videoKbps: 21000, videoSessionKbps: 700 },
                { name: 'region-wan', audioKbps: 100000, audioSessionKbps: 100, videoKbps: 70000, videoSessionKbps: 700 },
              ],
              sites: sites.map((s) => ({ site: s.name, policy: 'site-wan' })),
              regionLinks: options.cac === 'regions' ? [{ between: ['region-a', 'region-b'], policy: 'region-wan' }] : [],
            },
          }
        : {}),
    },
    'bench/large-workload.ts',
  );
}
