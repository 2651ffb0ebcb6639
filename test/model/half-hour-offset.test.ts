/**
 * A fractional UTC offset (WORKLOAD.md "Who calls": the profile runs on local time): a
 * site at +5.5 whose step profile weighs 1 at local 14:00 and 0.25 at every other hour
 * calls at its high rate from 08:30 to 09:30 UTC. The rate changes at half past the UTC
 * hour, never on it, and is never a blend of two hours: over each UTC half hour the
 * expected count is the integral of the local hour's rate, users x rate x weight / 3600
 * x 1800 s.
 *
 * Observed two ways: the compiled arrival process's rateAt and meanCount (exact), and a
 * replication's arrivals per half-hour bucket, read as the Edge's requests (media is
 * blocked within the site, so every call asks the Edge for one session): each an exact
 * Poisson count checked at 1 in 1000.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HourlyPoissonArrivals } from '../../src/kernel/arrivals.js';
import type { WorkloadInput } from '../../src/workload/schema.js';
import { NO_CALLS, poissonAcceptance, simulate } from './theory.js';
import type { Run } from './theory.js';

const USERS = 3000;
const RATE = 1; // calls per user per busy hour
const OFFSET = 5.5;
const HIGH_LOCAL = 14; // 08:30-09:30 UTC
const LOW = 0.25;
const START = 7 * 3600; // window 07:00-11:00 UTC, no warm-up: simulated 0 is 07:00 UTC
const HOURS = 4;

const profile = Array.from({ length: 24 }, (_, h) => (h === HIGH_LOCAL ? 1 : LOW));
const input: WorkloadInput = {
  name: 'half-hour-offset',
  seed: 55,
  simulation: { warmup: 0, duration: HOURS * 3600, start: '07:00', replications: 1, interval: 1800 },
  deployment: {
    edges: [{ name: 'edge', sessionsPerServer: 100_000 }],
    pools: [{ name: 'pool', edge: 'edge' }],
    sites: [{ name: 'bangalore', pool: 'pool', users: USERS, utcOffsetHours: OFFSET }],
  },
  network: { rules: [{ between: ['bangalore', 'bangalore'], p2p: 'blocked' }] },
  traffic: { profile, perUserPerHour: { ...NO_CALLS, peerAudio: RATE }, escalationShare: 0 },
};
let run: Run;
let arrivals: HourlyPoissonArrivals;
beforeAll(() => {
  run = simulate(input);
  arrivals = run.compiled.arrivals[0]!;
});

/** The theory's rate (per second) at UTC second-of-day `utc`: the local hour's weight, on the local clock. */
function rate(utc: number): number {
  const local = (utc + OFFSET * 3600) % 86400;
  return (USERS * RATE * profile[Math.floor(local / 3600)]!) / 3600;
}
const low = (USERS * RATE * LOW) / 3600;
const high = (USERS * RATE) / 3600;
const at = (hh: number, mm: number, ss = 0): number => hh * 3600 + mm * 60 + ss - START; // simulated time of a UTC clock time

describe('a +5.5 site\'s arrival rate follows its local hours', () => {
  it('changes at 08:30 and 09:30 UTC, not on the UTC hours', () => {
    expect(arrivals.rateAt(at(8, 29, 59))).toBeCloseTo(low, 15);
    expect(arrivals.rateAt(at(8, 30))).toBeCloseTo(high, 15);
    expect(arrivals.rateAt(at(8, 59, 59))).toBeCloseTo(high, 15);
    expect(arrivals.rateAt(at(9, 0))).toBeCloseTo(high, 15);
    expect(arrivals.rateAt(at(9, 29, 59))).toBeCloseTo(high, 15);
    expect(arrivals.rateAt(at(9, 30))).toBeCloseTo(low, 15);
  });

  it('expects, over each UTC half hour, the integral of the local hour\'s rate', () => {
    for (let b = 0; b < 2 * HOURS; b++) {
      const from = b * 1800;
      const expected = rate(START + from) * 1800; // the rate is constant on each UTC half hour here
      expect(arrivals.meanCount(from, from + 1800)).toBeCloseTo(expected, 9);
    }
    // Off the half-hour grid too: 08:15-08:45 is a quarter hour of each rate.
    expect(arrivals.meanCount(at(8, 15), at(8, 45))).toBeCloseTo((low + high) * 900, 9);
  });

  it('draws, in each UTC half hour of a replication, a Poisson count of that mean', () => {
    const edge = run.results[0]!.resources[run.index('edge:edge')]!;
    const edges = run.results[0]!.bucketEdges;
    expect(edges.length).toBe(2 * HOURS + 1);
    for (let b = 0; b < 2 * HOURS; b++) {
      const expected = rate(START + edges[b]!) * (edges[b + 1]! - edges[b]!);
      const { low: lo, high: hi } = poissonAcceptance(expected);
      const count = edge.bucketOffered[b]!;
      expect(count, `bucket ${b} (mean ${expected})`).toBeGreaterThanOrEqual(lo);
      expect(count, `bucket ${b} (mean ${expected})`).toBeLessThanOrEqual(hi);
    }
  });
});
