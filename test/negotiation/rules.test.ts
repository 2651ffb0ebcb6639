import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/negotiation/index.js';
import type { Topology } from '../../src/negotiation/index.js';
import { BRANCH, FEDERATED, HQ, REMOTE, network, room, topology, twoParty } from './fixtures.js';

describe('R3: port pools', () => {
  it('same-site peer-to-peer takes no ports; across sites it takes both sites', () => {
    expect(negotiate(twoParty(HQ, HQ), topology(), network(), room())).toMatchObject({ path: 'p2p', portSites: [] });
    expect(negotiate(twoParty(HQ, BRANCH), topology(), network(), room())).toMatchObject({ path: 'p2p', portSites: [0, 1] });
  });
  it('a full port pool on either side makes ICE fall back to the Edge (R4)', () => {
    const branchFull = room({ portRoom: (site) => site !== 1 });
    expect(negotiate(twoParty(HQ, BRANCH), topology(), network(), branchFull)).toMatchObject({ path: 'edge-udp' });
    // Within a site no pool is used, so a full pool changes nothing.
    expect(negotiate(twoParty(BRANCH, BRANCH), topology(), network(), branchFull)).toMatchObject({ path: 'p2p' });
  });
});

describe('C2: the port policy takes effect only when both clients carry it', () => {
  const policy = network({ p2p: 'policy' });
  it('both carry it: peer-to-peer in the narrowed range', () => {
    expect(negotiate(twoParty(HQ, BRANCH, { bothHavePortPolicy: true }), topology(), policy, room())).toMatchObject({ path: 'p2p' });
  });
  it('one lacks it: both use the default range, which is blocked: the Edge', () => {
    expect(negotiate(twoParty(HQ, BRANCH, { bothHavePortPolicy: false }), topology(), policy, room())).toMatchObject({ path: 'edge-udp' });
  });
});

describe('R6: two remote users', () => {
  it('NATs that defeat peer-to-peer fall back to the Edge external NIC: one relay session', () => {
    const plan = negotiate(twoParty(REMOTE, REMOTE, { natDefeatsP2p: true }), topology(), network(), room());
    expect(plan).toMatchObject({ path: 'edge-udp', sessions: 1 });
    expect(plan.ok && plan.path === 'edge-udp' && plan.legs.every((l) => l.nic === 'external')).toBe(true);
  });
  it('without an Edge that fallback fails (R9)', () => {
    expect(negotiate(twoParty(REMOTE, REMOTE, { natDefeatsP2p: true }), topology({ edge: false }), network(), room())).toMatchObject({
      reason: 'no-path',
    });
  });
});

describe('R8: certificate with extra SAN names on the internal NIC', () => {
  const bad = topology({ certificateFails: true });
  it('does not touch paths that avoid the internal NIC', () => {
    expect(negotiate(twoParty(REMOTE, REMOTE), bad, network(), room())).toMatchObject({ path: 'p2p' });
    expect(negotiate(twoParty(HQ, BRANCH), bad, network(), room())).toMatchObject({ path: 'p2p' });
  });
  it('is reported as no-path, not certificate, when the network would block the Edge anyway', () => {
    const sealed = network({ p2p: 'blocked', edgeUdp: 'blocked', edgeTcp: 'blocked' });
    expect(negotiate(twoParty(HQ, BRANCH), bad, sealed, room())).toMatchObject({ reason: 'no-path' });
  });
});

describe('R9: no Edge deployed', () => {
  const none = topology({ edge: false });
  it('R4 and R5 paths fail: no media path', () => {
    expect(negotiate(twoParty(HQ, BRANCH), none, network({ p2p: 'blocked' }), room())).toMatchObject({ reason: 'no-path' });
    expect(negotiate(twoParty(HQ, REMOTE), none, network(), room())).toMatchObject({ reason: 'no-path' });
  });
  it('remote participants cannot join a conference; a remote organiser has no conference', () => {
    expect(negotiate({ kind: 'conference', participants: [HQ, BRANCH, REMOTE] }, none, network(), room())).toMatchObject({
      path: 'mcu',
      legs: 2,
      edgeSessions: 0,
      refusedParticipants: 1,
    });
    expect(negotiate({ kind: 'conference', participants: [REMOTE, HQ, BRANCH] }, none, network(), room())).toMatchObject({
      reason: 'no-path',
    });
  });
});

