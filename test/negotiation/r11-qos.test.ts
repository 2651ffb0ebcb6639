import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/negotiation/index.js';
import { BRANCH, FEDERATED, HQ, REMOTE, network, room, topology, twoParty } from './fixtures.js';

// R11: DiffServ markings survive direct media and are lost through the A/V Edge.
describe('R11: QoS', () => {
  it('R11, R3, R6: peer-to-peer media keeps QoS', () => {
    expect(negotiate(twoParty(HQ, BRANCH), topology(), network(), room())).toMatchObject({ path: 'p2p', qos: true });
    expect(negotiate(twoParty(REMOTE, REMOTE), topology(), network(), room())).toMatchObject({ path: 'p2p', qos: true });
  });

  it('R11, R4, R5, R6, R12: every relay through the Edge loses QoS', () => {
    expect(negotiate(twoParty(HQ, BRANCH), topology(), network({ p2p: 'blocked' }), room())).toMatchObject({ path: 'edge-udp', qos: false });
    expect(negotiate(twoParty(HQ, BRANCH), topology(), network({ p2p: 'blocked', edgeUdp: 'blocked' }), room())).toMatchObject({
      path: 'edge-tcp',
      qos: false,
    });
    expect(negotiate(twoParty(HQ, REMOTE), topology(), network(), room())).toMatchObject({ path: 'edge-udp', qos: false });
    expect(negotiate(twoParty(REMOTE, REMOTE, { natDefeatsP2p: true }), topology(), network(), room())).toMatchObject({ qos: false });
    expect(negotiate(twoParty(HQ, FEDERATED), topology(), network(), room())).toMatchObject({ qos: false });
  });
});
