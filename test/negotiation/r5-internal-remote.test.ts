import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/negotiation/index.js';
import { HQ, REMOTE, network, recordingRoom, room, topology, twoParty } from './fixtures.js';

// R5: one internal, one remote user. The remote user reaches the Edge external NIC (UDP
// 3478 preferred, TCP 443 otherwise); the internal user reaches the internal NIC (UDP 3478
// preferred, TCP 443 otherwise), each on its own. One relay session; the MCU is not used.
describe('R5: one internal and one remote user', () => {
  it('R5: the core asks only the Edge, for one session, never the MCU or a port pool', () => {
    const { room: r, asked } = recordingRoom();
    expect(negotiate(twoParty(HQ, REMOTE), topology(), network(), r)).toMatchObject({ ok: true, path: 'edge-udp', edge: 0, sessions: 1 });
    expect(asked).toEqual(['edge:0x1']);
  });

  it('R5: the remote user calling gives the same relay, legs named by party (remote external, hq internal)', () => {
    expect(negotiate(twoParty(REMOTE, HQ), topology(), network(), room())).toEqual({
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

  it('R5: a range open everywhere still never gives peer-to-peer with a remote user', () => {
    expect(negotiate(twoParty(HQ, REMOTE), topology(), network({ p2p: 'open' }), room())).toMatchObject({ ok: true, path: 'edge-udp' });
  });

  it('R5: the site\'s UDP 3478 to the internal NIC blocked -> internal leg TCP 443, the remote leg keeps UDP 3478', () => {
    // Each party takes its own preferred transport: the remote user's UDP 3478 to the
    // external NIC works whatever the internal site's firewall does.
    const plan = negotiate(twoParty(HQ, REMOTE), topology(), network({ edgeUdp: 'blocked' }), room());
    expect(plan).toMatchObject({ ok: true, edge: 0, sessions: 1 });
    expect(plan.ok && plan.path !== 'p2p' && plan.path !== 'mcu' ? plan.legs : plan).toEqual([
      { party: 0, nic: 'internal', transport: 'tcp' },
      { party: 1, nic: 'external', transport: 'udp' },
    ]);
  });

  it('R5, R10: the site reaches the internal NIC on neither UDP 3478 nor TCP 443 -> fails: no media path', () => {
    expect(negotiate(twoParty(HQ, REMOTE), topology(), network({ edgeUdp: 'blocked', edgeTcp: 'blocked' }), room())).toEqual({
      ok: false,
      reason: 'no-path',
      path: 'failed-no-path',
    });
  });

  it('R5: the Edge at capacity -> blocked-capacity on edge:edge, 1 unit', () => {
    expect(negotiate(twoParty(HQ, REMOTE), topology(), network(), room({ edgeRoom: () => false }))).toEqual({
      ok: false,
      reason: 'capacity',
      path: 'blocked-capacity',
      resource: 'edge:edge',
      units: 1,
    });
  });
});
