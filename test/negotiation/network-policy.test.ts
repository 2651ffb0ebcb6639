import { describe, expect, it } from 'vitest';
import { P2P_BLOCKED, P2P_OPEN, P2P_POLICY, buildNetworkPolicy, negotiate } from '../../src/negotiation/index.js';
import type { NetworkSection } from '../../src/negotiation/index.js';
import { BRANCH, HQ, room, topology, twoParty } from './fixtures.js';

// The workload's `network:` section as lookup arrays (R3, R4, R10, C2): a default, then
// rules in file order, a later rule overriding an earlier one. Three sites a, b, c.
const SITES = ['a', 'b', 'c'];
const O = P2P_OPEN;
const B = P2P_BLOCKED;
const P = P2P_POLICY;
const allOpen: NetworkSection['default'] = { p2p: 'open', edgeUdp: 'open', edgeTcp: 'open' };

/** Every pair's setting, row by row: [aa, ab, ac, ba, ...]. */
function matrix(n: ReturnType<typeof buildNetworkPolicy>): number[] {
  const out: number[] = [];
  for (let a = 0; a < n.siteCount; a++) for (let b = 0; b < n.siteCount; b++) out.push(n.p2pBetween(a, b));
  return out;
}

describe('network policy (R3, R4, R10, C2)', () => {
  it('R3, R4, C2: the default applies between sites; within a site media stays open', () => {
    const n = buildNetworkPolicy(SITES, { default: { p2p: 'policy', edgeUdp: 'blocked', edgeTcp: 'open' }, rules: [] });
    expect(n.siteCount).toBe(3);
    expect(matrix(n)).toEqual([O, P, P, P, O, P, P, P, O]);
    expect([...n.edgeUdp]).toEqual([0, 0, 0]);
    expect([...n.edgeTcp]).toEqual([1, 1, 1]);
  });

  it('R3: a between rule sets one pair of sites, both directions, and nothing else', () => {
    const n = buildNetworkPolicy(SITES, { default: allOpen, rules: [{ between: ['a', 'c'], p2p: 'blocked' }] });
    expect(matrix(n)).toEqual([O, O, B, O, O, O, B, O, O]);
  });

  it('R3, R4, R10: later rules override earlier ones (between then between; site then between; between then site)', () => {
    const n = buildNetworkPolicy(SITES, {
      default: allOpen,
      rules: [
        { between: ['a', 'b'], p2p: 'blocked' },
        { between: ['b', 'a'], p2p: 'policy' },
        { site: 'c', p2p: 'blocked', edgeUdp: 'blocked' },
        { between: ['c', 'a'], p2p: 'open' },
        { site: 'c', edgeUdp: 'open', edgeTcp: 'blocked' },
      ],
    });
    expect(matrix(n)).toEqual([O, P, O, P, O, B, O, B, O]);
    expect([...n.edgeUdp]).toEqual([1, 1, 1]);
    expect([...n.edgeTcp]).toEqual([1, 1, 0]);
  });

  it('R3: between [a, a] sets peer-to-peer within site a only', () => {
    const n = buildNetworkPolicy(SITES, { default: allOpen, rules: [{ between: ['b', 'b'], p2p: 'blocked' }] });
    expect(matrix(n)).toEqual([O, O, O, O, B, O, O, O, O]);
  });

  it('R10: a site rule\'s p2p sets the site against every other site, never within it', () => {
    const n = buildNetworkPolicy(SITES, { default: allOpen, rules: [{ site: 'b', p2p: 'blocked' }] });
    expect(matrix(n)).toEqual([O, B, O, B, O, B, O, B, O]);
    const reopened = buildNetworkPolicy(SITES, { default: { ...allOpen, p2p: 'blocked' }, rules: [{ site: 'b', p2p: 'open' }] });
    expect(matrix(reopened)).toEqual([O, O, B, O, O, O, B, O, O]);
  });

  it('R4, R10: a site rule leaves unset fields alone', () => {
    const n = buildNetworkPolicy(SITES, { default: allOpen, rules: [{ site: 'a', edgeTcp: 'blocked' }] });
    expect(matrix(n)).toEqual([O, O, O, O, O, O, O, O, O]);
    expect([...n.edgeUdp]).toEqual([1, 1, 1]);
    expect([...n.edgeTcp]).toEqual([0, 1, 1]);
  });

  it('R10: an unknown site name is an error naming it', () => {
    expect(() => buildNetworkPolicy(SITES, { default: allOpen, rules: [{ site: 'z', p2p: 'open' }] })).toThrow('"z"');
  });

  it('R3, R4: through the core, between [hq, hq] blocked relays hq -> hq via the Edge; a site rule on hq does not', () => {
    const withinBlocked = buildNetworkPolicy(['hq', 'branch'], { default: allOpen, rules: [{ between: ['hq', 'hq'], p2p: 'blocked' }] });
    expect(negotiate(twoParty(HQ, HQ), topology(), withinBlocked, room())).toMatchObject({ ok: true, path: 'edge-udp', sessions: 1 });
    expect(negotiate(twoParty(HQ, BRANCH), topology(), withinBlocked, room())).toMatchObject({ ok: true, path: 'p2p', portSites: [0, 1] });
    const siteRule = buildNetworkPolicy(['hq', 'branch'], { default: allOpen, rules: [{ site: 'hq', p2p: 'blocked' }] });
    expect(negotiate(twoParty(HQ, HQ), topology(), siteRule, room())).toMatchObject({ ok: true, path: 'p2p', portSites: [] });
    expect(negotiate(twoParty(HQ, BRANCH), topology(), siteRule, room())).toMatchObject({ ok: true, path: 'edge-udp' });
  });
});
