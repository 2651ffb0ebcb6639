/**
 * Conferences and escalations under Call Admission Control (R7, R16-R18). The pool, its
 * MCU and its Edge stand at hq; a tight audio policy sits on the branch. A conference
 * leg from the branch reserves one audio session between the branch and hq; a refused
 * leg reaches the MCU through the Edge when the region allows it (one more Edge session,
 * path unchanged: mcu), otherwise the whole conference fails (failed-cac). An escalating
 * call's own reservation counts as room for its legs (R17); an escalation CAC refuses
 * leaves the call as it was: two-party, holding its reservation to its end.
 */
import { describe, expect, it } from 'vitest';
import { PATH_INDEX } from '../../src/negotiation/paths.js';
import { meanInterval } from '../../src/stats/interval.js';
import { tQuantile } from '../../src/stats/student-t.js';
import type { WorkloadInput } from '../../src/workload/schema.js';
import { ratio999 } from './cac-two-sites.js';
import { NO_CALLS, simulate } from './theory.js';
import type { Run } from './theory.js';

const REPLICATIONS = 10;

/** A region of hq and the branch, with a policy of `sessions` audio sessions on the branch (none: no CAC at all). */
function cac(sessions: number | null, alternate: boolean): Pick<WorkloadInput, 'cac'> {
  if (sessions === null) return {};
  return {
    cac: {
      regions: [{ name: 'r', centralSite: 'hq', sites: ['hq', 'branch'], audioAlternatePath: alternate, videoAlternatePath: alternate }],
      policies: [{ name: 'thin', audioKbps: 100 * sessions, audioSessionKbps: 100 }],
      sites: [{ site: 'branch', policy: 'thin' }],
    },
  };
}

/** hq and the branch, 300 users each; the pool's MCU and Edge, large, at hq. */
function deployment(rate?: (site: string) => number): WorkloadInput['deployment'] {
  return {
    product: 'lync2013',
    edges: [{ name: 'edge', sessionsPerServer: 10_000 }],
    pools: [{ name: 'pool', edge: 'edge', site: 'hq', mcuLegs: 10_000 }],
    sites: ['hq', 'branch'].map((name) => ({ name, pool: 'pool', users: 300, ...(rate === undefined ? {} : { traffic: { perUserPerHour: { peerAudio: rate(name) } } }) })),
  };
}

/** Audio conferences of four, organised anywhere, a fifth of the invited participants remote. */
function conferences(sessions: number | null, alternate: boolean): WorkloadInput {
  return {
    name: 'cac-conference-legs',
    seed: 7,
    simulation: { warmup: 3600, duration: 8 * 3600, replications: REPLICATIONS, interval: 3600 },
    deployment: { ...deployment(), remote: { users: 200, pool: 'pool' } },
    traffic: {
      profile: 'flat',
      perUserPerHour: { ...NO_CALLS, conference: 0.02 },
      holdingTime: { distribution: 'exponential', mean: 600 },
      escalationShare: 0,
      conferenceSize: { sizes: { 4: 1 } },
      conferenceParticipants: { remote: 0.2 },
    },
    ...cac(sessions, alternate),
  };
}

const column = (run: Run, id: string, f: 'offered' | 'carried' | 'blocked'): number[] => run.results.map((r) => r.resources[run.index(id)]![f]);
const path = (run: Run, name: keyof typeof PATH_INDEX): number[] => run.results.map((r) => r.paths[PATH_INDEX[name]]!);

