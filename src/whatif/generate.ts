/**
 * The candidate changes whatif proposes for a workload, one change each (docs/whatif.md,
 * Candidate kinds), as merge patches over the baseline scenario's validated workload.
 * Arrays are replaced whole by a merge patch (RFC 7386), so a patch carries the whole
 * list it changes: the network rules with one rule appended (a later rule overrides
 * earlier ones), the Edges or sites with one changed, the CAC profiles with a copy added.
 *
 * A kind with more than {@link MAX_PER_KIND} places keeps those with the most baseline
 * traffic the change could move, and says how many it left out.
 */
import { buildCacPolicy } from '../negotiation/cac.js';
import { buildNetworkPolicy } from '../negotiation/network-policy.js';
import { P2P_OPEN, P2P_POLICY } from '../negotiation/types.js';
import { bandwidthOf } from '../workload/resolve.js';
import type { Workload } from '../workload/schema.js';
import { LIMITS } from '../workload/schema.js';
import { keepTop, MAX_PER_KIND, pairKey } from './baseline-traffic.js';
import type { BaselineTraffic } from './baseline-traffic.js';
import type { ChangeKind, JsonPatch, ProposedChange } from './kinds.js';

/** The changes proposed, and what was left out of them. */
export interface Proposal {
  readonly changes: readonly ProposedChange[];
  /** One line per kind that had more places than it keeps. */
  readonly notes: readonly string[];
}

/** Most kbit/s a CAC limit may be (the schema's bound). */
const MAX_KBPS = 1e9;

/** Every site's name, in order. */
function siteNames(workload: Workload): string[] {
  return workload.deployment.sites.map((s) => s.name);
}

/** A network rule appended to the workload's rules, as a patch. */
function withRule(workload: Workload, rule: JsonPatch): JsonPatch {
  return { network: { rules: [...workload.network.rules, rule] } };
}

/**
 * The most candidates the kinds could give, before the baseline has run: what the work
 * budget is checked against up front. Pairs of sites are counted as every pair could
 * call, at most {@link MAX_PER_KIND}.
 */
export function mostChanges(workload: Workload, kinds: readonly ChangeKind[]): number {
  const { sites, edges } = workload.deployment;
  const network = buildNetworkPolicy(siteNames(workload), workload.network);
  const cap = (n: number): number => Math.min(MAX_PER_KIND, n);
  let count = 0;
  for (const kind of kinds) {
    switch (kind) {
      case 'p2p': {
        const closed = workload.network.default.p2p !== 'open' || workload.network.rules.some((r) => r.p2p !== undefined && r.p2p !== 'open');
        count += closed ? cap((sites.length * (sites.length + 1)) / 2) : 0;
        break;
      }
      case 'edge-udp':
      case 'edge-tcp':
      case 'port-policy':
        count += cap(siteChanges(workload, kind, network).length);
        break;
      case 'certificate':
        count += cap(certificateEdges(workload).length);
        break;
      case 'edge-server':
        count += cap(edges.length);
        break;
      case 'cac-limit':
        count += cap(doublablePolicies(workload).length);
        break;
      default: {
        const never: never = kind;
        throw new Error(`unknown kind ${String(never)}`);
      }
    }
  }
  return count;
}

/**
 * The candidate changes of `kinds` for the baseline `workload`, in kind order, each
 * kind's places in the workload's order.
 *
 * @param traffic - The baseline's first batch (which pairs of sites call each other, and what each place carries).
 */
