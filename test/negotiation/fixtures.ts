/**
 * Small hand-built topologies for the core's tests: sites hq (0) and branch (1), one
 * pool `pool1` (0) relayed through one Edge `edge` (0); remote users belong to pool1.
 */
import { buildNetworkPolicy } from '../../src/negotiation/index.js';
import type {
  Availability,
  ConferenceCall,
  NetworkPolicy,
  NetworkSection,
  Party,
  Topology,
  TwoPartyCall,
} from '../../src/negotiation/index.js';
import type { Workload } from '../../src/workload/index.js';

export const HQ: Party = { where: 'site', site: 0 };
export const BRANCH: Party = { where: 'site', site: 1 };
export const REMOTE: Party = { where: 'remote' };
export const FEDERATED: Party = { where: 'federated' };
export const ANONYMOUS: Party = { where: 'anonymous' };

export const SITE_NAMES = ['hq', 'branch'] as const;

export function topology(options: { edge?: boolean; certificateFails?: boolean; relayEdge?: 'caller' | 'callee' } = {}): Topology {
  const edge = options.edge ?? true;
  return {
    sites: [
      { name: 'hq', pool: 0 },
      { name: 'branch', pool: 0 },
    ],
    pools: [{ name: 'pool1', edge: edge ? 0 : -1 }],
    edges: edge ? [{ name: 'edge', internalNicCertificateFails: options.certificateFails ?? false }] : [],
    remotePool: 0,
    relayEdge: options.relayEdge ?? 'caller',
  };
}

type Rules = NetworkSection['rules'];

/** hq and branch; every default open unless overridden. */
export function network(defaults: Partial<NetworkSection['default']> = {}, rules: Rules = []): NetworkPolicy {
  return buildNetworkPolicy(SITE_NAMES, { default: { p2p: 'open', edgeUdp: 'open', edgeTcp: 'open', ...defaults }, rules });
}

/** Everything has room unless told otherwise. */
export function room(overrides: Partial<Availability> = {}): Availability {
  return { portRoom: () => true, edgeRoom: () => true, mcuRoom: () => true, ...overrides };
}

/**
 * Availability that records every question the core asks, as `port:<site>`,
 * `edge:<edge>x<sessions>` and `mcu:<pool>x<legs>`; answers default to "room".
 */
export function recordingRoom(overrides: Partial<Availability> = {}): { room: Availability; asked: string[] } {
  const asked: string[] = [];
  const base = room(overrides);
  return {
    asked,
    room: {
      portRoom: (site) => (asked.push(`port:${site}`), base.portRoom(site)),
      edgeRoom: (edge, sessions) => (asked.push(`edge:${edge}x${sessions}`), base.edgeRoom(edge, sessions)),
      mcuRoom: (pool, legs) => (asked.push(`mcu:${pool}x${legs}`), base.mcuRoom(pool, legs)),
    },
  };
}

export function twoParty(a: Party, b: Party, extra: { bothHavePortPolicy?: boolean; natDefeatsP2p?: boolean } = {}): TwoPartyCall {
  return {
    kind: 'audio',
    parties: [a, b],
    bothHavePortPolicy: extra.bothHavePortPolicy ?? false,
    natDefeatsP2p: extra.natDefeatsP2p ?? false,
  };
}

/** A conference (R1), organiser first. */
export function conference(...participants: Party[]): ConferenceCall {
  return { kind: 'conference', participants };
}

/** A Live Meeting / on-premise web-conferencing A/V session (R1), organiser first. */
export function liveMeeting(...participants: Party[]): ConferenceCall {
  return { kind: 'liveMeeting', participants };
}

/**
 * The same hq/branch/pool1/edge deployment as a parsed workload's `deployment`, so the
 * R8 certificate settings go through `buildTopology` as they do on load.
 */
export function deployment(certificate: { extraSanNames: boolean; internalCname: boolean }, product: Workload['deployment']['product'] = 'ocs2007r2'): Workload['deployment'] {
  return {
    product,
    edges: [
      { name: 'edge', servers: 1, sessionsPerServer: 1000, loadBalanced: false, loadBalancer: 'hardware', publicIpBehindNat: false, qosOnInternalNic: false, internalCertificate: certificate },
    ],
    pools: [{ name: 'pool1', edge: 'edge', mcuLegs: 500 }],
    sites: [
      { name: 'hq', pool: 'pool1', users: 100, utcOffsetHours: 0 },
      { name: 'branch', pool: 'pool1', users: 50, utcOffsetHours: 0 },
    ],
    remote: { users: 10, p2pFailureShare: 0 },
    federated: { share: 0 },
    relayEdge: 'caller',
  };
}
