import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/negotiation/index.js';
import { BRANCH, FEDERATED, HQ, REMOTE, conference, liveMeeting, network, recordingRoom, room, topology, twoParty } from './fixtures.js';

// R9: without an A/V Edge, R4 and R5 fail (default: fail) and remote users cannot join
// conferences' A/V. Paths that never needed the Edge still work.
const NO_PATH = { ok: false, reason: 'no-path', path: 'failed-no-path' } as const;
const none = topology({ edge: false });

describe('R9: no A/V Edge deployed', () => {
  it('R4, R9: two internal users, range blocked -> fails: no media path (not certificate)', () => {
    expect(negotiate(twoParty(HQ, BRANCH), none, network({ p2p: 'blocked' }), room())).toEqual(NO_PATH);
  });

  it('R3, R9: a port pool full -> the Edge fallback is missing -> no media path', () => {
    expect(negotiate(twoParty(HQ, BRANCH), none, network(), room({ portRoom: () => false }))).toEqual(NO_PATH);
  });

  it('R5, R9: internal + remote -> fails: no media path, whoever calls', () => {
    expect(negotiate(twoParty(HQ, REMOTE), none, network(), room())).toEqual(NO_PATH);
    expect(negotiate(twoParty(REMOTE, BRANCH), none, network(), room())).toEqual(NO_PATH);
  });

  it('R12, R9: internal + federated needs our Edge -> no media path', () => {
    expect(negotiate(twoParty(HQ, FEDERATED), none, network(), room())).toEqual(NO_PATH);
  });

  it('R3, R6, R9: peer-to-peer between sites and between remote users needs no Edge', () => {
    expect(negotiate(twoParty(HQ, BRANCH), none, network(), room())).toEqual({ ok: true, path: 'p2p', transport: 'udp', portSites: [0, 1], qos: true });
    expect(negotiate(twoParty(REMOTE, REMOTE), none, network(), room())).toEqual({ ok: true, path: 'p2p', transport: 'udp', portSites: [], qos: true });
  });

  it('R1, R9: conference with a remote participant -> MCU legs for the internal ones, the remote refused', () => {
    const { room: r, asked } = recordingRoom();
    expect(negotiate(conference(HQ, BRANCH, REMOTE), none, network(), r)).toEqual({
      ok: true,
      path: 'mcu',
      pool: 0,
      legs: 2,
      edge: -1,
      edgeSessions: 0,
      refusedParticipants: 1,
    });
    expect(asked).toEqual(['mcu:0x2']);
  });

  it('R1, R9, R12: remote and federated participants are all refused; the Live Meeting still runs for internal ones', () => {
    expect(negotiate(liveMeeting(HQ, REMOTE, FEDERATED, REMOTE), none, network(), room())).toEqual({
      ok: true,
      path: 'mcu',
      pool: 0,
      legs: 1,
      edge: -1,
      edgeSessions: 0,
      refusedParticipants: 3,
    });
  });

  it('R1, R9: an internal-only conference needs no Edge: nobody refused', () => {
    expect(negotiate(conference(HQ, BRANCH, HQ), none, network(), room())).toEqual({
      ok: true,
      path: 'mcu',
      pool: 0,
      legs: 3,
      edge: -1,
      edgeSessions: 0,
      refusedParticipants: 0,
    });
  });

  it('R1, R9: a remote organiser cannot hold the conference -> fails: no media path, no MCU asked', () => {
    const { room: r, asked } = recordingRoom();
    expect(negotiate(conference(REMOTE, HQ, BRANCH), none, network(), r)).toEqual(NO_PATH);
    expect(asked).toEqual([]);
  });
});
