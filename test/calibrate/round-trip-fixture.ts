/**
 * The round trip's known workload and its truth: three sites in three time zones (one
 * with a step profile and rates of its own), remote users, a firewall rule, holding
 * times lognormal and exponential by kind, a conference size table, participant and
 * federated shares, and one affinity. A seed's day is simulated with its records kept,
 * rendered as the Monitoring Server CSV and calibrated from text; the truth of every
 * parameter is read from the workload itself.
 */
import { runScenarios } from '../../src/analysis/run.js';
import type { AffinityLocation } from '../../src/calibrate/affinity-fit.js';
import type { Scenario } from '../../src/analysis/run.js';
import { calibrate } from '../../src/calibrate/calibrate.js';
import type { Calibration } from '../../src/calibrate/calibrate.js';
import { calibrationBaseOf } from '../../src/calibrate/calibration-base.js';
import { textRecordSource } from '../../src/calibrate/record-source.js';
import { profileWeights } from '../../src/model/profile.js';
import { renderRecordsCsv } from '../../src/results/records-csv.js';
import { parseWorkloadValue } from '../../src/workload/load.js';
import type { Workload } from '../../src/workload/schema.js';
import { keptPool } from '../support/pool.js';

/** Bangalore's day: nobody calls before 08:00 or after 17:00 local time. */
export const STEP = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];

/** The workload as written. */
export const ROUND_TRIP = {
  name: 'round-trip',
  seed: 1,
  simulation: { warmup: '1h', duration: '24h', start: '00:00', replications: 10 },
  deployment: {
    product: 'lync2013',
    edges: [{ name: 'edge', servers: 4 }],
    pools: [{ name: 'pool1', edge: 'edge' }],
    sites: [
      { name: 'london', pool: 'pool1', users: 2000, utcOffsetHours: 0 },
      { name: 'newyork', pool: 'pool1', users: 1500, utcOffsetHours: -5 },
      { name: 'bangalore', pool: 'pool1', users: 1000, utcOffsetHours: 5.5, traffic: { profile: STEP, perUserPerHour: { peerAudio: 0.4 } } },
    ],
    remote: { users: 500 },
    federated: { share: 0.05 },
  },
  network: {
    default: { p2p: 'open', edgeUdp: 'open', edgeTcp: 'open' },
    rules: [{ between: ['london', 'bangalore'], p2p: 'blocked' }],
  },
  traffic: {
    profile: 'office',
    perUserPerHour: { peerAudio: 0.3, peerVideo: 0.08, conference: 0.03, liveMeeting: 0 },
    holdingTime: {
      peerAudio: { distribution: 'lognormal', mean: 180, cv: 1.2 },
      peerVideo: { distribution: 'exponential', mean: 420 },
      conference: { distribution: 'lognormal', mean: 1800, cv: 0.6 },
    },
    callees: 'awake',
    affinity: [{ from: 'newyork', to: 'london', weight: 3 }],
    conferenceParticipants: { remote: 0.2, federated: 0.1, anonymous: 0.05 },
    conferenceSize: { sizes: { '3': 0.5, '4': 0.3, '6': 0.2 } },
    // Escalations and Live Meetings cannot be told apart in media records (docs/calibrate.md).
    escalationShare: 0,
  },
};

/** The same workload without its firewall rule: london and bangalore reach each other peer to peer. */
export const WITHOUT_RULE = { ...ROUND_TRIP, network: { ...ROUND_TRIP.network, rules: [] } };

export const WORKLOAD: Workload = parseWorkloadValue(ROUND_TRIP, 'round-trip.yaml');
export const SCENARIO: Scenario = { name: 'baseline', workload: WORKLOAD };

/** The fitted kinds' names in the workload. */
export type Kind = 'peerAudio' | 'peerVideo' | 'conference';