export function proposeChanges(workload: Workload, kinds: readonly ChangeKind[], traffic: BaselineTraffic): Proposal {
  const changes: ProposedChange[] = [];
  const notes: string[] = [];
  const network = buildNetworkPolicy(siteNames(workload), workload.network);
  const keep = <T>(kind: ChangeKind, items: readonly T[], weight: (item: T) => number, what: string): T[] => {
    const { kept, left } = keepTop(items, weight);
    if (left > 0) notes.push(`${kind}: ${items.length} ${what}; kept the ${kept.length} with the most ${weightWords(kind)} in the baseline, left ${left} out`);
    return kept;
  };
  for (const kind of kinds) {
    switch (kind) {
      case 'p2p':
        changes.push(...keep(kind, closedPairs(workload, network, traffic), (p) => p.calls, 'pairs of sites call each other with peer-to-peer media closed').map((p) => p2pChange(workload, p)));
        break;
      case 'edge-udp':
      case 'edge-tcp':
      case 'port-policy':
        changes.push(...keep(kind, siteChanges(workload, kind, network), (s) => traffic.siteCalls[s]!, 'sites could take it').map((s) => siteChange(workload, kind, s)));
        break;
      case 'certificate':
        changes.push(...keep(kind, certificateEdges(workload), () => 0, 'Edges could take it').map((e) => certificateChange(workload, e)));
        break;
      case 'edge-server': {
        const edges = workload.deployment.edges.map((_, e) => e).filter((e) => workload.deployment.edges[e]!.servers < LIMITS.servers);
        const offered = (e: number): number => traffic.resources.get(`edge:${workload.deployment.edges[e]!.name}`)?.offered ?? 0;
        changes.push(...keep(kind, edges, offered, 'Edges could take one more server').map((e) => edgeServerChange(workload, e)));
        break;
      }
      case 'cac-limit': {
        const refused = (p: DoublablePolicy): number => (traffic.resources.get(`link:${p.target}:audio`)?.blocked ?? 0) + (traffic.resources.get(`link:${p.target}:video`)?.blocked ?? 0);
        changes.push(...keep(kind, doublablePolicies(workload), refused, 'applied CAC policies have limits').map((p) => cacChange(workload, p)));
        break;
      }
      default: {
        const never: never = kind;
        throw new Error(`unknown kind ${String(never)}`);
      }
    }
  }
  return { changes, notes };
}

/** What a kind's places are ranked by when there are too many. */
function weightWords(kind: ChangeKind): string {
  if (kind === 'edge-server') return 'requests offered';
  if (kind === 'cac-limit') return 'sessions refused';
  if (kind === 'certificate') return 'standing (the first in the file)';
  return 'two-party calls relayed or failed';
}

/** A pair of sites with peer-to-peer media closed between them, and the calls it relays or fails. */
interface ClosedPair {
  readonly a: number;
  readonly b: number;
  readonly setting: number;
  readonly calls: number;
}

/**
 * Pairs of sites (a site with itself included, when a rule closes it) that called each
 * other in the baseline with at least one call relayed or failed, and whose
 * peer-to-peer media is blocked or limited to the port policy. Read from the calls the
 * baseline made, so a workload of thousands of sites costs what it calls, not the
 * square of its sites.
 */
function closedPairs(workload: Workload, network: ReturnType<typeof buildNetworkPolicy>, traffic: BaselineTraffic): ClosedPair[] {
  const sites = workload.deployment.sites.length;
  const pairs: ClosedPair[] = [];
  for (const [key, calls] of [...traffic.pairCalls].sort((x, y) => x[0] - y[0])) {
    const a = Math.floor(key / sites);
    const b = key % sites;
    const setting = network.p2pBetween(a, b);
    if (setting !== P2P_OPEN && calls > 0 && key === pairKey(a, b, sites)) pairs.push({ a, b, setting, calls });
  }
  return pairs;
}

function p2pChange(workload: Workload, pair: ClosedPair): ProposedChange {
  const names = siteNames(workload);
  const [a, b] = [names[pair.a]!, names[pair.b]!];
  const was = pair.setting === P2P_POLICY ? "limited to the port policy's range, C2" : 'blocked';
  const where = a === b ? `between clients of ${a}` : `between ${a} and ${b}`;
  return {
    name: `p2p:${a}~${b}`,
    kind: 'p2p',
    description: `open peer-to-peer media ${where} (now ${was}): a rule between [${a}, ${b}], p2p open, after the others (R3)`,
    patch: withRule(workload, { between: [a, b], p2p: 'open' }),
  };
}