describe('conference legs under CAC (R16, R18)', () => {
  const open = simulate(conferences(null, true));
  const thin = simulate(conferences(3, true));
  const closed = simulate(conferences(3, false));

  it('a refused leg with the alternate path allowed takes one more Edge session; the conference is seated as before', () => {
    const blocked = column(thin, 'link:branch:audio', 'blocked');
    expect(blocked.every((n) => n > 0)).toBe(true);
    // On the same seed, the same conferences: the Edge is offered the remote participants' sessions, plus one per refused leg.
    const extra = column(thin, 'edge:edge', 'offered').map((n, i) => n - column(open, 'edge:edge', 'offered')[i]!);
    expect(extra).toEqual(blocked);
    expect(column(thin, 'edge:edge', 'blocked').every((n) => n === 0)).toBe(true);
    expect(path(thin, 'mcu')).toEqual(path(open, 'mcu'));
    expect(column(thin, 'mcu:pool', 'offered')).toEqual(column(open, 'mcu:pool', 'offered'));
    expect(path(thin, 'failed-cac').every((n) => n === 0)).toBe(true);
    const link = thin.row('link:branch:audio');
    expect(link.peak_concurrency).toBeLessThanOrEqual(3);
    expect(link.offered).toBeCloseTo(link.carried + link.blocked, 9);
  });

  it('with the alternate path forbidden, a conference with a refused leg fails whole (failed-cac)', () => {
    const failed = path(closed, 'failed-cac');
    expect(failed.every((n) => n > 0)).toBe(true);
    // It stops at its first refused leg: one blocked request per failed conference.
    expect(column(closed, 'link:branch:audio', 'blocked')).toEqual(failed);
    // Nothing of a failed conference is held: the conferences seated are the rest, and the
    // Edge carries only remote participants (in the open run, those of every conference).
    closed.results.forEach((r, i) => {
      expect(r.paths[PATH_INDEX.mcu]! + failed[i]!).toBe(open.results[i]!.paths[PATH_INDEX.mcu]);
    });
    expect(column(closed, 'mcu:pool', 'offered').every((n, i) => n < column(open, 'mcu:pool', 'offered')[i]!)).toBe(true);
    expect(column(closed, 'edge:edge', 'offered').every((n, i) => n <= column(open, 'edge:edge', 'offered')[i]!)).toBe(true);
    expect(closed.row('link:branch:audio').peak_concurrency).toBeLessThanOrEqual(3);
  });

  it('a conference CAC refuses counts nothing carried for the legs that fitted (R17: all or nothing)', () => {
    // Only branch users organise, and invite only branch users: three legs on a policy of
    // one session, so every conference fits its first leg and fails at its second.
    const only = simulate(branchOnlyConferences());
    const failed = path(only, 'failed-cac');
    expect(failed.every((n) => n > 0)).toBe(true);
    expect(path(only, 'mcu').every((n) => n === 0)).toBe(true);
    expect(column(only, 'link:branch:audio', 'carried').every((n) => n === 0)).toBe(true);
    expect(column(only, 'link:branch:audio', 'blocked')).toEqual(failed);
    expect(only.row('link:branch:audio').mean_concurrency).toBe(0);
  });
});

/** Conferences of three organised at the branch only, with branch participants only, on a branch policy of one session, no alternate path. */
function branchOnlyConferences(): WorkloadInput {
  const base = conferences(1, false);
  return {
    ...base,
    deployment: {
      ...deployment(),
      sites: ['hq', 'branch'].map((name) => ({
        name,
        pool: 'pool',
        users: 300,
        traffic: { perUserPerHour: { conference: name === 'branch' ? 0.02 : 0 } },
      })),
    },
    traffic: { ...base.traffic, conferenceSize: { sizes: { 3: 1 } }, conferenceParticipants: { remote: 0 }, affinity: [{ from: 'branch', to: 'hq', weight: 0 }] },
  };
}

/**
 * Two-party audio calls that all escalate (R7), from `from` to the other site, where the
 * callee and the third party are (affinity: nobody calls their own site); one audio
 * session on the branch, no alternate path. A erlangs offered: the link alone is an
 * Erlang loss system with one server, B = A / (1 + A).
 */
