import { describe, expect, it } from 'vitest';
import { compileWorkload } from '../../src/model/compiled.js';
import { runReplication } from '../../src/model/replication.js';
import { PATH_INDEX } from '../../src/negotiation/paths.js';
import type { ReplicationResult } from '../../src/results/types.js';
import { WorkloadSchema } from '../../src/workload/schema.js';

/** One 4-hour replication of a small two-site workload with the given changes. */
function simulate(patch: { deployment?: object; network?: object; traffic?: object }): { r: ReplicationResult; ids: string[] } {
  const workload = WorkloadSchema.parse({
    name: 't',
    simulation: { warmup: 1800, duration: 4 * 3600, interval: 3600 },
    deployment: {
      edges: [{ name: 'edge', sessionsPerServer: 10_000 }],
      pools: [{ name: 'pool', edge: 'edge', mcuLegs: 10_000 }],
      sites: [
        { name: 'hq', pool: 'pool', users: 2000 },
        { name: 'branch', pool: 'pool', users: 1000 },
      ],
      ...patch.deployment,
    },
    network: patch.network ?? {},
    traffic: { profile: 'flat', escalationShare: 0, perUserPerHour: { peerAudio: 0.3, peerVideo: 0, conference: 0, liveMeeting: 0 }, ...patch.traffic },
  });
  const compiled = compileWorkload(workload);
  return { r: runReplication({ workload, scenario: 0, replication: 0, seed: 5 }, compiled), ids: compiled.resources.map((x) => x.id) };
}

describe('rules as the model applies them', () => {
  it('R11: media minutes through the Edge lose QoS; with P2P open none do', () => {
    const open = simulate({}).r;
    expect(open.mediaMinutesRelayed).toBe(0);
    expect(open.mediaMinutesDirect).toBeGreaterThan(0);
    const within = [{ between: ['hq', 'hq'], p2p: 'blocked' }, { between: ['branch', 'branch'], p2p: 'blocked' }];
    const blocked = simulate({ network: { default: { p2p: 'blocked' }, rules: within } }).r;
    expect(blocked.mediaMinutesDirect).toBe(0);
    // Same calls (common random numbers), so the same media minutes, now all without QoS.
    expect(blocked.mediaMinutesRelayed).toBeCloseTo(open.mediaMinutesDirect, 6);
  });

  it('C2: with p2p: policy, the share of calls relayed follows the share of clients carrying the policy', () => {
    const share = 0.5;
    const { r } = simulate({
      deployment: {
        sites: [
          { name: 'hq', pool: 'pool', users: 2000, portPolicy: { minMediaPort: 40000, maxMediaPort: 40039, share } },
          { name: 'branch', pool: 'pool', users: 1000, portPolicy: { minMediaPort: 40000, maxMediaPort: 40039, share } },
        ],
      },
      // Policy between the sites and within each (a rule, since the default is between sites only).
      network: { default: { p2p: 'policy' }, rules: [{ between: ['hq', 'hq'], p2p: 'policy' }, { between: ['branch', 'branch'], p2p: 'policy' }] },
    });
    const p2p = r.paths[PATH_INDEX.p2p]!;
    const relayed = r.paths[PATH_INDEX['edge-udp']]!;
    const n = p2p + relayed;
    // P2P needs both clients to carry it: probability share^2 = 0.25; 4 sd binomial tolerance.
    expect(Math.abs(p2p / n - share * share)).toBeLessThan(4 * Math.sqrt((0.25 * 0.75) / n));
  });

  it('R3/R4: a port pool without room moves calls to the Edge and counts the refusal on the pool', () => {
    const { r, ids } = simulate({
      deployment: {
        sites: [
          { name: 'hq', pool: 'pool', users: 2000, portPool: 4 },
          { name: 'branch', pool: 'pool', users: 1000 },
        ],
      },
    });
    const hq = r.resources[ids.indexOf('ports:hq')]!;
    expect(hq.blocked).toBeGreaterThan(0);
    expect(hq.peak).toBeLessThanOrEqual(4);
    expect(hq.offered).toBe(hq.carried + hq.blocked);
    expect(r.paths[PATH_INDEX['edge-udp']]!).toBeGreaterThan(0);
  });

  it('R7: an MCU without room refuses escalations, counted as blocked legs; the calls stay two-party', () => {
    const { r, ids } = simulate({ deployment: { pools: [{ name: 'pool', edge: 'edge', mcuLegs: 3 }] }, traffic: { escalationShare: 0.5 } });
    const mcu = r.resources[ids.indexOf('mcu:pool')]!;
    expect(mcu.peak).toBeLessThanOrEqual(3);
    expect(mcu.blocked).toBeGreaterThan(0);
    expect(mcu.blocked % 3).toBe(0); // a refused escalation asks for three legs
    expect(r.paths[PATH_INDEX['blocked-capacity']]!).toBe(0); // no two-party call was lost
  });

  it('R13: remote users\' signalling is counted apart, never as relay load', () => {
    const { r, ids } = simulate({ deployment: { remote: { users: 700 } }, traffic: { perUserPerHour: { peerAudio: 0, peerVideo: 0, conference: 0, liveMeeting: 0 } } });
    expect(r.signallingConnections).toBe(700);
    expect(r.resources[ids.indexOf('edge:edge')]!.occupancyIntegral).toBe(0);
  });
});
