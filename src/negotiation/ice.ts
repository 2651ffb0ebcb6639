/**
 * ICE for two-party calls (R2): gather each side's candidates, pair them, order the
 * pairs by RFC 8445 pair priority, "check" each pair against the network, the port
 * pools, the Edge's presence and its certificate, and nominate the highest-priority
 * pair that succeeds. R3-R6 and R8-R10, R12 are not special cases here: they fall out
 * of which candidates exist and which checks pass.
 *
 * Address realms decide reachability:
 * - `site`: an internal client's host address, reachable from its own site and from
 *   other sites when peer-to-peer is open between them (R3, R4, C2, R10);
 * - `nat`: a remote client's private host address, reachable by nobody else;
 * - `internet`: a remote client's server-reflexive address or a federated partner's
 *   public (partner-Edge) address, reachable over the Internet unless the pair's NATs
 *   defeat peer-to-peer (R6), never directly by internal clients;
 * - `edge`: a relayed address on our A/V Edge (MS-TURN, UDP 3478 or TCP 443).
 */
import { LOCAL_PREFERENCE, RTP_COMPONENT, TYPE_PREFERENCE, candidatePriority, pairPriority } from './priority.js';
import type { CandidateType } from './priority.js';
import type { NetworkPolicy, Party, Topology, Transport } from './types.js';
import { P2P_OPEN, P2P_POLICY } from './types.js';

type Realm = 'site' | 'nat' | 'internet' | 'edge';

/** One gathered candidate. */
export interface Candidate {
  /** 0 = caller (controlling agent), 1 = callee. */
  readonly side: 0 | 1;
  readonly type: CandidateType;
  readonly transport: Transport;
  readonly realm: Realm;
  readonly priority: number;
}

/** One candidate pair, with its RFC 8445 priority. */
export interface CandidatePair {
  readonly local: Candidate;
  readonly remote: Candidate;
  readonly priority: bigint;
}

/** What a check needs beyond the pair. */
export interface CheckContext {
  readonly parties: readonly [Party, Party];
  readonly network: NetworkPolicy;
  /** C2: both clients carry the port policy. */
  readonly bothHavePortPolicy: boolean;
  /** R6: the pair's NATs defeat direct Internet media. */
  readonly natDefeatsP2p: boolean;
  /** R3: the site's port pool has room. */
  readonly portRoom: (site: number) => boolean;
  /** The Edge relaying this call (`-1`: none deployed, R9). */
  readonly edge: number;
  /** R8: ICE to the Edge's internal NIC fails (extra SAN, no workaround). */
  readonly internalNicFails: boolean;
}

function candidate(side: 0 | 1, type: CandidateType, transport: Transport, realm: Realm): Candidate {
  return {
    side,
    type,
    transport,
    realm,
    priority: candidatePriority(TYPE_PREFERENCE[type], LOCAL_PREFERENCE[transport], RTP_COMPONENT),
  };
}

/** Whether a party can reach our Edge on a transport from where it stands. */
function reachesEdge(ctx: CheckContext, side: 0 | 1, transport: Transport): boolean {
  if (ctx.edge < 0) return false; // R9: no Edge deployed
  const party = ctx.parties[side];
  if (party.where !== 'site') return true; // external NIC: open to the Internet (R5, R12)
  if (ctx.internalNicFails) return false; // R8: certificate with extra SAN names
  // R4, R10: the site's path to the internal NIC on UDP 3478 / TCP 443.
  return (transport === 'udp' ? ctx.network.edgeUdp[party.site] : ctx.network.edgeTcp[party.site]) === 1;
}

/**
 * The transport a party's own leg to our Edge uses once a relayed pair is nominated:
 * each client keeps its own MS-TURN allocation, UDP 3478 when it can reach the Edge on
 * UDP, TCP 443 otherwise (R4, R5). One party falling back to TCP does not move the
 * other off UDP: the Edge relays between its two allocations.
 */
export function edgeLegTransport(ctx: CheckContext, side: 0 | 1): Transport {
  return reachesEdge(ctx, side, 'udp') ? 'udp' : 'tcp';
}

/**
 * Candidates one side gathers (RFC 8445 §5.1.1). Relay candidates exist only where the
 * allocation on our Edge succeeds; a federated party's candidates are its partner
 * Edge's public relayed addresses, seen from our side as Internet addresses (R12).
 */
