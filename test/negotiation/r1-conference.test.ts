import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/negotiation/index.js';
import type { Topology } from '../../src/negotiation/index.js';
import { BRANCH, FEDERATED, HQ, REMOTE, conference, liveMeeting, network, recordingRoom, room, topology } from './fixtures.js';

// R1: three or more parties, or any Live Meeting / web-conferencing A/V session (even of
// two), never go peer-to-peer: every participant takes one leg on the organiser's pool
// MCU; remote and federated participants reach it through that pool's Edge, one relay
// session each. A conference that cannot seat all its legs is blocked, naming the resource.
const twoPools: Topology = {
  sites: [
    { name: 'hq', pool: 0 },
    { name: 'branch', pool: 1 },
  ],
  pools: [
    { name: 'pool-a', edge: 0 },
    { name: 'pool-b', edge: 1 },
  ],
  edges: [
    { name: 'edge-a', internalNicCertificateFails: false },
    { name: 'edge-b', internalNicCertificateFails: false },
  ],
  remotePool: 0,
  relayEdge: 'caller',
};

describe('R1: conferences on the organiser\'s pool MCU', () => {
  it('R1: a Live Meeting of two internal users at the same site -> MCU, 2 legs, no Edge (never peer-to-peer)', () => {
    expect(negotiate(liveMeeting(HQ, HQ), topology(), network(), room())).toEqual({
      ok: true,
      path: 'mcu',
      pool: 0,
      legs: 2,
      edge: -1,
      edgeSessions: 0,
      refusedParticipants: 0,
    });
  });

  it('R1: an internal-only conference asks the MCU for every leg and the Edge for nothing', () => {
    const { room: r, asked } = recordingRoom();
    expect(negotiate(conference(HQ, BRANCH, HQ, BRANCH), topology(), network(), r)).toMatchObject({ legs: 4, edge: -1, edgeSessions: 0 });
    expect(asked).toEqual(['mcu:0x4']);
  });

  it('R1, R12: one relay session per remote and per federated participant, on the organiser\'s pool Edge', () => {
    const { room: r, asked } = recordingRoom();
    expect(negotiate(conference(HQ, REMOTE, FEDERATED, REMOTE, BRANCH), topology(), network(), r)).toEqual({
      ok: true,
      path: 'mcu',
      pool: 0,
      legs: 5,
      edge: 0,
      edgeSessions: 3,
      refusedParticipants: 0,
    });
    expect(asked).toEqual(['mcu:0x5', 'edge:0x3']);
  });

  it('R1, R14: legs go on the organiser\'s pool MCU, not the participants\' pools', () => {
    expect(negotiate(conference(BRANCH, HQ, HQ), twoPools, network(), room())).toMatchObject({ path: 'mcu', pool: 1, legs: 3 });
    expect(negotiate(conference(HQ, BRANCH, BRANCH), twoPools, network(), room())).toMatchObject({ path: 'mcu', pool: 0, legs: 3 });
  });

  it('R1: a remote organiser uses the remote users\' pool MCU and its Edge', () => {
    expect(negotiate(conference(REMOTE, HQ, BRANCH), topology(), network(), room())).toEqual({
      ok: true,
      path: 'mcu',
      pool: 0,
      legs: 3,
      edge: 0,
      edgeSessions: 1,
      refusedParticipants: 0,
    });
  });

  it('R1: the network between sites does not matter to a conference (no peer-to-peer, no internal-NIC relay)', () => {
    const sealed = network({ p2p: 'blocked', edgeUdp: 'blocked', edgeTcp: 'blocked' });
    expect(negotiate(conference(HQ, BRANCH, REMOTE), topology(), sealed, room())).toMatchObject({ path: 'mcu', legs: 3, edgeSessions: 1 });
  });

  it('R1: the MCU cannot seat every leg -> blocked-capacity naming mcu:<pool>, with the legs refused', () => {
    const seatsThree = room({ mcuRoom: (_pool, legs) => legs <= 3 });
    expect(negotiate(conference(HQ, HQ, BRANCH, REMOTE), topology(), network(), seatsThree)).toEqual({
      ok: false,
      reason: 'capacity',
      path: 'blocked-capacity',
      resource: 'mcu:pool1',
      units: 4,
    });
    expect(negotiate(conference(HQ, HQ, BRANCH), topology(), network(), seatsThree)).toMatchObject({ ok: true, legs: 3 });
  });

  it('R1, R14: the capacity failure names the organiser\'s pool (mcu:pool-b)', () => {
    const bFull = room({ mcuRoom: (pool) => pool !== 1 });
    expect(negotiate(conference(BRANCH, HQ, HQ), twoPools, network(), bFull)).toMatchObject({ reason: 'capacity', resource: 'mcu:pool-b', units: 3 });
  });

  it('R1: the Edge cannot seat every remote leg -> blocked-capacity naming edge:<name>, with the sessions refused', () => {
    const edgeSeatsOne = room({ edgeRoom: (_edge, sessions) => sessions <= 1 });
    expect(negotiate(conference(HQ, REMOTE, REMOTE), topology(), network(), edgeSeatsOne)).toEqual({
      ok: false,
      reason: 'capacity',
      path: 'blocked-capacity',
      resource: 'edge:edge',
      units: 2,
    });
    expect(negotiate(conference(HQ, REMOTE, BRANCH), topology(), network(), edgeSeatsOne)).toMatchObject({ ok: true, edgeSessions: 1 });
  });

  it('R1, R14: the Edge capacity failure names the organiser\'s pool Edge (edge:edge-b)', () => {
    const bFull = room({ edgeRoom: (edge) => edge !== 1 });
    expect(negotiate(conference(BRANCH, HQ, REMOTE), twoPools, network(), bFull)).toMatchObject({ reason: 'capacity', resource: 'edge:edge-b', units: 1 });
  });
});
