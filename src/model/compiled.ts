/**
 * A workload compiled for simulation: index-based topology and network policy, arrival
 * rates per caller location, cumulative tables for the routing draws, holding-time and
 * meeting-size samplers, the resource list and the measured window's grid. Built once
 * per (workload, scenario); everything a replication needs per call is an array lookup.
 *
 * Locations: sites are 0..S-1, the remote users are S, a federated partner is S+1
 * (a federated party never calls: it only answers internal callers, R12).
 */
import { createHash } from 'node:crypto';
import { Exponential, Lognormal, truncatedGeometric } from '../kernel/distributions.js';
import type { DiscreteTable, Sampler } from '../kernel/distributions.js';
import { HourlyPoissonArrivals } from '../kernel/arrivals.js';
import { buildNetworkPolicy, buildTopology } from '../negotiation/index.js';
import type { NetworkPolicy, Party, Topology } from '../negotiation/index.js';
import type { ResourceInfo } from '../results/types.js';
import { startSeconds } from '../workload/time-text.js';
import type { Workload } from '../workload/schema.js';
import { TICK_BUCKET_EDGE, TICK_HOUR_EDGE, TICK_WINDOW_START } from './events.js';
import { profileWeights, utcHourWeights } from './profile.js';
import { PlanTable } from './plan-table.js';