describe('R10: a sealed site', () => {
  const sealed = network({}, [{ site: 'branch', p2p: 'blocked', edgeUdp: 'blocked', edgeTcp: 'blocked' }]);
  it('has media within the site only', () => {
    expect(negotiate(twoParty(BRANCH, BRANCH), topology(), sealed, room())).toMatchObject({ path: 'p2p' });
    expect(negotiate(twoParty(BRANCH, HQ), topology(), sealed, room())).toMatchObject({ reason: 'no-path' });
    expect(negotiate(twoParty(BRANCH, REMOTE), topology(), sealed, room())).toMatchObject({ reason: 'no-path' });
    // The other sites are not sealed.
    expect(negotiate(twoParty(HQ, REMOTE), topology(), sealed, room())).toMatchObject({ path: 'edge-udp' });
  });
});

describe('R11: QoS', () => {
  it('is kept on direct media and lost through the Edge', () => {
    expect(negotiate(twoParty(HQ, BRANCH), topology(), network(), room())).toMatchObject({ qos: true });
    expect(negotiate(twoParty(HQ, REMOTE), topology(), network(), room())).toMatchObject({ qos: false });
  });
});

describe('R12: federation', () => {
  it('internal + federated: one relay session on our Edge, internal NIC on our side', () => {
    expect(negotiate(twoParty(HQ, FEDERATED), topology(), network(), room())).toMatchObject({
      path: 'edge-udp',
      edge: 0,
      sessions: 1,
      legs: [
        { party: 0, nic: 'internal', transport: 'udp' },
        { party: 1, nic: 'external', transport: 'udp' },
      ],
    });
  });
  it('a federated conference participant takes a relay session like a remote one (R1)', () => {
    expect(negotiate({ kind: 'conference', participants: [HQ, FEDERATED, BRANCH] }, topology(), network(), room())).toMatchObject({
      edgeSessions: 1,
    });
  });
});

describe('R14: several pools, each with its own Edge', () => {
  const two: Topology = {
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
  const blocked = network({ p2p: 'blocked' });
  it("a relayed two-party call uses the caller's pool's Edge", () => {
    expect(negotiate(twoParty(HQ, BRANCH), two, blocked, room())).toMatchObject({ edge: 0 });
    expect(negotiate(twoParty(BRANCH, HQ), two, blocked, room())).toMatchObject({ edge: 1 });
  });
  it("with relayEdge: callee, the callee's", () => {
    expect(negotiate(twoParty(HQ, BRANCH), { ...two, relayEdge: 'callee' }, blocked, room())).toMatchObject({ edge: 1 });
  });
  it("a conference uses the organiser's pool MCU and that pool's Edge", () => {
    expect(negotiate({ kind: 'conference', participants: [BRANCH, HQ, REMOTE] }, two, blocked, room())).toMatchObject({
      pool: 1,
      edge: 1,
    });
  });
});

describe('R1: conference capacity', () => {
  it('a conference that cannot seat every leg is blocked, naming the MCU', () => {
    const full = room({ mcuRoom: (_pool, legs) => legs <= 3 });
    expect(negotiate({ kind: 'conference', participants: [HQ, HQ, HQ, HQ] }, topology(), network(), full)).toMatchObject({
      ok: false,
      reason: 'capacity',
      path: 'blocked-capacity',
      resource: 'mcu:pool1',
      units: 4,
    });
  });
  it('or naming the Edge when the remote legs do not fit', () => {
    const edgeFull = room({ edgeRoom: () => false });
    expect(negotiate({ kind: 'conference', participants: [HQ, REMOTE, REMOTE] }, topology(), network(), edgeFull)).toMatchObject({
      resource: 'edge:edge',
      units: 2,
    });
  });
  it('a relayed two-party call at Edge capacity is blocked', () => {
    expect(negotiate(twoParty(HQ, REMOTE), topology(), network(), room({ edgeRoom: () => false }))).toMatchObject({
      path: 'blocked-capacity',
      resource: 'edge:edge',
    });
  });
});

describe('network policy', () => {
  it('later rules override earlier ones; between [a, a] blocks within a site; a site rule leaves its own site open', () => {
    const n = network({}, [
      { between: ['hq', 'branch'], p2p: 'blocked' },
      { between: ['hq', 'branch'], p2p: 'open' },
      { between: ['hq', 'hq'], p2p: 'blocked' },
      { site: 'branch', p2p: 'blocked' },
    ]);
    expect(negotiate(twoParty(HQ, HQ), topology(), n, room())).toMatchObject({ path: 'edge-udp' });
    expect(negotiate(twoParty(BRANCH, BRANCH), topology(), n, room())).toMatchObject({ path: 'p2p' });
    expect(negotiate(twoParty(HQ, BRANCH), topology(), n, room())).toMatchObject({ path: 'edge-udp' });
  });
});
