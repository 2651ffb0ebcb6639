/**
 * Candidate generation for the network kinds on small workloads: p2p for every pair of
 * sites that call each other with media blocked or limited to the port policy (a site
 * with itself when a rule closes it), never for an open pair; the busiest 16 kept when
 * there are more, said in a note; edge-udp for a site blocking UDP 3478, edge-tcp only
 * where TCP 443 is blocked too, neither without an Edge. Each patch, applied, opens what
 * it says and validates.
 */
import { expect, it } from 'vitest';
import { buildNetworkPolicy } from '../../src/negotiation/network-policy.js';
import { P2P_OPEN } from '../../src/negotiation/types.js';
import { applyChange } from '../../src/whatif/apply.js';
import { MAX_PER_KIND } from '../../src/whatif/baseline-traffic.js';
import { mostChanges, proposeChanges } from '../../src/whatif/generate.js';
import { parseWorkloadValue } from '../../src/workload/load.js';
import { smallWorkload, trafficOf } from './fixtures.js';

const p2pOf = (workload: ReturnType<typeof smallWorkload>, a: number, b: number): number =>
  buildNetworkPolicy(workload.deployment.sites.map((s) => s.name), workload.network).p2pBetween(a, b);

it('p2p: one candidate per closed pair that calls, none for an open pair or a pair that never called', () => {
  const w = smallWorkload({
    network: {
      default: { p2p: 'blocked' },
      rules: [
        { between: ['hq', 'north'], p2p: 'open' },
        { between: ['hq', 'south'], p2p: 'policy' },
        { between: ['south', 'south'], p2p: 'blocked' },
      ],
    },
  });
  // hq~north is open, north~south never called: neither is a candidate.
  const traffic = trafficOf(3, [[0, 1, 50], [0, 2, 30], [2, 2, 4]]);
  const { changes, notes } = proposeChanges(w, ['p2p'], traffic);
  expect(changes.map((c) => c.name)).toEqual(['p2p:hq~south', 'p2p:south~south']);
  expect(changes[0]!.description).toMatch(/now limited to the port policy's range, C2/);
  expect(notes).toEqual([]);
  for (const change of changes) {
    const candidate = applyChange(w, change, 'small.yaml');
    const [a, b] = change.name === 'p2p:hq~south' ? [0, 2] : [2, 2];
    expect(p2pOf(w, a, b)).not.toBe(P2P_OPEN);
    expect(p2pOf(candidate.workload, a, b)).toBe(P2P_OPEN);
    // Only that pair changed: the rules are the old ones plus one at the end.
    expect(candidate.workload.network.rules.slice(0, -1)).toEqual(w.network.rules);
  }
});

it('p2p: with more pairs than it keeps, the 16 with the most relayed or failed calls, and a note', () => {
  const sites = Array.from({ length: 12 }, (_, i) => ({ name: `s${i}`, pool: 'pool', users: 100 }));
  const w = smallWorkload({ network: { default: { p2p: 'blocked' } } }, { sites });
  const pairs: [number, number, number][] = [];
  for (let a = 0; a < 12; a++) for (let b = a + 1; b < 12; b++) pairs.push([a, b, a * 12 + b]); // 66 pairs, the last the busiest
  const { changes, notes } = proposeChanges(w, ['p2p'], trafficOf(12, pairs));
  expect(changes).toHaveLength(MAX_PER_KIND);
  const busiest = [...pairs].sort((x, y) => y[2] - x[2]).slice(0, MAX_PER_KIND).map(([a, b]) => `p2p:s${a}~s${b}`).sort();
  expect(changes.map((c) => c.name).sort()).toEqual(busiest);
  expect(notes).toEqual([`p2p: 66 pairs of sites call each other with peer-to-peer media closed; kept the 16 with the most two-party calls relayed or failed in the baseline, left 50 out`]);
  expect(mostChanges(w, ['p2p'])).toBe(MAX_PER_KIND);
});

it('edge-udp for a site blocking UDP 3478; edge-tcp only where TCP 443 is blocked too; neither without an Edge', () => {
  const network = {
    rules: [
      { site: 'north', edgeUdp: 'blocked' },
      { site: 'south', edgeUdp: 'blocked', edgeTcp: 'blocked' },
      { site: 'hq', edgeTcp: 'blocked' },
    ],
  };
  const w = smallWorkload({ network });
  const { changes } = proposeChanges(w, ['edge-udp', 'edge-tcp'], trafficOf(3, []));
  expect(changes.map((c) => c.name)).toEqual(['edge-udp:north', 'edge-udp:south', 'edge-tcp:south']);
  const opened = applyChange(w, changes[2]!, 'small.yaml').workload;
  expect(buildNetworkPolicy(['hq', 'north', 'south'], opened.network).edgeTcp[2]).toBe(1);
  expect(buildNetworkPolicy(['hq', 'north', 'south'], opened.network).edgeUdp[2]).toBe(0);

  const noEdge = parseWorkloadValue(
    { name: 'none', deployment: { pools: [{ name: 'pool' }], sites: [{ name: 'hq', pool: 'pool', users: 10 }] }, network: { default: { edgeUdp: 'blocked', edgeTcp: 'blocked' } } },
    'none.yaml',
  );
  expect(proposeChanges(noEdge, ['edge-udp', 'edge-tcp'], trafficOf(1, [])).changes).toEqual([]);
  expect(mostChanges(noEdge, ['edge-udp', 'edge-tcp'])).toBe(0);
});
