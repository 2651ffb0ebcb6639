/**
 * Enterprise Voice (R21) as loss systems. A remote user's PSTN call takes one session of
 * the pool's A/V Edge and one of its Mediation Servers, all or nothing; an internal
 * user's takes a Mediation session, or with media bypass (at the gateway's own site)
 * nothing at all. With PSTN calls alone, flat profile and exponential holding times,
 * whichever of the two resources is small is an Erlang loss system fed by the Poisson
 * stream of the calls that need it; the other, large, carries what the small one let
 * through. Tolerances are the runs' own intervals at 99.9% (pure-loss.ts, theory.ts).
 */
import { describe, expect, it } from 'vitest';
import { PATH_INDEX } from '../../src/negotiation/paths.js';
import type { ReplicationResult } from '../../src/results/types.js';
import { erlangB } from '../../src/stats/erlang-b.js';
import { meanInterval } from '../../src/stats/interval.js';
import { tQuantile } from '../../src/stats/student-t.js';
import type { WorkloadInput } from '../../src/workload/schema.js';
import { ratio999 } from './cac-two-sites.js';
import { NO_CALLS, poissonAcceptance, simulate } from './theory.js';
import type { Run } from './theory.js';

const HOLDING = 180;
const USERS = 1000;
const REPLICATIONS = 20;
const HOURS = 24;
const LARGE = 10_000;

interface Pstn {
  /** Offered erlangs of the remote users' and of hq's users' PSTN calls. */
  readonly remoteErlangs: number;
  readonly internalErlangs: number;
  readonly edgeSessions: number;
  readonly mediationSessions: number;
  readonly mediaBypassShare: number;
}

const perUser = (erlangs: number): number => (erlangs / HOLDING / USERS) * 3600;

/** hq (where the pool, its Mediation Servers and gateway stand) and the remote users, PSTN calls only. */
function pstnWorkload(p: Pstn): WorkloadInput {
  return {
    name: 'pstn-erlang-b',
    seed: 21,
    simulation: { warmup: 3600, duration: HOURS * 3600, replications: REPLICATIONS, interval: 3600 },
    deployment: {
      product: 'lync2013',
      edges: [{ name: 'edge', servers: 1, sessionsPerServer: p.edgeSessions }],
      pools: [{ name: 'pool', edge: 'edge', site: 'hq', mediationSessions: p.mediationSessions }],
      sites: [{ name: 'hq', pool: 'pool', users: USERS, traffic: { perUserPerHour: { pstn: perUser(p.internalErlangs) } } }],
      remote: { users: USERS, pool: 'pool' },
    },
    traffic: {
      profile: 'flat',
      perUserPerHour: { ...NO_CALLS, pstn: perUser(p.remoteErlangs) }, // the remote users' rate
      holdingTime: { distribution: 'exponential', mean: HOLDING },
      mediaBypassShare: p.mediaBypassShare,
      escalationShare: 0,
    },
  };
}

const of = (run: Run, id: string) => {
  const k = run.index(id);
  return (r: ReplicationResult) => r.resources[k]!;
};

/** The resource's blocking agrees with Erlang B of `erlangs` on its capacity, within the run's interval. */
function erlangBAgrees(run: Run, id: string, erlangs: number): void {
  const x = of(run, id);
  const capacity = run.row(id).capacity;
  const b = ratio999(run.results, (r) => x(r).blocked, (r) => x(r).offered);
  const expected = erlangB(erlangs, capacity);
  expect(expected).toBeGreaterThan(0.05);
  expect(b.tolerance).toBeGreaterThan(0);
  expect(b.tolerance).toBeLessThan(0.25 * expected);
  expect(Math.abs(b.ratio - expected)).toBeLessThanOrEqual(b.tolerance);
  for (const r of run.results) {
    expect(x(r).offered).toBe(x(r).carried + x(r).blocked);
    expect(x(r).peak).toBeLessThanOrEqual(capacity);
  }
}

