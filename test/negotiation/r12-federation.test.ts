import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/negotiation/index.js';
import { BRANCH, FEDERATED, HQ, REMOTE, conference, network, recordingRoom, room, topology, twoParty } from './fixtures.js';

// R12: a federated partner's Edge exchanges only SIP with ours; media between an internal
// user and a federated user is relayed by OUR A/V Edge: one relay session, the internal
// NIC on our side (the partner reaches our external NIC). A conference with a federated
// participant follows R1.
describe('R12: federation', () => {
  it('R12: internal (hq) calls federated -> one relay session on our Edge, internal NIC on our side, UDP', () => {
    const { room: r, asked } = recordingRoom();
    expect(negotiate(twoParty(HQ, FEDERATED), topology(), network(), r)).toEqual({
      ok: true,
      path: 'edge-udp',
      edge: 0,
      sessions: 1,
      legs: [
        { party: 0, nic: 'internal', transport: 'udp' },
        { party: 1, nic: 'external', transport: 'udp' },
      ],
      qos: false,
    });
    expect(asked).toEqual(['edge:0x1']);
  });

  it('R12: never peer-to-peer with a federated user, even with every range open', () => {
    const plan = negotiate(twoParty(BRANCH, FEDERATED), topology(), network(), room());
    expect(plan).toMatchObject({ ok: true, path: 'edge-udp', edge: 0, sessions: 1 });
  });

  it('R12, R14: federated calls internal (hq) -> still one relay session on OUR Edge, internal NIC for hq', () => {
    // The federated caller has no pool of ours; R12 says our Edge relays all the same.
    expect(negotiate(twoParty(FEDERATED, HQ), topology(), network(), room())).toEqual({
      ok: true,
      path: 'edge-udp',
      edge: 0,
      sessions: 1,
      legs: [
        { party: 0, nic: 'external', transport: 'udp' },
        { party: 1, nic: 'internal', transport: 'udp' },
      ],
      qos: false,
    });
  });

  it('R12, R14: relayEdge callee with a federated callee -> our Edge (the internal caller\'s pool)', () => {
    expect(negotiate(twoParty(HQ, FEDERATED), topology({ relayEdge: 'callee' }), network(), room())).toMatchObject({
      ok: true,
      path: 'edge-udp',
      edge: 0,
      sessions: 1,
    });
  });

  it('R12, R4: the internal site\'s UDP 3478 to the Edge blocked -> our internal leg on TCP 443', () => {
    const plan = negotiate(twoParty(HQ, FEDERATED), topology(), network({ edgeUdp: 'blocked' }), room());
    expect(plan).toMatchObject({ ok: true, path: 'edge-tcp', edge: 0, sessions: 1 });
    expect(plan.ok && plan.path === 'edge-tcp' ? plan.legs[0] : plan).toEqual({ party: 0, nic: 'internal', transport: 'tcp' });
  });

  it('R12, R10: the internal site cannot reach the Edge at all -> fails: no media path', () => {
    expect(negotiate(twoParty(HQ, FEDERATED), topology(), network({ edgeUdp: 'blocked', edgeTcp: 'blocked' }), room())).toEqual({
      ok: false,
      reason: 'no-path',
      path: 'failed-no-path',
    });
  });

  it('R12, R1: a conference with a federated participant -> MCU legs for all, one relay session per federated/remote', () => {
    expect(negotiate(conference(HQ, FEDERATED, BRANCH, REMOTE), topology(), network(), room())).toEqual({
      ok: true,
      path: 'mcu',
      pool: 0,
      legs: 4,
      edge: 0,
      edgeSessions: 2,
      refusedParticipants: 0,
    });
  });

  it('R12, R1: a federated user cannot organise a conference on our MCU -> fails: no media path', () => {
    expect(negotiate(conference(FEDERATED, HQ, BRANCH), topology(), network(), room())).toEqual({
      ok: false,
      reason: 'no-path',
      path: 'failed-no-path',
    });
  });
});
