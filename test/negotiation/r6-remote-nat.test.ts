import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/negotiation/index.js';
import { REMOTE, network, recordingRoom, room, topology, twoParty } from './fixtures.js';

// R6: two remote users go peer-to-peer over the Internet (no Edge media); where their NATs
// defeat it, ICE falls back to the Edge external NIC: one relay session.
const EXTERNAL_RELAY = {
  ok: true,
  path: 'edge-udp',
  edge: 0,
  sessions: 1,
  legs: [
    { party: 0, nic: 'external', transport: 'udp' },
    { party: 1, nic: 'external', transport: 'udp' },
  ],
  qos: false,
} as const;

describe('R6: two remote users', () => {
  it('R6: NATs allow it -> peer-to-peer over the Internet, no Edge asked, no port pool', () => {
    const { room: r, asked } = recordingRoom();
    expect(negotiate(twoParty(REMOTE, REMOTE), topology(), network(), r)).toEqual({
      ok: true,
      path: 'p2p',
      transport: 'udp',
      portSites: [],
      qos: true,
    });
    expect(asked).toEqual([]);
  });

  it('R6: the site network (all blocked) does not matter to two remote users', () => {
    const sealed = network({ p2p: 'blocked', edgeUdp: 'blocked', edgeTcp: 'blocked' });
    expect(negotiate(twoParty(REMOTE, REMOTE), topology(), sealed, room())).toMatchObject({ ok: true, path: 'p2p' });
    expect(negotiate(twoParty(REMOTE, REMOTE, { natDefeatsP2p: true }), topology(), sealed, room())).toEqual(EXTERNAL_RELAY);
  });

  it('R6: NATs defeat peer-to-peer -> Edge external NIC for both, UDP, 1 relay session', () => {
    const { room: r, asked } = recordingRoom();
    expect(negotiate(twoParty(REMOTE, REMOTE, { natDefeatsP2p: true }), topology(), network(), r)).toEqual(EXTERNAL_RELAY);
    expect(asked).toEqual(['edge:0x1']);
  });

  it('R6, R8: the external-NIC fallback is not touched by the internal NIC certificate', () => {
    expect(negotiate(twoParty(REMOTE, REMOTE, { natDefeatsP2p: true }), topology({ certificateFails: true }), network(), room())).toEqual(
      EXTERNAL_RELAY,
    );
  });

  it('R6, R9: NATs defeat peer-to-peer and no Edge is deployed -> fails: no media path', () => {
    expect(negotiate(twoParty(REMOTE, REMOTE, { natDefeatsP2p: true }), topology({ edge: false }), network(), room())).toEqual({
      ok: false,
      reason: 'no-path',
      path: 'failed-no-path',
    });
  });

  it('R6: the fallback relay at Edge capacity -> blocked-capacity on edge:edge, 1 unit', () => {
    const full = room({ edgeRoom: () => false });
    expect(negotiate(twoParty(REMOTE, REMOTE, { natDefeatsP2p: true }), topology(), network(), full)).toEqual({
      ok: false,
      reason: 'capacity',
      path: 'blocked-capacity',
      resource: 'edge:edge',
      units: 1,
    });
  });
});
