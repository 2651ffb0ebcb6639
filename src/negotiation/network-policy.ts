/**
 * The workload's `network:` section as lookups: peer-to-peer between each pair of
 * sites, and each site's reach to the Edge internal NIC on UDP 3478 and TCP 443.
 *
 * Rules apply in file order over the default; a later rule overrides an earlier one.
 * The default and `site:` rules' p2p apply between sites only (R3): inside a site media
 * is open unless a rule `between: [a, a]` closes it. Rules are sparse, so the pair table
 * is too: the default, each site's last `site:` rule and each listed pair's last
 * `between:` rule, of which the latest in file order wins; memory grows with the sites
 * and rules, never with the square of the sites.
 */
import type { NetworkPolicy } from './types.js';
import { P2P_BLOCKED, P2P_OPEN, P2P_POLICY } from './types.js';

type P2pSetting = 'open' | 'blocked' | 'policy';
type Reach = 'open' | 'blocked';

/** The shape of `network:` after parsing (kept structural so the core needs no workload import). */
export interface NetworkSection {
  readonly default: { readonly p2p: P2pSetting; readonly edgeUdp: Reach; readonly edgeTcp: Reach };
  readonly rules: readonly (
    | { readonly between: readonly [string, string]; readonly p2p: P2pSetting }
    | { readonly site: string; readonly p2p?: P2pSetting; readonly edgeUdp?: Reach; readonly edgeTcp?: Reach }
  )[];
}

const P2P_CODE: Readonly<Record<P2pSetting, number>> = { open: P2P_OPEN, blocked: P2P_BLOCKED, policy: P2P_POLICY };

class SparseNetworkPolicy implements NetworkPolicy {
  constructor(
    readonly siteCount: number,
    private readonly defaultP2p: number,
    /** Per site: the file position of its last `site:` rule with p2p (-1: none), and that setting. */
    private readonly siteRuleAt: Int32Array,
    private readonly siteP2p: Uint8Array,
    /** Per unordered pair (lower * siteCount + higher): [file position, setting] of its last `between:` rule. */
    private readonly pairRules: ReadonlyMap<number, readonly [number, number]>,
    readonly edgeUdp: Uint8Array,
    readonly edgeTcp: Uint8Array,
  ) {}

  p2pBetween(a: number, b: number): number {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    const pair = this.pairRules.get(lo * this.siteCount + hi);
    if (a === b) return pair === undefined ? P2P_OPEN : pair[1];
    let at = -1;
    let setting = this.defaultP2p;
    for (const s of [a, b]) {
      if (this.siteRuleAt[s]! > at) {
        at = this.siteRuleAt[s]!;
        setting = this.siteP2p[s]!;
      }
    }
    return pair !== undefined && pair[0] > at ? pair[1] : setting;
  }
}

/** Builds the lookups; `siteNames` gives site indices. Names are trusted (validated on load). */
export function buildNetworkPolicy(siteNames: readonly string[], network: NetworkSection): NetworkPolicy {
  const n = siteNames.length;
  const index = new Map(siteNames.map((name, i) => [name, i]));
  const siteIndex = (name: string): number => {
    const i = index.get(name);
    if (i === undefined) throw new Error(`network rule names unknown site "${name}"`);
    return i;
  };
  const siteRuleAt = new Int32Array(n).fill(-1);
  const siteP2p = new Uint8Array(n);
  const pairRules = new Map<number, readonly [number, number]>();
  const edgeUdp = new Uint8Array(n).fill(network.default.edgeUdp === 'open' ? 1 : 0);
  const edgeTcp = new Uint8Array(n).fill(network.default.edgeTcp === 'open' ? 1 : 0);
  network.rules.forEach((rule, position) => {
    if ('between' in rule) {
      const a = siteIndex(rule.between[0]);
      const b = siteIndex(rule.between[1]);
      pairRules.set(Math.min(a, b) * n + Math.max(a, b), [position, P2P_CODE[rule.p2p]]);
      return;
    }
    const s = siteIndex(rule.site);
    if (rule.p2p !== undefined) {
      // Between this site and every other site (R10), not within it.
      siteRuleAt[s] = position;
      siteP2p[s] = P2P_CODE[rule.p2p];
    }
    if (rule.edgeUdp !== undefined) edgeUdp[s] = rule.edgeUdp === 'open' ? 1 : 0;
    if (rule.edgeTcp !== undefined) edgeTcp[s] = rule.edgeTcp === 'open' ? 1 : 0;
  });
  return new SparseNetworkPolicy(n, P2P_CODE[network.default.p2p], siteRuleAt, siteP2p, pairRules, edgeUdp, edgeTcp);
}
