/**
 * A workload compiled for simulation: index-based topology and network policy, arrival
 * rates per caller location, the tables of who answers, holding-time and meeting-size
 * samplers, the resource list and the measured window's grid. Built once per
 * (workload, scenario); everything a replication needs per call is an array lookup.
 *
 * Locations: sites are 0..S-1, the remote users are S, a federated partner is S+1 and
 * an anonymous conference participant S+2 (those two never call: a federated party
 * only answers internal callers, R12, and joins meetings; an anonymous one only joins
 * meetings).
 */
import { createHash } from 'node:crypto';
import { Exponential, Lognormal, DiscreteTable, truncatedGeometric } from '../kernel/distributions.js';
import type { Sampler } from '../kernel/distributions.js';
import { HourlyPoissonArrivals } from '../kernel/arrivals.js';
import { buildCacPolicy } from '../negotiation/cac.js';
import type { CacPolicy } from '../negotiation/cac.js';
import { buildNetworkPolicy, buildTopology } from '../negotiation/index.js';
import type { NetworkPolicy, Party, Topology } from '../negotiation/index.js';
import type { ResourceInfo } from '../results/types.js';
import { bandwidthOf, hasPstnCalls, holdingOf, mcuLegsOf, poolSiteOf, profileOf, ratesOf, sizeSpecOf } from '../workload/resolve.js';
import type { SizeSpec } from '../workload/resolve.js';
import { CALL_KINDS } from '../workload/kinds.js';
import type { Workload } from '../workload/schema.js';
import { startSeconds } from '../workload/time-text.js';
import { CacRoutes } from './cac-routes.js';
import { CalleeTables } from './callee-tables.js';
import { TICK_BUCKET_EDGE, TICK_HOUR_EDGE, TICK_WINDOW_START } from './events.js';
import { PlanTable } from './plan-table.js';
import { profileWeights, weightAtUtc } from './profile.js';

/** Call kinds in the order of the kind draw (and of {@link CALL_KINDS}). */
export const KIND_AUDIO = 0;
export const KIND_VIDEO = 1;
export const KIND_CONFERENCE = 2;
export const KIND_LIVE_MEETING = 3;
export const KIND_PSTN = 4;
export const KINDS = CALL_KINDS.length;

