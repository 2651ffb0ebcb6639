/**
 * One bandwidth policy, audio only, is an Erlang loss system (R15-R18): every call
 * between the two sites asks one audio session of b's policy (c sessions), Poisson
 * arrivals, exponential holding times, so the share of requests refused is Erlang B of
 * the offered load. The refused calls take the Internet path through the Edge (R18 a),
 * one relay session each, so the Edge carries exactly the overflow: as many requests as
 * the link refused, and by Little's law a mean concurrency of the refused traffic,
 * A x B(A, c) erlangs. Tolerances are the runs' own intervals at 99.9% (pure-loss.ts).
 */
import { describe, expect, it } from 'vitest';
import { PATH_INDEX } from '../../src/negotiation/paths.js';
import { meanInterval } from '../../src/stats/interval.js';
import { erlangB } from '../../src/stats/erlang-b.js';
import { tQuantile } from '../../src/stats/student-t.js';
import { simulate } from './theory.js';
import { ratio999, twoSites } from './cac-two-sites.js';

const A = 6;
const C = 8;
const REPLICATIONS = 20;
const run = simulate(twoSites({ audioErlangs: A, videoErlangs: 0, audioSessions: C, audioAlternatePath: true, videoAlternatePath: true, replications: REPLICATIONS, hours: 24 }));
const link = run.index('link:b:audio');
const edge = run.index('edge:edge');
const expected = erlangB(A, C); // 0.1219...

describe('one audio policy between two sites is Erlang B (R16, R17)', () => {
  it('the link refuses Erlang B of the offered load', () => {
    const row = run.row('link:b:audio');
    expect(row.capacity).toBe(C);
    const b = ratio999(run.results, (r) => r.resources[link]!.blocked, (r) => r.resources[link]!.offered);
    expect(b.ratio).toBe(row.blocking_probability);
    expect(b.tolerance).toBeGreaterThan(0);
    expect(b.tolerance).toBeLessThan(0.02); // informative, not vacuous
    expect(Math.abs(b.ratio - expected)).toBeLessThanOrEqual(b.tolerance);
  });

  it('counts every call once on the link, offered = carried + blocked, never above capacity', () => {
    for (const r of run.results) {
      const x = r.resources[link]!;
      const calls = r.paths.reduce((s, n) => s + n, 0);
      expect(x.offered).toBe(calls); // one session per call, every call crosses
      expect(x.offered).toBe(x.carried + x.blocked);
      expect(x.peak).toBeLessThanOrEqual(C);
      expect(x.histogram.length).toBeLessThanOrEqual(C + 1);
      expect(r.paths[PATH_INDEX.p2p]).toBe(x.carried); // admitted: peer-to-peer, open between the sites
    }
    expect(run.row('link:b:audio').peak_concurrency).toBe(C);
    expect(run.row('link:b:video').offered).toBe(0);
  });

  it('sends every refused call to the Edge (R18 a): cac-internet = Edge offered = link blocked', () => {
    for (const r of run.results) {
      const x = r.resources[link]!;
      expect(r.paths[PATH_INDEX['cac-internet']]).toBe(x.blocked);
      expect(r.resources[edge]!.offered).toBe(x.blocked);
      expect(r.resources[edge]!.carried).toBe(x.blocked);
      expect(r.paths[PATH_INDEX['failed-cac']]).toBe(0);
    }
    // As paths.csv and summary.csv report them (means per replication).
    const internet = run.summary.paths.find((p) => p.path === 'cac-internet')!;
    expect(internet.calls).toBeCloseTo(run.row('link:b:audio').blocked, 9);
    expect(run.row('edge:edge').offered).toBeCloseTo(internet.calls, 9);
    expect(internet.share).toBeCloseTo(run.row('link:b:audio').blocking_probability, 9);
  });

  it("holds A x B(A, c) erlangs on the Edge (Little's law on the overflow)", () => {
    const means = run.results.map((r) => r.resources[edge]!.occupancyIntegral / r.windowSeconds);
    const ci = meanInterval(means);
    const half = ci.halfWidth * (tQuantile(0.9995, REPLICATIONS - 1) / tQuantile(0.975, REPLICATIONS - 1));
    expect(half).toBeLessThan(0.1 * A * expected);
    expect(Math.abs(ci.mean - A * expected)).toBeLessThanOrEqual(half);
    // And the link carries the rest: A (1 - B).
    const carried = meanInterval(run.results.map((r) => r.resources[link]!.occupancyIntegral / r.windowSeconds));
    const halfCarried = carried.halfWidth * (tQuantile(0.9995, REPLICATIONS - 1) / tQuantile(0.975, REPLICATIONS - 1));
    expect(Math.abs(carried.mean - A * (1 - expected))).toBeLessThanOrEqual(halfCarried);
  });
});