export function gather(ctx: CheckContext, side: 0 | 1): Candidate[] {
  const party = ctx.parties[side];
  const out: Candidate[] = [];
  switch (party.where) {
    case 'site':
      out.push(candidate(side, 'host', 'udp', 'site'), candidate(side, 'host', 'tcp', 'site'));
      break;
    case 'remote':
      out.push(
        candidate(side, 'host', 'udp', 'nat'),
        candidate(side, 'host', 'tcp', 'nat'),
        candidate(side, 'srflx', 'udp', 'internet'),
      );
      break;
    case 'federated':
      out.push(candidate(side, 'relay', 'udp', 'internet'), candidate(side, 'relay', 'tcp', 'internet'));
      return out; // their relays are on their Edge: no allocation on ours
    case 'anonymous':
      throw new Error('an anonymous participant joins meetings only, never a two-party call');
    default: {
      const never: never = party;
      throw new Error(`unknown party ${JSON.stringify(never)}`);
    }
  }
  for (const transport of ['udp', 'tcp'] as const) {
    if (reachesEdge(ctx, side, transport)) out.push(candidate(side, 'relay', transport, 'edge'));
  }
  return out;
}

/**
 * Pairs every caller candidate with every callee candidate of the same transport
 * (RFC 6544: TCP pairs with TCP); two relayed candidates on our Edge pair across
 * transports, since each leg reaches the Edge on its own. Ordered by descending pair
 * priority, the caller controlling.
 */
export function formPairs(local: readonly Candidate[], remote: readonly Candidate[]): CandidatePair[] {
  const pairs: CandidatePair[] = [];
  for (const l of local) {
    for (const r of remote) {
      const bothRelayedHere = l.realm === 'edge' && r.realm === 'edge';
      if (l.transport !== r.transport && !bothRelayedHere) continue;
      pairs.push({ local: l, remote: r, priority: pairPriority(l.priority, r.priority) });
    }
  }
  return pairs.sort((a, b) => (a.priority > b.priority ? -1 : a.priority < b.priority ? 1 : 0));
}

/** The connectivity check of one pair. */
export function check(ctx: CheckContext, pair: CandidatePair): boolean {
  const a = pair.local;
  const b = pair.remote;
  if (a.realm === 'edge' || b.realm === 'edge') return checkRelayed(ctx, a, b);
  if (a.realm === 'site' && b.realm === 'site') return checkBetweenSites(ctx);
  if (a.realm === 'internet' && b.realm === 'internet') return !ctx.natDefeatsP2p; // R6
  return false; // internal <-> Internet directly, or a private NAT address: no route
}

/** R3 / C2: peer-to-peer between two internal clients. */
function checkBetweenSites(ctx: CheckContext): boolean {
  const [pa, pb] = ctx.parties;
  if (pa.where !== 'site' || pb.where !== 'site') return false;
  const setting = ctx.network.p2pBetween(pa.site, pb.site);
  const open = setting === P2P_OPEN || (setting === P2P_POLICY && ctx.bothHavePortPolicy);
  if (!open) return false;
  // The call takes ports from both sites' pools only when it leaves its site.
  return pa.site === pb.site || (ctx.portRoom(pa.site) && ctx.portRoom(pb.site));
}

/** A pair through our Edge: both sides must reach it (a relay candidate exists only if its allocation did). */
function checkRelayed(ctx: CheckContext, a: Candidate, b: Candidate): boolean {
  for (const c of [a, b]) {
    if (c.realm === 'edge') continue; // allocated at gathering time
    if (c.realm === 'nat') return false; // the Edge cannot send to a private address
    if (c.realm === 'internet' && ctx.edge >= 0) continue;
    if (c.realm === 'site' && reachesEdge(ctx, c.side, c.transport)) continue;
    return false;
  }
  return true;
}

/** The nominated pair: the highest-priority pair whose check succeeds, or `undefined`. */
export function nominate(ctx: CheckContext): CandidatePair | undefined {
  const pairs = formPairs(gather(ctx, 0), gather(ctx, 1));
  for (const pair of pairs) if (check(ctx, pair)) return pair;
  return undefined;
}