/** Sites a site kind applies to: with users, and the port or policy it would open closed. */
function siteChanges(workload: Workload, kind: 'edge-udp' | 'edge-tcp' | 'port-policy', network: ReturnType<typeof buildNetworkPolicy>): number[] {
  const { sites, edges } = workload.deployment;
  const out: number[] = [];
  sites.forEach((site, s) => {
    if (site.users === 0) return;
    if (kind === 'port-policy') {
      if (site.portPolicy !== undefined && site.portPolicy.share < 1) out.push(s);
      return;
    }
    // R9: without an Edge there is nothing to open a port to. TCP 443 matters only
    // where UDP 3478 is blocked too: ICE prefers UDP whenever it works (R4).
    if (edges.length === 0 || network.edgeUdp[s] === 1) return;
    if (kind === 'edge-udp' || network.edgeTcp[s] === 0) out.push(s);
  });
  return out;
}

function siteChange(workload: Workload, kind: 'edge-udp' | 'edge-tcp' | 'port-policy', s: number): ProposedChange {
  const site = workload.deployment.sites[s]!;
  switch (kind) {
    case 'edge-udp':
      return {
        name: `edge-udp:${site.name}`,
        kind,
        description: `open UDP 3478 from ${site.name} to the A/V Edge internal NIC: a rule for the site, edgeUdp open, after the others (R4)`,
        patch: withRule(workload, { site: site.name, edgeUdp: 'open' }),
      };
    case 'edge-tcp':
      return {
        name: `edge-tcp:${site.name}`,
        kind,
        description: `open TCP 443 from ${site.name} to the A/V Edge internal NIC (UDP 3478 stays blocked): a rule for the site, edgeTcp open, after the others (R4)`,
        patch: withRule(workload, { site: site.name, edgeTcp: 'open' }),
      };
    case 'port-policy': {
      const share = site.portPolicy!.share;
      return {
        name: `port-policy:${site.name}`,
        kind,
        description: `the port policy on every client at ${site.name}: portPolicy.share ${share} to 1 (C2: it takes effect only when both clients have it)`,
        patch: { deployment: { sites: workload.deployment.sites.map((x, i) => (i === s ? { ...x, portPolicy: { ...x.portPolicy!, share: 1 } } : x)) } },
      };
    }
    default: {
      const never: never = kind;
      throw new Error(`unknown kind ${String(never)}`);
    }
  }
}

/** Edges whose internal certificate has the R8 defect without its workaround (OCS 2007 R2 only). */
function certificateEdges(workload: Workload): number[] {
  if (workload.deployment.product !== 'ocs2007r2') return [];
  return workload.deployment.edges.flatMap((e, i) => (e.internalCertificate.extraSanNames && !e.internalCertificate.internalCname ? [i] : []));
}

function certificateChange(workload: Workload, e: number): ProposedChange {
  const edges = workload.deployment.edges;
  const edge = edges[e]!;
  return {
    name: `certificate:${edge.name}`,
    kind: 'certificate',
    description: `the R8 workaround on ${edge.name}: an internal DNS CNAME for the certificate's extra SAN name (internalCertificate.internalCname true)`,
    patch: { deployment: { edges: edges.map((x, i) => (i === e ? { ...x, internalCertificate: { ...x.internalCertificate, internalCname: true } } : x)) } },
  };
}

function edgeServerChange(workload: Workload, e: number): ProposedChange {
  const edges = workload.deployment.edges;
  const edge = edges[e]!;
  return {
    name: `edge-server:${edge.name}`,
    kind: 'edge-server',
    description: `one A/V Edge server more on ${edge.name}: servers ${edge.servers} to ${edge.servers + 1} (${edge.sessionsPerServer} sessions each)`,
    patch: { deployment: { edges: edges.map((x, i) => (i === e ? { ...x, servers: x.servers + 1 } : x)) } },
  };
}

