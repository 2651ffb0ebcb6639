import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/negotiation/index.js';
import { BRANCH, HQ, network, recordingRoom, room, topology, twoParty } from './fixtures.js';

// R4: two internal users with media blocked between their sites fall back to the Edge
// internal NIC; UDP 3478 and TCP 443 are tested in parallel, UDP wins whenever it works.
// (Rows 5, 5b and 5c of the scenario table cover the three outcomes.)
describe('R4: two internal users, media blocked between their sites', () => {
  const blocked = network({ p2p: 'blocked' });

  it('R4: UDP 3478 wins over TCP 443 when both work, and only TCP 443 open gives TCP', () => {
    expect(negotiate(twoParty(HQ, BRANCH), topology(), blocked, room())).toMatchObject({ ok: true, path: 'edge-udp' });
    expect(negotiate(twoParty(HQ, BRANCH), topology(), network({ p2p: 'blocked', edgeUdp: 'blocked' }), room())).toMatchObject({
      ok: true,
      path: 'edge-tcp',
    });
  });

  it('R4: UDP 3478 only (TCP 443 blocked) still relays over UDP', () => {
    expect(negotiate(twoParty(HQ, BRANCH), topology(), network({ p2p: 'blocked', edgeTcp: 'blocked' }), room())).toEqual({
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

  it('R4: the relay asks the Edge for exactly one session', () => {
    const { room: r, asked } = recordingRoom();
    negotiate(twoParty(HQ, BRANCH), topology(), blocked, r);
    expect(asked.filter((q) => q.startsWith('edge:'))).toEqual(['edge:0x1']);
  });

  it('R4: the Edge at capacity -> blocked-capacity on edge:edge, 1 unit', () => {
    expect(negotiate(twoParty(HQ, BRANCH), topology(), blocked, room({ edgeRoom: () => false }))).toEqual({
      ok: false,
      reason: 'capacity',
      path: 'blocked-capacity',
      resource: 'edge:edge',
      units: 1,
    });
  });
});
