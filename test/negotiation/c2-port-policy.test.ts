import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/negotiation/index.js';
import { BRANCH, HQ, network, room, topology, twoParty } from './fixtures.js';

// C2: a port policy takes effect for a call only when both clients carry it; otherwise
// both use the default range. `p2p: policy` between two sites opens only the policy's
// narrowed range, so peer-to-peer works there only when both clients carry the policy.
const P2P = { ok: true, path: 'p2p', transport: 'udp', portSites: [0, 1], qos: true } as const;
const EDGE_UDP = {
  ok: true,
  path: 'edge-udp',
  edge: 0,
  sessions: 1,
  legs: [
    { party: 0, nic: 'internal', transport: 'udp' },
    { party: 1, nic: 'internal', transport: 'udp' },
  ],
  qos: false,
} as const;

describe('C2: the port policy counts only when both clients carry it', () => {
  const policy = network({}, [{ between: ['hq', 'branch'], p2p: 'policy' }]);

  it('C2, R3: policy range open between sites, both clients carry it -> peer-to-peer, both port pools', () => {
    expect(negotiate(twoParty(HQ, BRANCH, { bothHavePortPolicy: true }), topology(), policy, room())).toEqual(P2P);
  });

  it('C2, R4: policy range open, only one client carries it -> default range (closed) -> Edge internal NIC UDP', () => {
    expect(negotiate(twoParty(HQ, BRANCH, { bothHavePortPolicy: false }), topology(), policy, room())).toEqual(EDGE_UDP);
  });

  it('C2, R3: a fully open range needs no policy; carrying it changes nothing', () => {
    expect(negotiate(twoParty(HQ, BRANCH, { bothHavePortPolicy: false }), topology(), network(), room())).toEqual(P2P);
    expect(negotiate(twoParty(HQ, BRANCH, { bothHavePortPolicy: true }), topology(), network(), room())).toEqual(P2P);
  });

  it('C2, R4: a blocked range stays blocked even when both carry the policy', () => {
    const blocked = network({ p2p: 'blocked' });
    expect(negotiate(twoParty(HQ, BRANCH, { bothHavePortPolicy: true }), topology(), blocked, room())).toEqual(EDGE_UDP);
  });

  it('C2, R3: both carry the policy but a port pool is full -> Edge (R4)', () => {
    const full = room({ portRoom: (site) => site === 0 });
    expect(negotiate(twoParty(HQ, BRANCH, { bothHavePortPolicy: true }), topology(), policy, full)).toEqual(EDGE_UDP);
  });

  it('C2: a between-sites policy rule does not touch same-site calls (default open)', () => {
    expect(negotiate(twoParty(HQ, HQ, { bothHavePortPolicy: false }), topology(), policy, room())).toEqual({
      ...P2P,
      portSites: [],
    });
  });
});
