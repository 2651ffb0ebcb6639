import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/negotiation/index.js';
import { BRANCH, FEDERATED, HQ, REMOTE, network, room, topology, twoParty } from './fixtures.js';

// R10: a site sealed off (port range blocked to the other sites, UDP 3478 and TCP 443 to
// the Edge blocked from it) has media only within the site. Here branch is sealed.
const sealed = network({}, [{ site: 'branch', p2p: 'blocked', edgeUdp: 'blocked', edgeTcp: 'blocked' }]);
const NO_PATH = { ok: false, reason: 'no-path', path: 'failed-no-path' } as const;

describe('R10: a sealed site has media only within itself', () => {
  it('R10, R3: branch -> branch (same site) -> peer-to-peer, no port pool', () => {
    expect(negotiate(twoParty(BRANCH, BRANCH), topology(), sealed, room())).toEqual({
      ok: true,
      path: 'p2p',
      transport: 'udp',
      portSites: [],
      qos: true,
    });
  });

  it('R10, R4: branch <-> hq (another site), either direction -> fails: no media path', () => {
    expect(negotiate(twoParty(BRANCH, HQ), topology(), sealed, room())).toEqual(NO_PATH);
    expect(negotiate(twoParty(HQ, BRANCH), topology(), sealed, room())).toEqual(NO_PATH);
  });

  it('R10, R5: branch <-> remote, either direction -> fails: no media path', () => {
    expect(negotiate(twoParty(BRANCH, REMOTE), topology(), sealed, room())).toEqual(NO_PATH);
    expect(negotiate(twoParty(REMOTE, BRANCH), topology(), sealed, room())).toEqual(NO_PATH);
  });

  it('R10, R12: branch -> federated -> fails: no media path', () => {
    expect(negotiate(twoParty(BRANCH, FEDERATED), topology(), sealed, room())).toEqual(NO_PATH);
  });

  it('R10: the other site is not sealed: hq -> remote still relays through the Edge, hq -> hq still peer-to-peer', () => {
    expect(negotiate(twoParty(HQ, REMOTE), topology(), sealed, room())).toEqual({
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
    expect(negotiate(twoParty(HQ, HQ), topology(), sealed, room())).toMatchObject({ ok: true, path: 'p2p' });
  });

  it('R10, R8: a certificate defect does not turn the sealed site\'s no-path into certificate', () => {
    expect(negotiate(twoParty(BRANCH, HQ), topology({ certificateFails: true }), sealed, room())).toEqual(NO_PATH);
  });
});
