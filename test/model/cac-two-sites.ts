/**
 * Two sites of one region, `a` and `b`, on Lync Server 2013 with a bandwidth policy on
 * `b` (R15): only a's users call, and only b's users answer (affinity a -> a weighs 0),
 * so every call crosses b's policy once (R16: one audio session, a video call also one
 * video session). Peer-to-peer is open between the sites, so an admitted call holds
 * nothing but its reservation; the Edge, large, carries only what CAC sent to the
 * Internet path (R18 a, R19). Flat profile, exponential holding times of one mean for
 * every kind, no escalation: the link is a Markov loss system with known offered load.
 */
import type { WorkloadInput } from '../../src/workload/schema.js';
import type { ReplicationResult } from '../../src/results/types.js';
import { ratioInterval } from '../../src/stats/interval.js';
import { halfWidth999 } from './pure-loss.js';
import { NO_CALLS } from './theory.js';

/** Mean holding time of every call, seconds. */
export const HOLDING = 180;
/** a's users: the callers. */
export const CALLERS = 500;

export interface TwoSites {
  /** Offered erlangs of audio and of video calls (a's calls x the mean holding). */
  readonly audioErlangs: number;
  readonly videoErlangs: number;
  /** The policy's sessions: audioKbps = audioSessions x 100, videoKbps = videoSessions x 500. */
  readonly audioSessions: number;
  readonly videoSessions?: number;
  readonly audioAlternatePath: boolean;
  readonly videoAlternatePath: boolean;
  readonly pstnReroute?: boolean;
  readonly replications: number;
  readonly hours: number;
  readonly seed?: number;
}

/** Calls per caller per hour that offer `erlangs` over the policy. */
function rate(erlangs: number): number {
  return (erlangs / HOLDING / CALLERS) * 3600;
}

export function twoSites(p: TwoSites): WorkloadInput {
  return {
    name: 'cac-two-sites',
    seed: p.seed ?? 18,
    simulation: { warmup: 3600, duration: p.hours * 3600, replications: p.replications, interval: 3600 },
    deployment: {
      product: 'lync2013',
      edges: [{ name: 'edge', servers: 1, sessionsPerServer: 10_000 }],
      pools: [{ name: 'pool', edge: 'edge', site: 'a' }],
      sites: [
        { name: 'a', pool: 'pool', users: CALLERS, traffic: { perUserPerHour: { peerAudio: rate(p.audioErlangs), peerVideo: rate(p.videoErlangs) } } },
        { name: 'b', pool: 'pool', users: 400 },
      ],
    },
    network: { default: { p2p: 'open', edgeUdp: 'open', edgeTcp: 'open' } },
    traffic: {
      profile: 'flat',
      perUserPerHour: NO_CALLS, // b's users only answer
      holdingTime: { distribution: 'exponential', mean: HOLDING },
      escalationShare: 0,
      affinity: [{ from: 'a', to: 'a', weight: 0 }],
    },
    cac: {
      regions: [{ name: 'r', centralSite: 'a', sites: ['a', 'b'], audioAlternatePath: p.audioAlternatePath, videoAlternatePath: p.videoAlternatePath }],
      policies: [
        {
          name: 'wan',
          audioKbps: 100 * p.audioSessions,
          audioSessionKbps: 100,
          ...(p.videoSessions === undefined ? {} : { videoKbps: 500 * p.videoSessions, videoSessionKbps: 500 }),
        },
      ],
      sites: [{ site: 'b', policy: 'wan' }],
      pstnReroute: p.pstnReroute ?? false,
    },
  };
}

/**
 * A ratio of sums over replications (numerator and denominator per replication) and its
 * tolerance: the ratio estimator's 95% half-width widened to 99.9% (pure-loss.ts).
 */
export function ratio999(results: readonly ReplicationResult[], num: (r: ReplicationResult) => number, den: (r: ReplicationResult) => number): { ratio: number; tolerance: number } {
  const ci = ratioInterval(results.map(num), results.map(den));
  return { ratio: ci.ratio, tolerance: halfWidth999(ci.low, ci.high, results.length) };
}
