/**
 * The busy hour of one loss resource under a step profile (MEDIA-RULES "Busy hour",
 * WORKLOAD.md "Measurement of the busy hour"), against theory.
 *
 * A pure loss Edge: one site, media blocked within it, peer audio only, no escalation,
 * exponential holding of 60 s. The site is 2 hours ahead of UTC and its profile weighs
 * 1 at local 13:00 and 0.2 at every other hour, so its busy hour is 11:00 UTC, offering
 * A = users x rate x mean holding / 3600 = 1000 x 1.2 x 60 / 3600 = 20 erlangs; the
 * other hours offer 4. The Edge has 26 sessions: Erlang B(20, 26) = 3.7%, B(4, 26) ~ 2e-13.
 *
 * The transient: the occupancy entering the busy hour comes from a 4-erlang hour, so its
 * first minutes block less than Erlang B. The forward equations of the M/M/c/c chain
 * (loss-transient.ts) give the hour's exact expected blocking; its distance from Erlang
 * B is the bias, computed rather than guessed, and small because the chain relaxes at
 * rate ~1/h, h = 60 s, against an hour of 3600 s.
 *
 * False alarms: each statistical assertion is at 1 in 1000 (Student-t widening of the
 * run's own 95% interval, or the exact compound-Poisson variance of the offered load).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { erlangB } from '../../src/stats/erlang-b.js';
import { lossByHour } from '../model/loss-transient.js';
import { halfWidth999 } from '../model/pure-loss.js';
import { NO_CALLS, Z999, simulate } from '../model/theory.js';
import type { Run } from '../model/theory.js';
import type { SummaryRow } from '../../src/results/types.js';
import type { WorkloadInput } from '../../src/workload/schema.js';

const USERS = 1000;
const RATE = 1.2; // calls per user per busy hour
const HOLDING = 60; // seconds, exponential
const CAPACITY = 26;
const OFFSET = 2; // hours ahead of UTC
const PEAK_LOCAL = 13;
const LOW = 0.2;
const REPLICATIONS = 60;
const WARMUP_HOURS = 1;
const START_UTC = 6; // window 06:00-16:00 UTC
const HOURS = 10;

const profile = Array.from({ length: 24 }, (_, h) => (h === PEAK_LOCAL ? 1 : LOW));

const workload: WorkloadInput = {
  name: 'busy-hour-step',
  seed: 16,
  simulation: { warmup: WARMUP_HOURS * 3600, duration: HOURS * 3600, start: `0${START_UTC}:00`, replications: REPLICATIONS, interval: 3600 },
  deployment: {
    edges: [{ name: 'edge', servers: 1, sessionsPerServer: CAPACITY }],
    pools: [{ name: 'pool', edge: 'edge' }],
    sites: [{ name: 'site', pool: 'pool', users: USERS, utcOffsetHours: OFFSET }],
  },
  network: { rules: [{ between: ['site', 'site'], p2p: 'blocked' }] },
  traffic: {
    profile,
    perUserPerHour: { ...NO_CALLS, peerAudio: RATE },
    holdingTime: { distribution: 'exponential', mean: HOLDING },
    escalationShare: 0,
  },
};
let run: Run;
let row: SummaryRow;
beforeAll(() => {
  run = simulate(workload);
  row = run.row('edge:edge');
});

// Theory, hour by hour from simulated time 0 (the warm-up's start, empty): the rate of
// UTC hour u is users x rate x weight(local hour u + offset) / 3600.
const firstUtc = START_UTC - WARMUP_HOURS;
const utcHours = Array.from({ length: WARMUP_HOURS + HOURS }, (_, k) => firstUtc + k);
const rates = utcHours.map((u) => (USERS * RATE * profile[(u + OFFSET) % 24]!) / 3600);
const exact = lossByHour(rates, HOLDING, CAPACITY);
const busyUtc = PEAK_LOCAL - OFFSET;
const busySlot = utcHours.indexOf(busyUtc);
const busyLoad = (USERS * RATE * HOLDING) / 3600; // 20 erlangs
const erlang = erlangB(busyLoad, CAPACITY);
const bias = erlang - exact.blocking[busySlot]!;

describe('busy-hour blocking of one loss resource under a step profile', () => {
  it('the transient model agrees with Erlang B once an hour has run, and its bias in the busy hour is small and one-sided', () => {
    // The integrator is sound: a second hour at the busy load, after a first one at it,
    // blocks as Erlang B (the chain has long forgotten its empty start).
    const steady = lossByHour([rates[busySlot]!, rates[busySlot]!], HOLDING, CAPACITY);
    expect(Math.abs(steady.blocking[1]! - erlang)).toBeLessThan(1e-6 * erlang);
    expect(bias).toBeGreaterThan(0); // entering from a lighter hour only lowers blocking
    expect(bias).toBeLessThan(0.05 * erlang);
  });

  it(`names ${busyUtc}:00 UTC, the profile's high local hour in UTC`, () => {
    expect(row.busy_hour_utc).toBe(`${busyUtc}:00`);
    const flagged = run.summary.hourly.filter((h) => h.resource === 'edge:edge' && h.busy);
    expect(flagged.map((h) => h.hour_utc)).toEqual([`${busyUtc}:00`]);
  });

  it('offers that hour users x rate x mean holding / 3600 erlangs', () => {
    // Per replication the hour's unit-seconds are compound Poisson: mean λT·h, variance
    // λT·E[H²] = λT·2h² (exponential); the mean of R replications has that over R.
    const arrivals = USERS * RATE; // in the busy hour
    const sd = Math.sqrt((arrivals * 2 * HOLDING * HOLDING) / REPLICATIONS) / 3600;
    expect(busyLoad).toBe(20);
    expect(Math.abs(row.busy_hour_offered_erlangs - busyLoad)).toBeLessThanOrEqual(Z999 * sd);
  });

  it('blocks that hour as Erlang B of its load, within the 99.9% interval and the computed transient', () => {
    const half = halfWidth999(row.busy_hour_blocking_ci95_low, row.busy_hour_blocking_ci95_high, REPLICATIONS);
    expect(half).toBeGreaterThan(0);
    expect(half).toBeLessThan(0.5 * erlang); // informative
    // The transient only lowers the hour's blocking: Erlang B less the bias, then the interval.
    expect(row.busy_hour_blocking).toBeGreaterThanOrEqual(erlang - bias - half);
    expect(row.busy_hour_blocking).toBeLessThanOrEqual(erlang + half);
  });

  it("blocks the whole window far less than its busy hour: the window's blocking is that hour's blocked requests over all the window's", () => {
    const windowSlots = utcHours.map((_, k) => k).filter((k) => k >= WARMUP_HOURS);
    const offered = windowSlots.reduce((s, k) => s + exact.offered[k]!, 0);
    const blocked = windowSlots.reduce((s, k) => s + exact.blocked[k]!, 0);
    const expected = blocked / offered; // ~ 0.36 of the busy hour's
    const half = halfWidth999(row.blocking_ci95_low, row.blocking_ci95_high, REPLICATIONS);
    expect(Math.abs(row.blocking_probability - expected)).toBeLessThanOrEqual(half);
    const busyHalf = halfWidth999(row.busy_hour_blocking_ci95_low, row.busy_hour_blocking_ci95_high, REPLICATIONS);
    expect(row.blocking_probability + half).toBeLessThan(row.busy_hour_blocking - busyHalf);
  });
});