/** The true rate per user per hour of a kind at a location's local hour. */
export function trueRate(location: string, kind: Kind, localHour: number): number {
  const site = WORKLOAD.deployment.sites.find((s) => s.name === location);
  const own = site?.traffic;
  const weights = profileWeights(own?.profile ?? WORKLOAD.traffic.profile);
  const perUser = own?.perUserPerHour?.[kind] ?? WORKLOAD.traffic.perUserPerHour[kind];
  return perUser * weights[localHour]!;
}

/** The true holding-time law of a kind. */
export function trueHolding(kind: Kind): { family: 'exponential' | 'lognormal'; mean: number; cv: number; mu: number; sigma: number } {
  const h = WORKLOAD.traffic.holdingTime[kind]!;
  const mean = h.mean!;
  const cv = h.distribution === 'lognormal' ? h.cv! : 1;
  const sigma = Math.sqrt(Math.log(1 + cv * cv));
  return { family: h.distribution === 'lognormal' ? 'lognormal' : 'exponential', mean, cv, mu: Math.log(mean) - (sigma * sigma) / 2, sigma };
}

/** The true affinity weight from one location to another (1 unless the workload says otherwise). */
export function trueAffinity(from: string, to: string): number {
  return WORKLOAD.traffic.affinity.find((a) => a.from === from && a.to === to)?.weight ?? 1;
}

/** Our locations with their users, clocks and true profiles, as the affinity fit takes them. */
export const TRUE_LOCATIONS: AffinityLocation[] = [
  ...WORKLOAD.deployment.sites.map((s) => ({ name: s.name, users: s.users, utcOffsetHours: s.utcOffsetHours, profile: Array.from(profileWeights(s.traffic?.profile ?? WORKLOAD.traffic.profile)) })),
  { name: 'remote', users: WORKLOAD.deployment.remote.users, utcOffsetHours: 0, profile: Array.from(profileWeights(WORKLOAD.traffic.profile)) },
];

/** One seed's day: its records CSV and their calibration (with the workload as base). */
export interface SimulatedDay {
  readonly seed: number;
  readonly text: string;
  readonly calibration: Calibration;
}

/**
 * Simulates one day of the workload with `seed`, keeps its records and calibrates them.
 *
 * @param workload - What to simulate. @default the round trip's workload
 */
export async function simulatedDay(seed: number, workload: Workload = WORKLOAD): Promise<SimulatedDay> {
  const run = await runScenarios([{ name: 'baseline', workload }], { seed, replications: 1, recordsReplication: 0, pool: keptPool() });
  const text = renderRecordsCsv(run.results[0]!.records!, workload);
  const calibration = await calibrate(textRecordSource(`seed-${seed}.csv`, text), { base: calibrationBaseOf(workload), callees: workload.traffic.callees });
  return { seed, text, calibration };
}

/**
 * The most misses among `n` independent intervals that each cover with probability at
 * least `level` that is still credible: the smallest k with P(Binomial(n, 1 - level) > k)
 * below `risk`. A family whose misses exceed it covers less than it promises.
 */
export function missTolerance(n: number, level = 0.95, risk = 0.001): number {
  const p = 1 - level;
  let logPmf = n * Math.log(1 - p); // k = 0
  let cumulative = Math.exp(logPmf);
  for (let k = 0; k < n; k++) {
    if (1 - cumulative < risk) return k;
    logPmf += Math.log((n - k) / (k + 1)) + Math.log(p / (1 - p));
    cumulative += Math.exp(logPmf);
  }
  return n;
}

/** Counts intervals and those that miss their truth. */
export class Coverage {
  intervals = 0;
  misses = 0;
  readonly missed: string[] = [];

  /** Adds one interval; `what` names it in a failure message. */
  check(what: string, truth: number, low: number, high: number): void {
    this.intervals++;
    if (!(low <= truth && truth <= high)) {
      this.misses++;
      if (this.missed.length < 20) this.missed.push(`${what}: ${truth} not in [${low}, ${high}]`);
    }
  }

  /** The share covered. */
  get rate(): number {
    return 1 - this.misses / this.intervals;
  }
}