/** An applied CAC policy with a limit to double: where (resource target), which list holds it, and the profile. */
interface DoublablePolicy {
  /** `link:<target>:...`: a site, or `a~b` for a region or inter-site link. */
  readonly target: string;
  readonly list: 'sites' | 'interSite' | 'regionLinks';
  readonly index: number;
  readonly profile: string;
}

/** Every applied CAC policy (site, inter-site, region link) whose profile sets an audio or video limit. */
function doublablePolicies(workload: Workload): DoublablePolicy[] {
  const cac = workload.cac;
  if (cac === undefined) return [];
  const applied = buildCacPolicy(siteNames(workload), cac, bandwidthOf(workload)).applied;
  const out: DoublablePolicy[] = [];
  for (const a of applied) {
    const site = cac.sites.findIndex((s) => s.site === a.target);
    const inter = cac.interSite.findIndex((l) => l.between.join('~') === a.target);
    const region = cac.regionLinks.findIndex((l) => l.between.join('~') === a.target);
    // Looked up in the order sizeLink does (capacity.ts): a site, an inter-site link, a region link.
    const [list, index] = site >= 0 ? (['sites', site] as const) : inter >= 0 ? (['interSite', inter] as const) : (['regionLinks', region] as const);
    if (index < 0) continue;
    const profile = cac.policies.find((p) => p.name === a.policy);
    if (profile === undefined || (profile.audioKbps === undefined && profile.videoKbps === undefined)) continue;
    out.push({ target: a.target, list, index, profile: profile.name });
  }
  return out;
}

/** A profile name not yet taken: `<name>-x2`, else `<name>-x2-2`, ... (names are at most 64 characters). */
function freshName(base: string, taken: ReadonlySet<string>): string {
  const stem = `${base.slice(0, LIMITS.name - 8)}-x2`;
  if (!taken.has(stem)) return stem;
  for (let k = 2; ; k++) if (!taken.has(`${stem}-${k}`)) return `${stem}-${k}`;
}

/**
 * Doubles the limits of the profile applied at one place, in a copy of the profile (as
 * capacity.ts's sizeLink does), so that other places applying the profile keep theirs.
 */
function cacChange(workload: Workload, p: DoublablePolicy): ProposedChange {
  const cac = workload.cac!;
  const profile = cac.policies.find((x) => x.name === p.profile)!;
  const name = freshName(profile.name, new Set(cac.policies.map((x) => x.name)));
  const double = (kbps: number | undefined): number | undefined => (kbps === undefined ? undefined : Math.min(MAX_KBPS, 2 * kbps));
  const copy = {
    ...profile,
    name,
    ...(profile.audioKbps === undefined ? {} : { audioKbps: double(profile.audioKbps) }),
    ...(profile.videoKbps === undefined ? {} : { videoKbps: double(profile.videoKbps) }),
  };
  const applications = cac[p.list].map((x, i) => (i === p.index ? { ...x, policy: name } : x));
  const limits = [
    profile.audioKbps === undefined ? undefined : `audio ${profile.audioKbps} to ${copy.audioKbps} kbit/s`,
    profile.videoKbps === undefined ? undefined : `video ${profile.videoKbps} to ${copy.videoKbps} kbit/s`,
  ].filter((x) => x !== undefined);
  return {
    name: `cac-limit:${p.target}`,
    kind: 'cac-limit',
    description: `double the CAC limits of policy ${profile.name} at ${p.target} (${limits.join(', ')}), in a copy ${name} applied there alone (R15)`,
    patch: { cac: { policies: [...cac.policies, copy], [p.list]: applications } },
  };
}
