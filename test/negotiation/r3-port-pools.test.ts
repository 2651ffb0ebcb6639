import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/negotiation/index.js';
import { BRANCH, HQ, network, recordingRoom, room, topology, twoParty } from './fixtures.js';

// R3: two internal users go peer-to-peer when media is open between their sites and both
// sites' port pools have room; a call leaving its site takes ports from its site's pool.
// A full pool makes ICE fall back to the Edge internal NIC (R4).
describe('R3: port pools on peer-to-peer between sites', () => {
  it('R3: hq -> branch across sites lists both sites as portSites [0, 1]', () => {
    expect(negotiate(twoParty(HQ, BRANCH), topology(), network(), room())).toEqual({
      ok: true,
      path: 'p2p',
      transport: 'udp',
      portSites: [0, 1],
      qos: true,
    });
  });

  it('R3: branch -> hq (branch calling) also holds both sites, and only those', () => {
    const plan = negotiate(twoParty(BRANCH, HQ), topology(), network(), room());
    expect(plan.ok && plan.path === 'p2p' ? [...plan.portSites].sort() : plan).toEqual([0, 1]);
  });

  it('R3: both parties at the same site hold no port pool (portSites []) and the core does not ask for ports', () => {
    const { room: r, asked } = recordingRoom({ portRoom: () => false });
    expect(negotiate(twoParty(BRANCH, BRANCH), topology(), network(), r)).toEqual({
      ok: true,
      path: 'p2p',
      transport: 'udp',
      portSites: [],
      qos: true,
    });
    expect(asked.filter((q) => q.startsWith('port:'))).toEqual([]);
  });

  it('R3: crossing sites, the core asks both sites\' pools for room', () => {
    const { room: r, asked } = recordingRoom();
    negotiate(twoParty(HQ, BRANCH), topology(), network(), r);
    expect(new Set(asked.filter((q) => q.startsWith('port:')))).toEqual(new Set(['port:0', 'port:1']));
  });

  it.each([
    ['the callee\'s (branch)', 1],
    ['the caller\'s (hq)', 0],
  ])('R3, R4: %s port pool full -> falls back to the Edge internal NIC, UDP 3478, 1 relay session, no ports', (_who, fullSite) => {
    const full = room({ portRoom: (site) => site !== fullSite });
    expect(negotiate(twoParty(HQ, BRANCH), topology(), network(), full)).toEqual({
      ok: true,
      path: 'edge-udp',
      edge: 0,
      sessions: 1,
      legs: [
        { party: 0, nic: 'internal', transport: 'udp' },
        { party: 1, nic: 'internal', transport: 'udp' },
      ],
      qos: false,
    });
  });

  it('R3, R4: port pool full and the Edge unreachable from the sites -> fails: no media path', () => {
    const full = room({ portRoom: () => false });
    expect(negotiate(twoParty(HQ, BRANCH), topology(), network({ edgeUdp: 'blocked', edgeTcp: 'blocked' }), full)).toEqual({
      ok: false,
      reason: 'no-path',
      path: 'failed-no-path',
    });
  });
});