export interface CompiledWorkload {
  readonly workload: Workload;
  readonly topology: Topology;
  readonly network: NetworkPolicy;
  readonly resources: readonly ResourceInfo[];
  readonly siteCount: number;
  /** Index of the remote users' location (= siteCount). */
  readonly remote: number;
  /** Index of the federated partner's location (= siteCount + 1). */
  readonly federated: number;
  /** Index of an anonymous meeting participant's location (= siteCount + 2). */
  readonly anonymous: number;
  /** Party objects per location, shared (immutable) so the core can be called without allocating. */
  readonly parties: readonly Party[];
  /** Arrival process per caller location (sites, then remote); null when it has no calls. */
  readonly arrivals: readonly (HourlyPoissonArrivals | null)[];
  /** Per caller location, cumulative shares of the four call kinds: `kindCdf[loc * KINDS + kind]`. */
  readonly kindCdf: Float64Array;
  /** Who answers (sites and remote). */
  readonly callees: CalleeTables;
  /** Per location: share of clients carrying the port policy (C2). */
  readonly policyShare: Float64Array;
  readonly federatedShare: number;
  readonly natFailureShare: number;
  readonly escalationShare: number;
  /** Cumulative shares of an invited participant being remote, federated, anonymous; `null`: drawn by the callee rule among everyone. */
  readonly participantShares: Float64Array | null;
  readonly conferenceVideoShare: number;
  /** Fresh holding-time samplers, one per kind (a sampler may keep state, e.g. the polar method's spare). */
  readonly createHolding: () => Sampler[];
  readonly conferenceSize: DiscreteTable;
  readonly liveMeetingSize: DiscreteTable;
  /** Per medium (audio, video): port-pool ports per side, and kbit/s per leg (a video leg carries audio and video). */
  readonly portsPerCall: readonly [number, number];
  readonly kbps: readonly [number, number];
  /** Per Edge: DSCP is kept on its internal side (R11, `qosOnInternalNic`, Lync 2010 and later). */
  readonly qosOnInternalNic: Uint8Array;
  /** Resource ids: Edge e is e, pool p's MCU is mcuBase + p, site s's port pool is portBase + s. */
  readonly mcuBase: number;
  readonly portBase: number;
  /** Call Admission Control (R15-R19); null without a `cac:` section. */
  readonly cac: CacPolicy | null;
  /** CAC routes by pair of sites, looked up (null without CAC). */
  readonly cacRoutes: CacRoutes | null;
  /** CAC's applied policy a: its audio limit is resource linkBase + 2a, its video limit linkBase + 2a + 1. */
  readonly linkBase: number;
  /** Pool p's Mediation Servers are resource mediationBase + p (R21); -1 when no one makes PSTN calls. */
  readonly mediationBase: number;
  /** R21: share of internal users' PSTN calls whose media bypasses the Mediation Server. */
  readonly mediaBypassShare: number;
  /** Per pool: the site where it stands (its MCU, Mediation Servers and gateway; R16, R21). */
  readonly poolSite: Int32Array;
  /** Per pool: its A/V Edge (-1 none, R9). */
  readonly poolEdge: Int32Array;
  /** Per location (sites, then the remote users): its pool. */
  readonly poolOf: Int32Array;
  /** Per site: it reaches the Edge internal NIC on UDP 3478 or TCP 443 (R4), as CAC's alternate path needs. */
  readonly edgeReach: Uint8Array;
  readonly plans: PlanTable;
  /** Simulated time at which the measured window opens (= warm-up) and closes. */
  readonly windowStart: number;
  readonly windowEnd: number;
  /** UTC second of the day at simulated time 0, and when the window opens. */
  readonly originUtc: number;
  readonly windowStartUtc: number;
  /** Time-series bucket edges, seconds from the window's start. */
  readonly bucketEdges: Float64Array;
  /** Clock-hour edges (UTC, on the hour) inside the window, with the window's ends: seconds from its start. */
  readonly hourEdges: Float64Array;
  /** Hour slots of the window (whole clock hours, and the partial ones at its ends). */
  readonly hours: number;
  /**
   * The ticks, in time order: the window's start, the time-series bucket edges and the
   * clock-hour edges inside it (simulated seconds), each with its flags (`TICK_WINDOW_START`,
   * `TICK_BUCKET_EDGE`, `TICK_HOUR_EDGE`). The same for every replication, so built once here.
   */
  readonly tickTimes: Float64Array;
  readonly tickKinds: Uint8Array;
  /** Resource index by id (`edge:NAME`, `mcu:POOL`, `ports:SITE`, ...), for failures the core names. */
  readonly resourceIndex: ReadonlyMap<string, number>;
}

/**
 * A fingerprint of a workload (SHA-256 of its JSON, `Infinity` kept apart from `null`):
 * equal keys mean equal workloads, hence equal compilations.
 */
export function workloadKey(workload: Workload): string {
  const json = JSON.stringify(workload, (_key, value: unknown) => (value === Infinity ? 'Infinity' : value));
  return createHash('sha256').update(json).digest('hex');
}

/** A sampler of one holding-time distribution. */
function sampler(h: ReturnType<typeof holdingOf>): Sampler {
  return h.distribution === 'lognormal' ? new Lognormal(h.mean, h.cv ?? 1) : new Exponential(h.mean);
}

/** A meeting-size distribution. */
function sizeTable(spec: SizeSpec): DiscreteTable {
  if (spec.kind === 'range') return truncatedGeometric(spec.min, spec.max, spec.mean);
  const sizes = [...spec.sizes.keys()];
  const min = Math.min(...sizes);
  const weights = new Float64Array(Math.max(...sizes) - min + 1);
  for (const [size, w] of spec.sizes) weights[size - min] = w;
  return new DiscreteTable(min, weights);
}

/** The finest step, in seconds, at which some location's local hour changes: 3600, 1800 or 900. */
function localHourStep(offsets: readonly number[]): number {
  let step = 3600;
  for (const offset of offsets) {
    const quarters = Math.round(Math.abs(offset) * 4) % 4;
    if (quarters === 1 || quarters === 3) step = 900;
    else if (quarters === 2 && step > 1800) step = 1800;
  }
  return step;
}