const A = 1;
const HOLDING = 180;
function escalations(from: 'hq' | 'branch', sessions: number | null): WorkloadInput {
  const callers = 300;
  return {
    name: 'cac-escalation',
    seed: 9,
    simulation: { warmup: 3600, duration: 24 * 3600, replications: REPLICATIONS, interval: 3600 },
    deployment: deployment((site) => (site === from ? (A / HOLDING / callers) * 3600 : 0)),
    traffic: {
      profile: 'flat',
      perUserPerHour: NO_CALLS,
      holdingTime: { distribution: 'exponential', mean: HOLDING },
      escalationShare: 1,
      affinity: [
        { from: 'hq', to: 'hq', weight: 0 },
        { from: 'branch', to: 'branch', weight: 0 },
      ],
    },
    ...cac(sessions, false),
  };
}

/** The mean over replications of a resource's time-average in use, and its 99.9% half-width. */
function mean999(run: Run, id: string): { mean: number; half: number } {
  const ci = meanInterval(run.results.map((r) => r.resources[run.index(id)]!.occupancyIntegral / r.windowSeconds));
  return { mean: ci.mean, half: ci.halfWidth * (tQuantile(0.9995, REPLICATIONS - 1) / tQuantile(0.975, REPLICATIONS - 1)) };
}

describe('escalation under CAC (R7, R17)', () => {
  const carried = A / (1 + A); // erlangs the link carries: A (1 - B(A, 1))

  it('refused by CAC (the third party needs a second branch session), the call stays two-party to its end', () => {
    // hq calls the branch: the callee's leg fits on the call's own session, the third party's does not.
    const run = simulate(escalations('hq', 1));
    expect(column(run, 'mcu:pool', 'offered').every((n) => n === 0)).toBe(true);
    expect(path(run, 'mcu').every((n) => n === 0)).toBe(true);
    // The escalations were tried and refused: the link refused more requests than calls
    // failed, by one per escalation (about A (1 - B) / 180 s x 24 h = 240 a replication).
    const refused = column(run, 'link:branch:audio', 'blocked');
    path(run, 'failed-cac').forEach((failed, i) => expect(refused[i]!).toBeGreaterThan(failed + 100));
    // The link still holds every admitted call for its whole holding time.
    const link = mean999(run, 'link:branch:audio');
    expect(Math.abs(link.mean - carried)).toBeLessThanOrEqual(link.half);
    // And refuses B(A, 1) of the calls, as if nobody tried to escalate.
    const failed = ratio999(run.results, (r) => r.paths[PATH_INDEX['failed-cac']]!, (r) => r.paths.reduce((a, b) => a + b, 0));
    expect(Math.abs(failed.ratio - A / (1 + A))).toBeLessThanOrEqual(failed.tolerance);
    expect(run.row('link:branch:audio').peak_concurrency).toBe(1);
    // Without CAC the same calls do escalate: the test above is not vacuous.
    expect(column(simulate(escalations('hq', null)), 'mcu:pool', 'offered').every((n) => n > 0)).toBe(true);
  });

  it("admitted on the call's own reservation (the only branch leg is the caller's), every escalation reaches the MCU", () => {
    const run = simulate(escalations('branch', 1));
    const mcu = column(run, 'mcu:pool', 'offered');
    expect(mcu.every((n) => n > 0 && n % 3 === 0)).toBe(true); // three legs each
    expect(column(run, 'mcu:pool', 'blocked').every((n) => n === 0)).toBe(true);
    // The link holds the call, then its caller's leg, to the same end: A / (1 + A) erlangs.
    const link = mean999(run, 'link:branch:audio');
    expect(Math.abs(link.mean - carried)).toBeLessThanOrEqual(link.half);
    // The MCU holds three legs for the rest of each carried call: at a uniform point of
    // an exponential holding time, on average half of it: 3 x carried / 2 erlangs.
    const legs = mean999(run, 'mcu:pool');
    expect(Math.abs(legs.mean - 1.5 * carried)).toBeLessThanOrEqual(legs.half);
  });
});
