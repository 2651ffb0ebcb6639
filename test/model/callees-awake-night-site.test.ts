/**
 * Who answers ignores nobody awake (WORKLOAD.md "Who answers": "a site where it is
 * 3 a.m. is rarely called"). london (0) and paris (+1) call during their working hours,
 * 09:00-13:00 UTC; wellington (+12, 1,500 of 4,500 users) is then at 21:00-01:00 and
 * calls nobody. With `callees: awake` it receives a small share of the calls, its
 * population x its evening profile weights against the others' working ones; with
 * `callees: population` a third. The same seed gives both runs the same calls, each
 * with the same uniform for its callee (every callee is at a site, so every call draws
 * the same count of numbers), so the two counts are paired.
 *
 * Theory: given N calls, each reaches wellington independently with the callers' rates
 * weighting the rule's p(t) over the window (hour by hour: every offset is whole), so
 * each count is Binomial(N, p̄). The paired difference of two calls' indicators has
 * variance at most p̄_population + p̄_awake, whatever their joint law. Each at 1 in 1000.
 * A call to wellington takes 2 of its port-pool ports (R3, p2p open between sites).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkloadInput } from '../../src/workload/schema.js';
import { calleeProbabilities, localWeight, utcAt } from './callee-rule.js';
import { NO_CALLS, Z999, binomialTolerance, simulate } from './theory.js';

const START = 9;
const HOURS = 4;
const WELLINGTON = 2;

const workload = (callees: 'awake' | 'population'): WorkloadInput => ({
  name: 'night-site',
  seed: 12,
  simulation: { warmup: 1800, duration: HOURS * 3600, start: `0${START}:00`, replications: 1 },
  deployment: {
    edges: [{ name: 'edge' }],
    pools: [{ name: 'pool', edge: 'edge' }],
    sites: [
      { name: 'london', pool: 'pool', users: 2000 },
      { name: 'paris', pool: 'pool', users: 1000, utcOffsetHours: 1 },
      { name: 'wellington', pool: 'pool', users: 1500, utcOffsetHours: 12, traffic: { perUserPerHour: { peerAudio: 0 } } },
    ],
  },
  traffic: { profile: 'office', callees, perUserPerHour: { ...NO_CALLS, peerAudio: 1 }, escalationShare: 0 },
});

/** Calls in the window, and how many reached wellington, with the expected share p̄. */
function measure(callees: 'awake' | 'population') {
  const run = simulate(workload(callees));
  const { workload: w } = run;
  const r = run.results[0]!;
  let weight = 0;
  let toWellington = 0;
  for (let h = 0; h < HOURS; h++) {
    const t = w.simulation.warmup + h * 3600 + 1800;
    const utc = utcAt(w, t);
    for (const caller of [0, 1]) {
      const rate = w.deployment.sites[caller]!.users * localWeight(w, caller, utc); // x peerAudio, x 1 h: common factors
      weight += rate;
      toWellington += rate * calleeProbabilities(w, caller, utc)[WELLINGTON]!;
    }
  }
  return {
    calls: r.paths.reduce((a, b) => a + b, 0),
    received: r.resources[run.index('ports:wellington')]!.offered / 2,
    share: toWellington / weight,
  };
}

describe('callees: awake sends few calls to a site in its night', () => {
  let awake: ReturnType<typeof measure>;
  let population: ReturnType<typeof measure>;
  beforeAll(() => {
    awake = measure('awake');
    population = measure('population');
  });
  const populationShare = 1500 / (4500 - 1);

  it('the two runs see the same calls', () => {
    expect(awake.calls).toBe(population.calls);
    expect(awake.calls).toBeGreaterThan(5000);
  });

  it('awake: wellington receives its expected share, far below its population share', () => {
    expect(awake.share).toBeLessThan(0.1 * populationShare);
    expect(Math.abs(awake.received - awake.calls * awake.share)).toBeLessThanOrEqual(binomialTolerance(awake.calls, awake.share));
    expect(awake.received / awake.calls).toBeLessThan(0.2 * populationShare);
  });

  it('population: wellington receives its population share', () => {
    expect(population.share).toBeCloseTo(populationShare, 12);
    expect(Math.abs(population.received - population.calls * population.share)).toBeLessThanOrEqual(
      binomialTolerance(population.calls, population.share),
    );
  });

  it('paired: awake sends it fewer calls by N x (p̄ population - p̄ awake)', () => {
    const n = awake.calls;
    const difference = population.received - awake.received;
    const expected = n * (population.share - awake.share);
    expect(Math.abs(difference - expected)).toBeLessThanOrEqual(Z999 * Math.sqrt(n * (population.share + awake.share)));
    expect(difference).toBeGreaterThan(0.5 * expected);
  });
});