/** Compiles a validated workload. */
export function compileWorkload(workload: Workload): CompiledWorkload {
  const { deployment, traffic, simulation } = workload;
  const sites = deployment.sites;
  const S = sites.length;
  const topology = buildTopology(deployment);
  const network = buildNetworkPolicy(
    sites.map((s) => s.name),
    workload.network,
  );

  const windowStart = simulation.warmup;
  const windowEnd = simulation.warmup + simulation.duration;
  const windowStartUtc = startSeconds(simulation.start);
  const originUtc = (((windowStartUtc - windowStart) % 86400) + 86400) % 86400;

  // Callers: every site, then the remote users (on UTC); each with its own profile and rates.
  const offsets = [...sites.map((s) => s.utcOffsetHours), 0];
  const users = [...sites.map((s) => s.users), deployment.remote.users];
  const profiles = offsets.map((_, loc) => profileWeights(profileOf(workload, loc < S ? loc : undefined)));
  const rates = offsets.map((_, loc) => ratesOf(workload, loc < S ? loc : undefined));
  const kindCdf = new Float64Array(offsets.length * KINDS);
  const arrivals = offsets.map((offset, loc) => {
    const r = rates[loc]!;
    const perUser = CALL_KINDS.map((k) => r[k]);
    const total = perUser.reduce((a, b) => a + b, 0);
    let cumulative = 0;
    for (let k = 0; k < KINDS; k++) kindCdf[loc * KINDS + k] = total > 0 ? (cumulative += perUser[k]!) / total : 1;
    kindCdf[loc * KINDS + KINDS - 1] = 1;
    if (users[loc] === 0 || total === 0) return null;
    // Rates by local hour, on a clock that reads the location's local time.
    const local = Array.from(profiles[loc]!, (w) => (w * users[loc]! * total) / 3600);
    const originLocal = (((originUtc + offset * 3600) % 86400) + 86400) % 86400;
    return new HourlyPoissonArrivals(local, originLocal);
  });

  const callees = new CalleeTables(
    users,
    (d, tod) => weightAtUtc(profiles[d]!, offsets[d]!, tod),
    localHourStep(offsets),
    affinityMaps(workload),
    traffic.callees === 'awake',
  );

  const E = deployment.edges.length;
  const P = deployment.pools.length;
  const bandwidth = bandwidthOf(workload);
  const cac = workload.cac === undefined ? null : buildCacPolicy(sites.map((s) => s.name), workload.cac, bandwidth);
  const pstn = hasPstnCalls(workload);
  const resources: ResourceInfo[] = [
    ...deployment.edges.map((e) => ({ id: `edge:${e.name}`, kind: 'edge' as const, capacity: e.servers * e.sessionsPerServer })),
    ...deployment.pools.map((p) => ({ id: `mcu:${p.name}`, kind: 'mcu' as const, capacity: mcuLegsOf(p) })),
    ...sites.map((s) => ({ id: `ports:${s.name}`, kind: 'ports' as const, capacity: s.portPool ?? Infinity })),
    ...(cac?.applied ?? []).flatMap((a) => [
      { id: `link:${a.target}:audio`, kind: 'link' as const, capacity: a.audioSessions },
      { id: `link:${a.target}:video`, kind: 'link' as const, capacity: a.videoSessions },
    ]),
    ...(pstn ? deployment.pools.map((p) => ({ id: `mediation:${p.name}`, kind: 'mediation' as const, capacity: p.mediationSessions ?? Infinity })) : []),
  ];
  const linkBase = E + P + S;
  const mediationBase = pstn ? linkBase + 2 * (cac?.applied.length ?? 0) : -1;

  const holdings = CALL_KINDS.map((kind) => holdingOf(traffic, kind));
  const createHolding = (): Sampler[] => holdings.map(sampler);

  const parties: Party[] = [
    ...sites.map((_, site) => ({ where: 'site' as const, site })),
    { where: 'remote' },
    { where: 'federated' },
    { where: 'anonymous' },
  ];

  const interval = simulation.interval;
  const edges: number[] = [];
  for (let t = 0; t < simulation.duration; t += interval) edges.push(t);
  edges.push(simulation.duration);
  const hourEdges = clockHourEdges(windowStartUtc, simulation.duration);
  const ticks = tickSchedule(windowStart, edges, hourEdges);
  const shares = traffic.conferenceParticipants;
  const later = deployment.product !== 'ocs2007r2';

  return {
    workload,
    topology,
    network,
    resources,
    siteCount: S,
    remote: S,
    federated: S + 1,
    anonymous: S + 2,
    parties,
    arrivals,
    kindCdf,
    callees,
    policyShare: Float64Array.from([...sites.map((s) => s.portPolicy?.share ?? 0), 0]),
    federatedShare: deployment.federated.share,
    natFailureShare: deployment.remote.p2pFailureShare,
    escalationShare: traffic.escalationShare,
    participantShares:
      shares === undefined ? null : Float64Array.from([shares.remote, shares.remote + shares.federated, shares.remote + shares.federated + shares.anonymous]),
    conferenceVideoShare: traffic.conferenceVideoShare,
    createHolding,
    conferenceSize: sizeTable(sizeSpecOf(traffic.conferenceSize, 'conferenceSize')),
    liveMeetingSize: sizeTable(sizeSpecOf(traffic.liveMeetingSize, 'liveMeetingSize')),
    portsPerCall: [traffic.portsPerCall.audio, traffic.portsPerCall.video],
    kbps: [bandwidth.audio, bandwidth.audio + bandwidth.video],
    qosOnInternalNic: Uint8Array.from(deployment.edges, (e) => (later && e.qosOnInternalNic ? 1 : 0)),
    mcuBase: E,
    portBase: E + P,
    cac,
    cacRoutes: cac === null ? null : new CacRoutes(cac, S),
    linkBase,
    mediationBase,
    mediaBypassShare: traffic.mediaBypassShare,
    poolSite: Int32Array.from(deployment.pools, (_, p) => poolSiteOf(workload, p)),
    poolEdge: Int32Array.from(topology.pools, (p) => p.edge),
    poolOf: Int32Array.from([...topology.sites.map((s) => s.pool), topology.remotePool]),
    edgeReach: Uint8Array.from(sites, (_, s) => (network.edgeUdp[s] === 1 || network.edgeTcp[s] === 1 ? 1 : 0)),
    plans: new PlanTable(topology, network, parties, S),
    windowStart,
    windowEnd,
    originUtc,
    windowStartUtc,
    bucketEdges: Float64Array.from(edges),
    hourEdges,
    hours: hourEdges.length - 1,
    tickTimes: ticks.times,
    tickKinds: ticks.kinds,
    resourceIndex: new Map(resources.map((r, i) => [r.id, i])),
  };
}

