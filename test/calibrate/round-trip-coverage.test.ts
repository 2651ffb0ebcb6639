/**
 * The round trip (issue 19): simulate a known three-site workload for several seeds with
 * its records kept, calibrate each day's records (with the workload as base, so users
 * and clocks are known), and check that the intervals cover the truth at the rate they
 * promise. Each family of intervals is pooled over the seeds and must not miss more
 * often than a binomial count at 95% allows (its 99.9% quantile: the intervals are not
 * all independent, and the exact ones are conservative).
 *
 * What each interval promises:
 * - hourly rates (Garwood), shares (Clopper-Pearson), the exponential mean (chi-square),
 *   the lognormal's mu (Student t), sigma and cv (chi-square): exact, at least 95%;
 * - the lognormal mean (Cox's interval) and the affinity weights (the wider of a
 *   conditional binomial and a Wald interval, given the profiles): approximate; the
 *   weights are checked at the true profiles, since at the fitted ones they are relative
 *   to those (the profiles' own noise is not in their intervals);
 * - the busy-hour rates per kind: approximate, their target the rate at the busy hour
 *   the fit chose; since the choice is made on the same counts, the busy hour's interval
 *   is simultaneous over the hours (at the plain level it covered 87% over 40 seeds).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fitAffinity } from '../../src/calibrate/affinity-fit.js';
import { FIT_KINDS } from '../../src/calibrate/record-tables.js';
import { Coverage, missTolerance, simulatedDay, TRUE_LOCATIONS, trueAffinity, trueHolding, trueRate, WORKLOAD } from './round-trip-fixture.js';
import type { Kind, SimulatedDay } from './round-trip-fixture.js';

const SEEDS = [101, 102, 103, 104, 105, 106];
let days: SimulatedDay[] = [];

beforeAll(async () => {
  days = [];
  for (const seed of SEEDS) days.push(await simulatedDay(seed));
});

/** Checks a family's coverage against the tolerance, naming the first misses if it fails. */
function expectCoverage(coverage: Coverage, level = 0.95): void {
  expect(coverage.intervals).toBeGreaterThan(0);
  expect(coverage.misses, coverage.missed.join('\n')).toBeLessThanOrEqual(missTolerance(coverage.intervals, level));
}

describe('calibrating simulated records gets the known workload back', () => {
  it('reads every record, with the sites differing (bangalore\'s step profile) and the right family for each kind', () => {
    for (const { calibration } of days) {
      expect(calibration.read.skipped).toBe(0);
      expect(calibration.fit.counts.records).toBeGreaterThan(15_000);
      expect(calibration.fit.perSite).toBe(true);
      expect(calibration.fit.global.from).toBe('remote');
      for (const kind of FIT_KINDS) expect(calibration.fit.holding[kind].family).toBe(trueHolding(kind).family);
    }
  });

  it('hourly rates per location, kind and local hour: exact Poisson intervals cover the truth', () => {
    const coverage = new Coverage();
    for (const { seed, calibration } of days) {
      for (const l of calibration.fit.locations) {
        for (const kind of FIT_KINDS) {
          for (const r of l.rates.byKind[kind]) {
            if (!(r.userHours > 0)) continue;
            coverage.check(`seed ${seed} ${l.name} ${kind} ${r.localHour}h`, trueRate(l.name, kind, r.localHour), r.low, r.high);
          }
        }
      }
    }
    expect(coverage.intervals).toBe(SEEDS.length * 4 * 3 * 24);
    expectCoverage(coverage);
  });

  it('busy-hour rates per kind (the workload\'s perUserPerHour): the approximate interval covers the rate at the fitted busy hour', () => {
    const coverage = new Coverage();
    for (const { seed, calibration } of days) {
      for (const l of calibration.fit.locations) {
        for (const kind of FIT_KINDS) {
          const e = l.rates.perUserPerHour[kind];
          coverage.check(`seed ${seed} ${l.name} ${kind}`, trueRate(l.name, kind, l.rates.busyHour), e.low, e.high);
        }
      }
    }
    expectCoverage(coverage);
  });

  it('holding times: the mean, mu, sigma and cv of the family chosen cover the truth', () => {
    const coverage = new Coverage();
    for (const { seed, calibration } of days) {
      for (const kind of FIT_KINDS) {
        const h = calibration.fit.holding[kind];
        const truth = trueHolding(kind as Kind);
        coverage.check(`seed ${seed} ${kind} mean`, truth.mean, h.meanLow, h.meanHigh);
        if (truth.family === 'lognormal') {
          coverage.check(`seed ${seed} ${kind} cv`, truth.cv, h.cvLow, h.cvHigh);
          coverage.check(`seed ${seed} ${kind} mu`, truth.mu, h.lognormal.muLow, h.lognormal.muHigh);
          coverage.check(`seed ${seed} ${kind} sigma`, truth.sigma, h.lognormal.sigmaLow, h.lognormal.sigmaHigh);
        }
      }
    }
    expectCoverage(coverage);
  });

  it('shares: conference sizes, participants by where they are, and the federated share', () => {
    const coverage = new Coverage();
    const sizes = WORKLOAD.traffic.conferenceSize.sizes!;
    const participants = WORKLOAD.traffic.conferenceParticipants!;
    for (const { seed, calibration } of days) {
      const fit = calibration.fit;
      expect(fit.conferenceSizes.map((s) => String(s.size))).toEqual(Object.keys(sizes));
      for (const s of fit.conferenceSizes) coverage.check(`seed ${seed} size ${s.size}`, sizes[String(s.size)]!, s.low, s.high);
      for (const k of ['remote', 'federated', 'anonymous'] as const) coverage.check(`seed ${seed} ${k} participants`, participants[k], fit.participants[k].low, fit.participants[k].high);
      coverage.check(`seed ${seed} federated share`, WORKLOAD.deployment.federated.share, fit.federated.low, fit.federated.high);
    }
    expectCoverage(coverage);
  });

  it('affinity at the true profiles: every weight but the reference covers the truth', () => {
    // The intervals are conditional on the profiles the callee rule weighs locations by.
    // Given the true ones, they estimate the true weights.
    const coverage = new Coverage();
    for (const { seed, calibration } of days) {
      for (const a of fitAffinity(calibration.tables, TRUE_LOCATIONS, 'awake')) {
        if (a.method === 'reference') continue;
        coverage.check(`seed ${seed} affinity ${a.from} to ${a.to}`, trueAffinity(a.from, a.to), a.low, a.high);
      }
    }
    expect(coverage.intervals).toBe(SEEDS.length * 4 * 3);
    expectCoverage(coverage);
  });

  it('affinity at the fitted profiles (as the workload uses them): newyork to london, 3, goes into the workload', () => {
    // Each fitted profile is the location's rates over its own busy-hour rate, whose
    // noise the weights absorb (docs/calibrate.md): relative to them the weights are right
    // for the fitted workload, not the true ones, so only the large one is checked here.
    for (const { calibration } of days) {
      const a = calibration.fit.affinity.find((e) => e.from === 'newyork' && e.to === 'london')!;
      expect(a.resolved).toBe(true);
      expect(a.weight).toBeGreaterThan(2.4);
      expect(a.weight).toBeLessThan(3.6);
    }
  });
});