/** The time-average sessions in use agree with `expected` erlangs (Little's law), within the run's 99.9% interval. */
function meanAgrees(run: Run, id: string, expected: number): void {
  const x = of(run, id);
  const ci = meanInterval(run.results.map((r) => x(r).occupancyIntegral / r.windowSeconds));
  const half = ci.halfWidth * (tQuantile(0.9995, REPLICATIONS - 1) / tQuantile(0.975, REPLICATIONS - 1));
  expect(half).toBeLessThan(0.05 * expected);
  expect(Math.abs(ci.mean - expected)).toBeLessThanOrEqual(half);
}

const calls = (r: ReplicationResult): number => r.paths.reduce((s, n) => s + n, 0);

describe("remote users' PSTN calls (R21: an Edge session and a Mediation session)", () => {
  it('a small Edge, a large Mediation pool: the Edge is Erlang B of the remote PSTN load', () => {
    const run = simulate(pstnWorkload({ remoteErlangs: 6, internalErlangs: 0, edgeSessions: 8, mediationSessions: LARGE, mediaBypassShare: 0 }));
    erlangBAgrees(run, 'edge:edge', 6);
    const edge = of(run, 'edge:edge');
    const mediation = of(run, 'mediation:pool');
    for (const r of run.results) {
      expect(edge(r).offered).toBe(calls(r)); // every call is a remote user's
      expect(mediation(r).offered).toBe(edge(r).carried); // a call the Edge refused asks nothing of the Mediation pool
      expect(mediation(r).blocked).toBe(0);
      expect(r.paths[PATH_INDEX.pstn]).toBe(edge(r).carried);
      expect(r.paths[PATH_INDEX['blocked-capacity']]).toBe(edge(r).blocked);
    }
    meanAgrees(run, 'mediation:pool', 6 * (1 - erlangB(6, 8)));
  });

  it('a large Edge, a small Mediation pool: the Mediation pool is Erlang B of the remote PSTN load', () => {
    const run = simulate(pstnWorkload({ remoteErlangs: 6, internalErlangs: 0, edgeSessions: LARGE, mediationSessions: 8, mediaBypassShare: 0 }));
    erlangBAgrees(run, 'mediation:pool', 6);
    const edge = of(run, 'edge:edge');
    const mediation = of(run, 'mediation:pool');
    for (const r of run.results) {
      expect(mediation(r).offered).toBe(calls(r));
      expect(edge(r).offered).toBe(mediation(r).carried); // the Edge had room: a refused call counts nothing on it
      expect(edge(r).blocked).toBe(0);
    }
    meanAgrees(run, 'edge:edge', 6 * (1 - erlangB(6, 8)));
  });
});

describe("internal users' PSTN calls through the Mediation Server (R21)", () => {
  it('without media bypass, the Mediation pool is Erlang B of all PSTN load, internal and remote', () => {
    const run = simulate(pstnWorkload({ remoteErlangs: 2, internalErlangs: 4, edgeSessions: LARGE, mediationSessions: 8, mediaBypassShare: 0 }));
    erlangBAgrees(run, 'mediation:pool', 6);
    for (const r of run.results) expect(of(run, 'mediation:pool')(r).offered).toBe(calls(r));
    // Only the remote users' calls reach the Edge, and only when the Mediation pool has room.
    meanAgrees(run, 'edge:edge', 2 * (1 - erlangB(6, 8)));
  });

  it('with media bypass share s, the Mediation pool is offered (1 - s) of internal load plus all remote load', () => {
    const s = 0.4;
    const run = simulate(pstnWorkload({ remoteErlangs: 2, internalErlangs: 5, edgeSessions: LARGE, mediationSessions: LARGE, mediaBypassShare: s }));
    const offered = (1 - s) * 5 + 2;
    meanAgrees(run, 'mediation:pool', offered);
    meanAgrees(run, 'edge:edge', 2);
    // The requests: Poisson counts over every replication's window.
    const mediation = of(run, 'mediation:pool');
    const total = run.results.reduce((sum, r) => sum + mediation(r).offered, 0);
    const { low, high } = poissonAcceptance((offered / HOLDING) * HOURS * 3600 * REPLICATIONS);
    expect(total).toBeGreaterThanOrEqual(low);
    expect(total).toBeLessThanOrEqual(high);
    // Every call is carried, bypassed or not, on path pstn.
    for (const r of run.results) {
      expect(r.paths[PATH_INDEX.pstn]).toBe(calls(r));
      expect(mediation(r).blocked).toBe(0);
    }
  });
});