/** Per caller location, its affinity weights by callee location (a later entry for a pair replaces an earlier one). */
function affinityMaps(workload: Workload): Map<number, number>[] {
  const sites = workload.deployment.sites;
  const index = new Map<string, number>([...sites.map((s, i) => [s.name, i] as const), ['remote', sites.length]]);
  const maps = Array.from({ length: sites.length + 1 }, () => new Map<number, number>());
  for (const entry of workload.traffic.affinity) {
    const from = index.get(entry.from);
    const to = index.get(entry.to);
    if (from === undefined || to === undefined) throw new Error(`affinity names an unknown location: ${entry.from} -> ${entry.to}`);
    maps[from]!.set(to, entry.weight);
  }
  return maps;
}

/**
 * The window's clock-hour grid: 0, every UTC hour boundary strictly inside the window
 * (seconds from its start), and its length. A window opening at 08:30 for 3 h gives
 * [0, 1800, 5400, 9000, 10800]: a partial half hour at each end around two whole hours.
 */
export function clockHourEdges(windowStartUtc: number, duration: number): Float64Array {
  const edges = [0];
  const first = (3600 - (windowStartUtc % 3600)) % 3600 || 3600;
  for (let t = first; t < duration; t += 3600) edges.push(t);
  edges.push(duration);
  return Float64Array.from(edges);
}

/** The window's ticks: its start, the bucket edges and the hour edges inside it, each with its flags (events.ts). */
function tickSchedule(windowStart: number, bucketEdges: readonly number[], hourEdges: Float64Array): { times: Float64Array; kinds: Uint8Array } {
  const ticks = new Map<number, number>([[windowStart, TICK_WINDOW_START]]);
  for (let b = 1; b < bucketEdges.length - 1; b++) {
    const t = windowStart + bucketEdges[b]!;
    ticks.set(t, (ticks.get(t) ?? 0) | TICK_BUCKET_EDGE);
  }
  for (let h = 1; h < hourEdges.length - 1; h++) {
    const t = windowStart + hourEdges[h]!;
    ticks.set(t, (ticks.get(t) ?? 0) | TICK_HOUR_EDGE);
  }
  const sorted = [...ticks.entries()].sort((a, b) => a[0] - b[0]);
  return { times: Float64Array.from(sorted, ([t]) => t), kinds: Uint8Array.from(sorted, ([, k]) => k) };
}
