/** Small topologies for the core's tests: sites hq (0) and branch (1), one pool, one Edge. */
import { buildNetworkPolicy } from '../../src/negotiation/index.js';
import type { Availability, NetworkPolicy, NetworkSection, Party, Topology } from '../../src/negotiation/index.js';

export const HQ: Party = { where: 'site', site: 0 };
export const BRANCH: Party = { where: 'site', site: 1 };
export const REMOTE: Party = { where: 'remote' };
export const FEDERATED: Party = { where: 'federated' };

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
export function network(defaults: Partial<NetworkSection['default']> = {}, rules: Rules = []): NetworkPolicy {
  return buildNetworkPolicy(['hq', 'branch'], { default: { p2p: 'open', edgeUdp: 'open', edgeTcp: 'open', ...defaults }, rules });
}

/** Everything has room unless told otherwise. */
export function room(overrides: Partial<Availability> = {}): Availability {
  return { portRoom: () => true, edgeRoom: () => true, mcuRoom: () => true, ...overrides };
}

export function twoParty(a: Party, b: Party, extra: { bothHavePortPolicy?: boolean; natDefeatsP2p?: boolean } = {}) {
  return { kind: 'audio' as const, parties: [a, b] as const, bothHavePortPolicy: extra.bothHavePortPolicy ?? false, natDefeatsP2p: extra.natDefeatsP2p ?? false };
}
