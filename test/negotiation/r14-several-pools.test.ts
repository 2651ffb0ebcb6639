import { describe, expect, it } from 'vitest';
import { negotiate, relayEdgeOf } from '../../src/negotiation/index.js';
import type { Topology } from '../../src/negotiation/index.js';
import { BRANCH, FEDERATED, HQ, REMOTE, conference, network, recordingRoom, room, twoParty } from './fixtures.js';

// R14: each pool is served by the A/V Edge it names. A relayed two-party call uses the
// Edge of the caller's pool (switch: callee); a conference uses the organiser's pool MCU
// and that pool's Edge. hq is on pool-a (edge-a), branch on pool-b (edge-b); remote users
// belong to pool-b.
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
  remotePool: 1,
  relayEdge: 'caller',
};
const calleeSwitch: Topology = { ...twoPools, relayEdge: 'callee' };
const blocked = network({ p2p: 'blocked' });

function edgeOf(plan: ReturnType<typeof negotiate>): number | string {
  return plan.ok && plan.path !== 'p2p' ? plan.edge : plan.path;
}

describe("R14: several pools, each with the Edge it names", () => {
  it("R14, R4: hq -> branch relayed on the caller's (hq, pool-a) Edge edge-a; branch -> hq on edge-b", () => {
    expect(edgeOf(negotiate(twoParty(HQ, BRANCH), twoPools, blocked, room()))).toBe(0);
    expect(edgeOf(negotiate(twoParty(BRANCH, HQ), twoPools, blocked, room()))).toBe(1);
  });

  it("R14, R4: the core asks the caller's Edge for exactly one session", () => {
    const { room: r, asked } = recordingRoom();
    negotiate(twoParty(BRANCH, HQ), twoPools, blocked, r);
    expect(asked.filter((q) => q.startsWith('edge:'))).toEqual(['edge:1x1']);
  });

  it("R14, R4: relayEdge 'callee' switches to the callee's pool's Edge", () => {
    expect(edgeOf(negotiate(twoParty(HQ, BRANCH), calleeSwitch, blocked, room()))).toBe(1);
    expect(edgeOf(negotiate(twoParty(BRANCH, HQ), calleeSwitch, blocked, room()))).toBe(0);
    expect(relayEdgeOf(twoParty(HQ, BRANCH), calleeSwitch)).toBe(1);
    expect(relayEdgeOf(twoParty(HQ, BRANCH), twoPools)).toBe(0);
  });

  it("R14, R5: hq calls a remote user (remote pool pool-b) -> edge-a, the caller's; with 'callee' -> edge-b", () => {
    expect(edgeOf(negotiate(twoParty(HQ, REMOTE), twoPools, network(), room()))).toBe(0);
    expect(edgeOf(negotiate(twoParty(HQ, REMOTE), calleeSwitch, network(), room()))).toBe(1);
    expect(edgeOf(negotiate(twoParty(REMOTE, HQ), twoPools, network(), room()))).toBe(1);
  });

  it("R14, R12: 'callee' with a federated callee (no pool of ours) -> the caller's Edge", () => {
    expect(edgeOf(negotiate(twoParty(BRANCH, FEDERATED), calleeSwitch, network(), room()))).toBe(1);
  });

  it("R14, R8: only the relaying Edge's certificate matters", () => {
    const badA: Topology = {
      ...twoPools,
      edges: [
        { name: 'edge-a', internalNicCertificateFails: true },
        { name: 'edge-b', internalNicCertificateFails: false },
      ],
    };
    expect(negotiate(twoParty(HQ, BRANCH), badA, blocked, room())).toEqual({ ok: false, reason: 'certificate', path: 'failed-certificate' });
    expect(edgeOf(negotiate(twoParty(BRANCH, HQ), badA, blocked, room()))).toBe(1);
    expect(edgeOf(negotiate(twoParty(HQ, BRANCH), { ...badA, relayEdge: 'callee' }, blocked, room()))).toBe(1);
  });

  it("R14: the caller's Edge at capacity blocks the call, naming that Edge (edge:edge-b)", () => {
    const bFull = room({ edgeRoom: (edge) => edge !== 1 });
    expect(negotiate(twoParty(BRANCH, HQ), twoPools, blocked, bFull)).toEqual({
      ok: false,
      reason: 'capacity',
      path: 'blocked-capacity',
      resource: 'edge:edge-b',
      units: 1,
    });
    expect(edgeOf(negotiate(twoParty(HQ, BRANCH), twoPools, blocked, bFull))).toBe(0);
  });

  it("R14, R1: a conference uses the organiser's pool MCU and that pool's Edge", () => {
    expect(negotiate(conference(BRANCH, HQ, REMOTE), twoPools, network(), room())).toEqual({
      ok: true,
      path: 'mcu',
      pool: 1,
      legs: 3,
      edge: 1,
      edgeSessions: 1,
      refusedParticipants: 0,
    });
    expect(negotiate(conference(HQ, BRANCH, REMOTE), twoPools, network(), room())).toMatchObject({ pool: 0, edge: 0, edgeSessions: 1 });
  });

  it("R14, R1: a remote organiser's conference uses the remote users' pool (pool-b) and its Edge", () => {
    expect(negotiate(conference(REMOTE, HQ, BRANCH), twoPools, network(), room())).toMatchObject({ path: 'mcu', pool: 1, edge: 1, edgeSessions: 1 });
  });
});