/** Call kinds in the order of the kind draw. */
export const KIND_AUDIO = 0;
export const KIND_VIDEO = 1;
export const KIND_CONFERENCE = 2;
export const KIND_LIVE_MEETING = 3;

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
  /** Party objects per location, shared (immutable) so the core can be called without allocating. */
  readonly parties: readonly Party[];
  /** Arrival process per caller location (sites, then remote); null when it has no users. */
  readonly arrivals: readonly (HourlyPoissonArrivals | null)[];
  /** Cumulative shares of the four call kinds. */
  readonly kindCdf: Float64Array;
  /** Per caller location, cumulative weights over callee locations 0..S (population, caller excluded). */
  readonly calleeCdf: Float64Array;
  /** Per location: share of clients carrying the port policy (C2). */
  readonly policyShare: Float64Array;
  /** Per caller location: its pool (R14). */
  readonly poolOfLocation: Int32Array;
  readonly federatedShare: number;
  readonly natFailureShare: number;
  readonly escalationShare: number;
  /** A fresh holding-time sampler (one per stream: a sampler may keep state, e.g. Box-Muller's spare). */
  readonly createHolding: () => Sampler;
  readonly conferenceSize: DiscreteTable;
  readonly liveMeetingSize: DiscreteTable;
  /** Per kind (audio, video): port-pool ports per side and kbit/s per leg. */
  readonly portsPerCall: readonly [number, number];
  readonly kbps: readonly [number, number];
  /** Resource ids: Edge e is e, pool p's MCU is mcuBase + p, site s's port pool is portBase + s. */
  readonly mcuBase: number;
  readonly portBase: number;
  readonly plans: PlanTable;
  /** Simulated time at which the measured window opens (= warm-up) and closes. */
  readonly windowStart: number;
  readonly windowEnd: number;
  /** UTC second of the day at simulated time 0. */
  readonly originUtc: number;
  /** Time-series bucket edges, seconds from the window's start. */
  readonly bucketEdges: Float64Array;
  /** Hours (whole or last partial) in the window. */
  readonly hours: number;
  /**
   * The ticks, in time order: the window's start, the time-series bucket edges and the
   * hour edges inside it (simulated seconds), each with its flags (`TICK_WINDOW_START`,
   * `TICK_BUCKET_EDGE`, `TICK_HOUR_EDGE`). The same for every replication, so built once here.
   */
  readonly tickTimes: Float64Array;
  readonly tickKinds: Uint8Array;
  /** Resource index by id (`edge:NAME`, `mcu:POOL`, `ports:SITE`), for failures the core names. */
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
  const originUtc = (((startSeconds(simulation.start) - windowStart) % 86400) + 86400) % 86400;

  const rates = traffic.perUserPerHour;
  const perUserPerSecond = (rates.peerAudio + rates.peerVideo + rates.conference + rates.liveMeeting) / 3600;
  const local = profileWeights(traffic.profile);
  const populations = [...sites.map((s) => s.users), deployment.remote.users];
  const arrivals = populations.map((users, loc) => {
    if (users === 0 || perUserPerSecond === 0) return null;
    const offset = loc < S ? sites[loc]!.utcOffsetHours : 0; // remote users follow UTC
    const weights = utcHourWeights(local, offset);
    return new HourlyPoissonArrivals(
      Array.from(weights, (w) => w * users * perUserPerSecond),
      originUtc,
    );
  });
  const kindTotal = rates.peerAudio + rates.peerVideo + rates.conference + rates.liveMeeting;
  const kindCdf = Float64Array.from(
    [rates.peerAudio, rates.peerAudio + rates.peerVideo, kindTotal - rates.liveMeeting, kindTotal],
    (x) => (kindTotal > 0 ? x / kindTotal : 1),
  );
  kindCdf[3] = 1;

  // Who answers: every other user, weighted by population (the caller excluded).
  const L = S + 1;
  const calleeCdf = new Float64Array(L * L);
  for (let c = 0; c < L; c++) {
    let total = 0;
    for (let d = 0; d < L; d++) {
      total += Math.max(0, populations[d]! - (c === d ? 1 : 0));
      calleeCdf[c * L + d] = total;
    }
    for (let d = 0; d < L; d++) calleeCdf[c * L + d] = total > 0 ? calleeCdf[c * L + d]! / total : (d + 1) / L;
    calleeCdf[c * L + L - 1] = 1;
  }

  const E = deployment.edges.length;
  const P = deployment.pools.length;
  const resources: ResourceInfo[] = [
    ...deployment.edges.map((e) => ({ id: `edge:${e.name}`, kind: 'edge' as const, capacity: e.servers * e.sessionsPerServer })),
    ...deployment.pools.map((p) => ({ id: `mcu:${p.name}`, kind: 'mcu' as const, capacity: p.mcuLegs })),
    ...sites.map((s) => ({ id: `ports:${s.name}`, kind: 'ports' as const, capacity: s.portPool ?? Infinity })),
  ];

  const ht = traffic.holdingTime;
  const createHolding = (): Sampler => (ht.distribution === 'exponential' ? new Exponential(ht.mean) : new Lognormal(ht.mean, ht.cv));

  const parties: Party[] = [
    ...sites.map((_, site) => ({ where: 'site' as const, site })),
    { where: 'remote' },
    { where: 'federated' },
  ];

  const interval = simulation.interval;
  const edges: number[] = [];
  for (let t = 0; t < simulation.duration; t += interval) edges.push(t);
  edges.push(simulation.duration);
  const hours = Math.max(1, Math.ceil(simulation.duration / 3600));
  const ticks = tickSchedule(windowStart, edges, hours);

  return {
    workload,
    topology,
    network,
    resources,
    siteCount: S,
    remote: S,
    federated: S + 1,
    parties,
    arrivals,
    kindCdf,
    calleeCdf,
    policyShare: Float64Array.from([...sites.map((s) => s.portPolicy?.share ?? 0), 0]),
    poolOfLocation: Int32Array.from([...topology.sites.map((s) => s.pool), topology.remotePool]),
    federatedShare: deployment.federated.share,
    natFailureShare: deployment.remote.p2pFailureShare,
    escalationShare: traffic.escalationShare,
    createHolding,
    conferenceSize: truncatedGeometric(traffic.conferenceSize.min, traffic.conferenceSize.max, traffic.conferenceSize.mean),
    liveMeetingSize: truncatedGeometric(traffic.liveMeetingSize.min, traffic.liveMeetingSize.max, traffic.liveMeetingSize.mean),
    portsPerCall: [traffic.portsPerCall.audio, traffic.portsPerCall.video],
    kbps: [traffic.bandwidthKbps.audio, traffic.bandwidthKbps.video],
    mcuBase: E,
    portBase: E + P,
    plans: new PlanTable(topology, network, parties, S),
    windowStart,
    windowEnd,
    originUtc,
    bucketEdges: Float64Array.from(edges),
    hours,
    tickTimes: ticks.times,
    tickKinds: ticks.kinds,
    resourceIndex: new Map(resources.map((r, i) => [r.id, i])),
  };
}

/** The window's ticks: its start, the bucket edges and the hour edges inside it, each with its flags (events.ts). */
function tickSchedule(windowStart: number, bucketEdges: readonly number[], hours: number): { times: Float64Array; kinds: Uint8Array } {
  const ticks = new Map<number, number>([[windowStart, TICK_WINDOW_START]]);
  for (let b = 1; b < bucketEdges.length - 1; b++) {
    const t = windowStart + bucketEdges[b]!;
    ticks.set(t, (ticks.get(t) ?? 0) | TICK_BUCKET_EDGE);
  }
  for (let h = 1; h < hours; h++) {
    const t = windowStart + h * 3600;
    ticks.set(t, (ticks.get(t) ?? 0) | TICK_HOUR_EDGE);
  }
  const sorted = [...ticks.entries()].sort((a, b) => a[0] - b[0]);
  return { times: Float64Array.from(sorted, ([t]) => t), kinds: Uint8Array.from(sorted, ([, k]) => k) };
}
