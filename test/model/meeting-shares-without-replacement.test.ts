/**
 * "Nobody joins one conference twice (drawn without replacement)" (WORKLOAD.md, Who
 * answers) under `traffic.conferenceParticipants`, where each invited participant is
 * first drawn remote, federated or anonymous by share, else internal among the sites:
 *
 * - remote participants are our remote users, so a conference never has more of them
 *   than there are; each takes one Edge session (R1), so with no federated or
 *   anonymous share a conference's Edge sessions are at most the remote users;
 * - internal participants are drawn among the sites only, so no site gives a
 *   conference more participants than its users (the organiser's counted at its site),
 *   though the population with the remote users is ample. Observed by recording what
 *   the replication's Callees hands the conferences (a spy on its prototype, the real
 *   methods running), meeting by meeting.
 *
 * The control: the same small sites with 2 remote users and no conferenceParticipants
 * (everyone drawn by the callee rule among all users): every 8-party conference takes
 * each of the 8 users once, as the same recording shows.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Callees } from '../../src/model/callees.js';
import { PATH_INDEX } from '../../src/negotiation/paths.js';
import type { WorkloadInput } from '../../src/workload/schema.js';
import { NO_CALLS, simulate } from './theory.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const SITE_USERS = [4, 2];

const smallSites = (remoteUsers: number, conferenceParticipants: { remote: number } | undefined): WorkloadInput => ({
  name: 'small-sites',
  seed: 9,
  simulation: { warmup: 600, duration: 3600, replications: 1 },
  deployment: {
    edges: [{ name: 'edge', sessionsPerServer: 100_000 }],
    pools: [{ name: 'pool', edge: 'edge', mcuLegs: 100_000 }],
    sites: [
      { name: 'hq', pool: 'pool', users: SITE_USERS[0]!, traffic: { perUserPerHour: { conference: 5 } } },
      { name: 'branch', pool: 'pool', users: SITE_USERS[1]! },
    ],
    remote: { users: remoteUsers },
  },
  traffic: {
    profile: 'flat',
    perUserPerHour: NO_CALLS, // only hq organises
    conferenceSize: { sizes: { 8: 1 } }, // 7 invited: 3 other hq users, 2 at branch, then remote ones
    ...(conferenceParticipants === undefined ? {} : { conferenceParticipants }),
    escalationShare: 0,
  },
});

/** Runs the workload recording, per meeting, the locations Callees gave its participants (organiser first). */
function meetingsOf(input: WorkloadInput): number[][] {
  const begin = vi.spyOn(Callees.prototype, 'beginMeeting');
  const participant = vi.spyOn(Callees.prototype, 'participant');
  const count = vi.spyOn(Callees.prototype, 'count');
  simulate(input);
  const events: [number, number][] = []; // [call order, location; -1 opens a meeting]
  begin.mock.invocationCallOrder.forEach((order) => events.push([order, -1]));
  participant.mock.results.forEach((r, i) => events.push([participant.mock.invocationCallOrder[i]!, r.value as number]));
  count.mock.results.forEach((r, i) => events.push([count.mock.invocationCallOrder[i]!, r.value as number]));
  events.sort((a, b) => a[0] - b[0]);
  const meetings: number[][] = [];
  for (const [, loc] of events) {
    if (loc < 0) meetings.push([0]); // hq organises every meeting here
    else meetings[meetings.length - 1]!.push(loc);
  }
  return meetings;
}

/** The meetings in which some site gives more participants than it has users. */
function overfull(meetings: number[][]): number[][] {
  return meetings.filter((m) => SITE_USERS.some((users, s) => m.filter((d) => d === s).length > users));
}

describe('conferenceParticipants: nobody joins one conference twice', () => {
  it('remote participants drawn by share never outnumber the remote users: at most that many Edge sessions per conference', () => {
    const run = simulate({
      name: 'two-remote-users',
      seed: 10,
      simulation: { warmup: 600, duration: 3600, replications: 1 },
      deployment: {
        edges: [{ name: 'edge', sessionsPerServer: 100_000 }],
        pools: [{ name: 'pool', edge: 'edge', mcuLegs: 100_000 }],
        sites: [{ name: 'hq', pool: 'pool', users: 100, traffic: { perUserPerHour: { conference: 1 } } }],
        remote: { users: 2 },
      },
      traffic: {
        profile: 'flat',
        perUserPerHour: NO_CALLS,
        conferenceSize: { sizes: { 11: 1 } },
        conferenceParticipants: { remote: 0.5 }, // 5 of the 10 invited on average, of 2 remote users
        escalationShare: 0,
      },
    });
    const r = run.results[0]!;
    const conferences = r.paths[PATH_INDEX.mcu]!;
    expect(conferences).toBeGreaterThan(50); // about 100 expected
    expect(r.resources[run.index('mcu:pool')]!.offered).toBe(11 * conferences);
    expect(r.resources[run.index('edge:edge')]!.offered).toBeLessThanOrEqual(2 * conferences);
  });

  it('control, without conferenceParticipants: no site gives a conference more participants than its users', () => {
    // 8 users in all: every conference of 8 takes each of them once.
    const meetings = meetingsOf(smallSites(2, undefined));
    expect(meetings.length).toBeGreaterThan(10); // about 20 expected
    for (const m of meetings) expect([...m].sort()).toEqual([0, 0, 0, 0, 1, 1, 2, 2]);
    expect(overfull(meetings)).toEqual([]);
  });

  it('internal participants drawn under conferenceParticipants never outnumber a site\'s users', () => {
    // 206 users in all, but 7 invited at 90% internal against 5 other internal users.
    const meetings = meetingsOf(smallSites(200, { remote: 0.1 }));
    expect(meetings.length).toBeGreaterThan(10);
    expect(meetings.every((m) => m.length === 8)).toBe(true);
    expect(overfull(meetings)).toEqual([]);
  });
});
