/**
 * The negotiation core's entry point: one call in, a {@link MediaPlan} or a
 * {@link Failure} out. Pure: the same inputs always give the same answer.
 */
import { edgeLegTransport, nominate } from './ice.js';
import type { CheckContext } from './ice.js';
import type {
  Availability,
  Call,
  ConferenceCall,
  Failure,
  Negotiation,
  NetworkPolicy,
  Party,
  RelayLeg,
  Topology,
  TwoPartyCall,
} from './types.js';

/** Decides the media path of one call. */
export function negotiate(call: Call, topology: Topology, network: NetworkPolicy, room: Availability): Negotiation {
  switch (call.kind) {
    case 'conference':
    case 'liveMeeting':
      return negotiateConference(call, topology, room); // R1: never peer-to-peer
    case 'audio':
    case 'video':
      return negotiateTwoParty(call, topology, network, room);
    default: {
      const never: never = call;
      throw new Error(`unknown call kind ${JSON.stringify(never)}`);
    }
  }
}

/** The pool whose MCU and Edge serve a party (R14); federated parties have none of ours. */
export function poolOf(party: Party, topology: Topology): number {
  switch (party.where) {
    case 'site':
      return topology.sites[party.site]!.pool;
    case 'remote':
      return topology.remotePool;
    case 'federated':
    case 'anonymous':
      return -1;
    default: {
      const never: never = party;
      throw new Error(`unknown party ${JSON.stringify(never)}`);
    }
  }
}

/**
 * R14: the Edge relaying a two-party call: the caller's pool's, or the callee's with the
 * switch. R12: a federated party has no pool of ours, so our Edge is the other party's.
 */
export function relayEdgeOf(call: TwoPartyCall, topology: Topology): number {
  const [caller, callee] = call.parties;
  const callerPool = poolOf(caller, topology);
  const calleePool = poolOf(callee, topology);
  const pool = (topology.relayEdge === 'callee' && calleePool >= 0) || callerPool < 0 ? calleePool : callerPool;
  return pool >= 0 ? topology.pools[pool]!.edge : -1;
}

function failure(reason: 'no-path' | 'certificate'): Failure {
  return { ok: false, reason, path: reason === 'no-path' ? 'failed-no-path' : 'failed-certificate' };
}

/** A request refused at capacity: the resource and the units it could not seat. */
function atCapacity(resource: string, units: number): Failure {
  return { ok: false, reason: 'capacity', path: 'blocked-capacity', resource, units };
}

/** R2-R6, R8-R10, R12, R14: ICE between two parties. */
function negotiateTwoParty(call: TwoPartyCall, topology: Topology, network: NetworkPolicy, room: Availability): Negotiation {
  const edge = relayEdgeOf(call, topology);
  const certificateFails = edge >= 0 && topology.edges[edge]!.internalNicCertificateFails;
  const ctx: CheckContext = {
    parties: call.parties,
    network,
    bothHavePortPolicy: call.bothHavePortPolicy,
    natDefeatsP2p: call.natDefeatsP2p,
    portRoom: (site) => room.portRoom(site),
    edge,
    internalNicFails: certificateFails,
  };
  const pair = nominate(ctx);
  if (pair === undefined) {
    // R8: the call fails because of the certificate when a sound one would have given a path.
    if (certificateFails && nominate({ ...ctx, internalNicFails: false }) !== undefined) return failure('certificate');
    return failure('no-path');
  }
  if (pair.local.realm !== 'edge' && pair.remote.realm !== 'edge') {
    const [a, b] = call.parties;
    const portSites = a.where === 'site' && b.where === 'site' && a.site !== b.site ? [a.site, b.site] : [];
    return { ok: true, path: 'p2p', transport: pair.local.transport, portSites, qos: true };
  }
  const legs: RelayLeg[] = ([0, 1] as const).map((side) => ({
    party: side,
    nic: call.parties[side].where === 'site' ? 'internal' : 'external',
    transport: edgeLegTransport(ctx, side),
  }));
  if (!room.edgeRoom(edge, 1)) return atCapacity(`edge:${topology.edges[edge]!.name}`, 1);
  const tcp = legs.some((l) => l.transport === 'tcp');
  return { ok: true, path: tcp ? 'edge-tcp' : 'edge-udp', edge, sessions: 1, legs, qos: false };
}

/**
 * R1: every participant takes a leg on the organiser's pool MCU; remote and federated
 * participants reach it through that pool's Edge, one relay session each. R9: without
 * an Edge they cannot join (and a remote organiser's conference has no media at all).
 * A conference that cannot seat every leg at once is blocked.
 */
function negotiateConference(call: ConferenceCall, topology: Topology, room: Availability): Negotiation {
  const organiser = call.participants[0];
  if (organiser === undefined) throw new Error('a conference needs an organiser');
  const pool = poolOf(organiser, topology);
  if (pool < 0) return failure('no-path'); // a federated partner cannot organise on our MCU
  const edge = topology.pools[pool]!.edge;
  let external = 0;
  for (const p of call.participants) if (p.where !== 'site') external++;
  let refused = 0;
  if (edge < 0 && external > 0) {
    if (organiser.where !== 'site') return failure('no-path');
    refused = external; // R9: remote users cannot join the conference's A/V
  }
  const legs = call.participants.length - refused;
  // R18 a: a leg CAC refused crosses the Edge like an external participant's (never without one).
  const edgeSessions = edge >= 0 ? external + (call.alternateLegs ?? 0) : 0;
  if (!room.mcuRoom(pool, legs)) return atCapacity(`mcu:${topology.pools[pool]!.name}`, legs);
  if (edgeSessions > 0 && !room.edgeRoom(edge, edgeSessions)) return atCapacity(`edge:${topology.edges[edge]!.name}`, edgeSessions);
  return { ok: true, path: 'mcu', pool, legs, edge: edgeSessions > 0 ? edge : -1, edgeSessions, refusedParticipants: refused };
}
