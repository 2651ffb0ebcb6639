/**
 * R11 by product (MEDIA-RULES.md, Products): DiffServ markings are lost through the A/V
 * Edge on OCS 2007 R2, where `qosOnInternalNic` is an error at load; on Lync 2010 and
 * later, with it, only the Edge's external side loses them. So on lync2013 a relayed
 * call between two internal users keeps QoS whole (no media minutes without it), and a
 * relayed call between an internal and a remote user loses it for the remote party
 * only: exactly half its media minutes. Without the switch, every relayed minute loses
 * it. Each pair of runs uses the same seed, hence the same calls.
 */
import { describe, expect, it } from 'vitest';
import { errorOf } from '../workload/helpers.js';
import { parseWorkloadValue } from '../../src/workload/load.js';
import type { Product, WorkloadInput } from '../../src/workload/schema.js';
import { NO_CALLS, simulate } from './theory.js';

/** hq only: media blocked within hq (R4), or calling only the remote users (R5). */
const workload = (product: Product, qosOnInternalNic: boolean, calls: 'internal' | 'remote'): WorkloadInput => ({
  name: 'r11',
  seed: 11,
  simulation: { warmup: 1800, duration: 2 * 3600, replications: 1 },
  deployment: {
    product,
    edges: [{ name: 'edge', sessionsPerServer: 100_000, qosOnInternalNic }],
    pools: [{ name: 'pool', edge: 'edge' }],
    sites: [{ name: 'hq', pool: 'pool', users: 1000, traffic: { perUserPerHour: { peerAudio: 0.5 } } }],
    remote: { users: calls === 'remote' ? 500 : 0 },
  },
  network: { rules: [{ between: ['hq', 'hq'], p2p: 'blocked' }] },
  traffic: {
    profile: 'flat',
    perUserPerHour: NO_CALLS, // remote users do not call
    escalationShare: 0,
    affinity: calls === 'remote' ? [{ from: 'hq', to: 'hq', weight: 0 }] : [],
  },
});

const minutes = (product: Product, qos: boolean, calls: 'internal' | 'remote') => {
  const run = simulate(workload(product, qos, calls));
  const r = run.results[0]!;
  return { relayed: r.mediaMinutesRelayed, direct: r.mediaMinutesDirect, edge: r.resources[run.index('edge:edge')]!.carried };
};

describe('R11: QoS through the Edge, by product', () => {
  it('ocs2007r2: qosOnInternalNic is an error at load', () => {
    expect(errorOf(() => parseWorkloadValue(workload('ocs2007r2', true, 'internal'), 'w.yaml')).problems).toEqual([
      "deployment.edges[0].qosOnInternalNic: expected false on ocs2007r2 (DSCP on the Edge's internal interface came with Lync Server 2010, R11), got true",
    ]);
  });

  it('lync2013 with qosOnInternalNic: an internal-internal relayed call keeps QoS; without it, loses it', () => {
    const on = minutes('lync2013', true, 'internal');
    const off = minutes('lync2013', false, 'internal');
    expect(on.edge).toBeGreaterThan(500); // the calls were relayed (about 1,000 expected)
    expect(on.relayed).toBe(0);
    expect(on.direct).toBeGreaterThan(0);
    expect(off.direct).toBe(0);
    expect(off.relayed).toBeCloseTo(on.direct, 6);
  });

  it('lync2013 with qosOnInternalNic: an internal-remote call loses QoS for the remote party only', () => {
    const on = minutes('lync2013', true, 'remote');
    const off = minutes('lync2013', false, 'remote');
    expect(on.edge).toBeGreaterThan(500);
    expect(on.direct).toBeGreaterThan(0);
    expect(Math.abs(on.relayed - on.direct)).toBeLessThanOrEqual(1e-9 * on.direct);
    expect(off.direct).toBe(0);
    expect(off.relayed).toBeCloseTo(on.relayed + on.direct, 6);
  });

  it('ocs2007r2 without the switch: an internal-internal relayed call loses QoS, as on lync2013 without it', () => {
    const ocs = minutes('ocs2007r2', false, 'internal');
    expect(ocs.direct).toBe(0);
    expect(ocs.relayed).toBeCloseTo(minutes('lync2013', false, 'internal').relayed, 6);
  });
});
