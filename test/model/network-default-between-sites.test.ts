/**
 * R3: firewall settings sit between sites. `network.default: { p2p: blocked }` with no
 * rules blocks peer-to-peer between hq and branch only: a call inside a site is still
 * peer-to-peer, a call between them falls back to the Edge internal NIC (R4, UDP). So
 * does a `site:` rule. Two sites of 1,000 users, flat profile: a caller's callee is at
 * its own site with probability 999/1999 (the caller itself excluded), whichever site
 * calls, so the p2p calls are Binomial(calls, 999/1999), checked at 1 in 1000; no call
 * takes port-pool ports, as none crosses sites peer-to-peer.
 */
import { describe, expect, it } from 'vitest';
import { PATH_INDEX } from '../../src/negotiation/paths.js';
import type { WorkloadInput } from '../../src/workload/schema.js';
import { NO_CALLS, binomialTolerance, simulate } from './theory.js';

const workload = (network: WorkloadInput['network']): WorkloadInput => ({
  name: 'between-sites',
  seed: 3,
  simulation: { warmup: 1800, duration: 2 * 3600, replications: 1 },
  deployment: {
    edges: [{ name: 'edge', sessionsPerServer: 100_000 }],
    pools: [{ name: 'pool', edge: 'edge' }],
    sites: [
      { name: 'hq', pool: 'pool', users: 1000 },
      { name: 'branch', pool: 'pool', users: 1000 },
    ],
  },
  network,
  traffic: { profile: 'flat', perUserPerHour: { ...NO_CALLS, peerAudio: 3 }, escalationShare: 0 },
});

describe('R3: network.default and site: rules apply between sites only', () => {
  it.each([
    ['default: { p2p: blocked }, no rules', { default: { p2p: 'blocked' as const } }],
    ['a site: rule blocking hq', { rules: [{ site: 'hq', p2p: 'blocked' as const }] }],
  ])('%s: calls inside a site are p2p, calls between the sites edge-udp', (_label, network) => {
    const run = simulate(workload(network));
    const r = run.results[0]!;
    const p2p = r.paths[PATH_INDEX.p2p]!;
    const relayed = r.paths[PATH_INDEX['edge-udp']]!;
    const calls = r.paths.reduce((a, b) => a + b, 0);
    expect(calls).toBeGreaterThan(10_000);
    expect(p2p + relayed).toBe(calls);
    const within = 999 / 1999;
    expect(Math.abs(p2p - calls * within)).toBeLessThanOrEqual(binomialTolerance(calls, within));
    expect(r.resources[run.index('edge:edge')]!.offered).toBe(relayed);
    expect(r.resources[run.index('ports:hq')]!.offered).toBe(0);
    expect(r.resources[run.index('ports:branch')]!.offered).toBe(0);
  });
});
