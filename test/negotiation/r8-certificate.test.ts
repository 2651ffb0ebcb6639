import { describe, expect, it } from 'vitest';
import { buildTopology, negotiate } from '../../src/negotiation/index.js';
import { BRANCH, FEDERATED, HQ, REMOTE, conference, deployment, network, recordingRoom, room, topology, twoParty } from './fixtures.js';

// R8: extra SAN names on the Edge internal NIC's certificate make ICE to the internal NIC
// fail, so every path through it (R4, R5; and R12's internal side) fails, unless the
// internal DNS CNAME workaround is configured. Paths that avoid the internal NIC are fine.
const CERTIFICATE = { ok: false, reason: 'certificate', path: 'failed-certificate' } as const;
const extraSan = buildTopology(deployment({ extraSanNames: true, internalCname: false }));
const withCname = buildTopology(deployment({ extraSanNames: true, internalCname: true }));
const blocked = network({ p2p: 'blocked' });

describe('R8: certificate with extra SAN names on the Edge internal NIC', () => {
  it('R8: loading maps extra SAN without CNAME to a failing internal NIC; the CNAME or a CN-only certificate to a sound one', () => {
    expect(extraSan.edges).toEqual([{ name: 'edge', internalNicCertificateFails: true }]);
    expect(withCname.edges).toEqual([{ name: 'edge', internalNicCertificateFails: false }]);
    expect(buildTopology(deployment({ extraSanNames: false, internalCname: false })).edges).toEqual([
      { name: 'edge', internalNicCertificateFails: false },
    ]);
  });

  it('R4, R8: two internal users, range blocked -> fails with reason certificate, no Edge session asked', () => {
    const { room: r, asked } = recordingRoom();
    expect(negotiate(twoParty(HQ, BRANCH), extraSan, blocked, r)).toEqual(CERTIFICATE);
    expect(asked.filter((q) => q.startsWith('edge:'))).toEqual([]);
  });

  it('R4, R8: range and UDP 3478 blocked (the TCP 443 path) -> still certificate', () => {
    expect(negotiate(twoParty(HQ, BRANCH), extraSan, network({ p2p: 'blocked', edgeUdp: 'blocked' }), room())).toEqual(CERTIFICATE);
  });

  it('R5, R8: internal + remote -> certificate, whoever calls', () => {
    expect(negotiate(twoParty(HQ, REMOTE), extraSan, network(), room())).toEqual(CERTIFICATE);
    expect(negotiate(twoParty(REMOTE, HQ), extraSan, network(), room())).toEqual(CERTIFICATE);
  });

  it('R12, R8: internal + federated goes through the internal NIC on our side -> certificate', () => {
    expect(negotiate(twoParty(HQ, FEDERATED), extraSan, network(), room())).toEqual(CERTIFICATE);
  });

  it('R8: the internal CNAME workaround fixes the R4 path: Edge internal NIC, UDP, 1 relay session', () => {
    expect(negotiate(twoParty(HQ, BRANCH), withCname, blocked, room())).toEqual({
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

  it('R8: the internal CNAME workaround fixes the R5 path: internal + external NIC, 1 relay session', () => {
    expect(negotiate(twoParty(HQ, REMOTE), withCname, network(), room())).toEqual({
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
  });

  it('R6, R8: remote-remote peer-to-peer is unaffected; so is its external-NIC relay fallback', () => {
    expect(negotiate(twoParty(REMOTE, REMOTE), extraSan, network(), room())).toEqual({
      ok: true,
      path: 'p2p',
      transport: 'udp',
      portSites: [],
      qos: true,
    });
    expect(negotiate(twoParty(REMOTE, REMOTE, { natDefeatsP2p: true }), extraSan, network(), room())).toMatchObject({
      ok: true,
      path: 'edge-udp',
      legs: [
        { party: 0, nic: 'external' },
        { party: 1, nic: 'external' },
      ],
    });
  });

  it('R3, R8: internal peer-to-peer (range open, or same site) never touches the Edge: unaffected', () => {
    expect(negotiate(twoParty(HQ, BRANCH), extraSan, network(), room())).toMatchObject({ ok: true, path: 'p2p', portSites: [0, 1] });
    expect(negotiate(twoParty(HQ, HQ), extraSan, network(), room())).toMatchObject({ ok: true, path: 'p2p', portSites: [] });
  });

  it('R1, R8: a conference reaches the MCU directly (internal) or via the external side (remote): unaffected', () => {
    expect(negotiate(conference(HQ, BRANCH, REMOTE), extraSan, network(), room())).toEqual({
      ok: true,
      path: 'mcu',
      pool: 0,
      legs: 3,
      edge: 0,
      edgeSessions: 1,
      refusedParticipants: 0,
    });
  });

  it('R4, R8, R10: when the network blocks the Edge anyway, the failure is no-path, not certificate', () => {
    const sealed = network({ p2p: 'blocked', edgeUdp: 'blocked', edgeTcp: 'blocked' });
    expect(negotiate(twoParty(HQ, BRANCH), extraSan, sealed, room())).toEqual({ ok: false, reason: 'no-path', path: 'failed-no-path' });
    expect(negotiate(twoParty(HQ, BRANCH), topology({ certificateFails: true }), sealed, room())).toMatchObject({ reason: 'no-path' });
  });
});
