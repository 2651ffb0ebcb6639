import { describe, expect, it } from 'vitest';
import { buildNetworkPolicy, formPairs, gather, nominate } from '../../src/negotiation/index.js';
import type { CheckContext } from '../../src/negotiation/ice.js';
import { HQ, BRANCH, REMOTE } from './fixtures.js';

function ctx(overrides: Partial<CheckContext> = {}): CheckContext {
  return {
    parties: [HQ, BRANCH],
    network: buildNetworkPolicy(['hq', 'branch'], { default: { p2p: 'open', edgeUdp: 'open', edgeTcp: 'open' }, rules: [] }),
    bothHavePortPolicy: false,
    natDefeatsP2p: false,
    portRoom: () => true,
    edge: 0,
    internalNicFails: false,
    ...overrides,
  };
}

describe('ICE mechanism (R2)', () => {
  it('R2: gathers host candidates, a server-reflexive one for remote users, and relays where allocation works', () => {
    expect(gather(ctx(), 0).map((c) => `${c.type}/${c.transport}`)).toEqual(['host/udp', 'host/tcp', 'relay/udp', 'relay/tcp']);
    expect(gather(ctx({ parties: [HQ, REMOTE] }), 1).map((c) => `${c.type}/${c.transport}`)).toEqual([
      'host/udp',
      'host/tcp',
      'srflx/udp',
      'relay/udp',
      'relay/tcp',
    ]);
    // R4/R10: a site whose UDP 3478 is blocked cannot allocate a UDP relay; R8 and R9 allow none.
    const noUdp = buildNetworkPolicy(['hq', 'branch'], { default: { p2p: 'open', edgeUdp: 'blocked', edgeTcp: 'open' }, rules: [] });
    expect(gather(ctx({ network: noUdp }), 0).filter((c) => c.type === 'relay').map((c) => c.transport)).toEqual(['tcp']);
    expect(gather(ctx({ internalNicFails: true }), 0).some((c) => c.type === 'relay')).toBe(false);
    expect(gather(ctx({ edge: -1 }), 0).some((c) => c.type === 'relay')).toBe(false);
  });

  it('R2: orders pairs by descending RFC 8445 pair priority and pairs TCP only with TCP (RFC 6544)', () => {
    const pairs = formPairs(gather(ctx(), 0), gather(ctx(), 1));
    for (let i = 1; i < pairs.length; i++) expect(pairs[i - 1]!.priority >= pairs[i]!.priority).toBe(true);
    for (const p of pairs) {
      if (p.local.realm !== 'edge' || p.remote.realm !== 'edge') expect(p.local.transport).toBe(p.remote.transport);
    }
    expect(`${pairs[0]!.local.type}-${pairs[0]!.remote.type}/${pairs[0]!.local.transport}`).toBe('host-host/udp');
  });

  it('R2: nominates the highest-priority pair that passes its check', () => {
    expect(nominate(ctx())).toMatchObject({ local: { type: 'host', transport: 'udp' }, remote: { type: 'host', transport: 'udp' } });
    const blocked = buildNetworkPolicy(['hq', 'branch'], { default: { p2p: 'blocked', edgeUdp: 'open', edgeTcp: 'open' }, rules: [] });
    // Host pairs fail; the best relayed pair is the caller's host with the callee's UDP relay.
    const pair = nominate(ctx({ network: blocked }))!;
    expect([pair.local.type, pair.remote.type].sort()).toEqual(['host', 'relay']);
    expect(pair.local.transport).toBe('udp');
    const sealed = buildNetworkPolicy(['hq', 'branch'], { default: { p2p: 'blocked', edgeUdp: 'blocked', edgeTcp: 'blocked' }, rules: [] });
    expect(nominate(ctx({ network: sealed }))).toBeUndefined();
  });
});
