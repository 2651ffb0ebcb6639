/**
 * The workload's `network:` section as lookup arrays: peer-to-peer between each pair of
 * sites and each site's reach to the Edge internal NIC on UDP 3478 and TCP 443.
 * Rules apply in file order over the default; a later rule overrides an earlier one.
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

/** Builds the lookup arrays; `siteNames` gives site indices. Names are trusted (validated on load). */
export function buildNetworkPolicy(siteNames: readonly string[], network: NetworkSection): NetworkPolicy {
  const n = siteNames.length;
  const index = new Map(siteNames.map((name, i) => [name, i]));
  const siteIndex = (name: string): number => {
    const i = index.get(name);
    if (i === undefined) throw new Error(`network rule names unknown site "${name}"`);
    return i;
  };
  const p2p = new Uint8Array(n * n).fill(P2P_CODE[network.default.p2p]);
  const edgeUdp = new Uint8Array(n).fill(network.default.edgeUdp === 'open' ? 1 : 0);
  const edgeTcp = new Uint8Array(n).fill(network.default.edgeTcp === 'open' ? 1 : 0);
  for (const rule of network.rules) {
    if ('between' in rule) {
      const a = siteIndex(rule.between[0]);
      const b = siteIndex(rule.between[1]);
      p2p[a * n + b] = p2p[b * n + a] = P2P_CODE[rule.p2p];
      continue;
    }
    const s = siteIndex(rule.site);
    if (rule.p2p !== undefined) {
      // A site rule's p2p is between this site and every other site (R10), not within it.
      for (let t = 0; t < n; t++) if (t !== s) p2p[s * n + t] = p2p[t * n + s] = P2P_CODE[rule.p2p];
    }
    if (rule.edgeUdp !== undefined) edgeUdp[s] = rule.edgeUdp === 'open' ? 1 : 0;
    if (rule.edgeTcp !== undefined) edgeTcp[s] = rule.edgeTcp === 'open' ? 1 : 0;
  }
  return { siteCount: n, p2p, edgeUdp, edgeTcp };
}
