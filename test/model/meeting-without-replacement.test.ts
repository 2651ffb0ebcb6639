/**
 * Meeting participants are drawn without replacement (WORKLOAD.md "Who answers":
 * "Nobody joins one conference twice"). Sites of a few users each, so every draw is
 * felt:
 *
 * - the exact inversion (CalleeTables.pickParticipant) inverts the callee rule with
 *   the users already in the meeting (and the organiser) taken out: checked step by
 *   step, in meetings that run until nobody is left; the model's draw (Callees.participant,
 *   by rejection from the two-party rule) never takes a user twice, so a full meeting
 *   takes every other user exactly once; with internal-only draws (conferenceParticipants)
 *   the remote users come only once every site user is in;
 * - the rejection draw follows the exact probabilities (a chi-square test of many draws
 *   at one step of a meeting);
 * - through a replication: the organisers' site holds 4 users and there is 1 remote
 *   user, and every conference has 5 parties, so each seats exactly the 4 site users
 *   and the remote one: one Edge session (R1) per conference, never more or fewer.
 */
import { describe, expect, it } from 'vitest';
import { corrections } from '../../src/model/callee-tables.js';
import { Callees } from '../../src/model/callees.js';
import { compileWorkload } from '../../src/model/compiled.js';
import { createStream } from '../../src/kernel/streams.js';
import { chiSquareSurvival } from '../../src/stats/chi-square.js';
import { PATH_INDEX } from '../../src/negotiation/paths.js';
import { locationNames, participantWeights, utcAt } from './callee-rule.js';
import { expectInversion, runsOf } from './inversion.js';
import { NO_CALLS, loadInput, simulate } from './theory.js';

const STEP = [0, 0, 0, 0, 0, 0, 0.1, 0.1, 0.5, 1, 1, 1, 0.5, 1, 1, 1, 0.8, 0.4, 0.1, 0.1, 0.1, 0.1, 0, 0];

const workload = loadInput({
  name: 'meeting-draws',
  simulation: { warmup: 0, start: '00:00' },
  deployment: {
    edges: [{ name: 'edge' }],
    pools: [{ name: 'pool', edge: 'edge' }],
    sites: [
      { name: 'london', pool: 'pool', users: 3, traffic: { profile: 'flat' } },
      { name: 'bangalore', pool: 'pool', users: 4, utcOffsetHours: 5.5, traffic: { profile: STEP } },
      { name: 'newyork', pool: 'pool', users: 2, utcOffsetHours: -5, traffic: { profile: STEP } },
      { name: 'kathmandu', pool: 'pool', users: 1, utcOffsetHours: 5.75, traffic: { profile: STEP } },
    ],
    remote: { users: 3 },
  },
  traffic: {
    profile: STEP, // the remote users' (on UTC)
    affinity: [
      { from: 'london', to: 'bangalore', weight: 3 },
      { from: 'bangalore', to: 'remote', weight: 0.5 },
      { from: 'remote', to: 'newyork', weight: 2 },
    ],
  },
});
const compiled = compileWorkload(workload);
const tables = compiled.callees;
const L = locationNames(workload).length;
const users = [...workload.deployment.sites.map((s) => s.users), workload.deployment.remote.users];
const REMOTE = L - 1;

/** The model's `taken` list for counts per location. */
function takenList(taken: readonly number[]) {
  const list = corrections(L);
  taken.forEach((n, d) => {
    if (n > 0) {
      list.at[list.length] = d;
      list.value[list.length] = n;
      list.length++;
    }
  });
  return list;
}

describe('meeting participants are drawn without replacement', () => {
  it('each draw inverts the callee rule less those already in the meeting, until every other user is in', () => {
    const rng = createStream(5, 0, 'meeting-draws');
    const scratch = corrections(4 * L);
    let meetings = 0;
    for (const hour of [1, 4, 7, 10, 13, 16, 19, 22]) {
      const t = hour * 3600 + 1350; // simulated time = UTC here (start 00:00, no warm-up)
      const utc = utcAt(workload, t);
      const seg = tables.segmentOf(utc);
      for (let organiser = 0; organiser < L; organiser++) {
        for (const internalOnly of [false, true]) {
          const callees = new Callees(compiled);
          callees.beginMeeting();
          const taken = new Array<number>(L).fill(0);
          const others = users.reduce((a, n, d) => a + (internalOnly && d === REMOTE ? 0 : n - (d === organiser ? 1 : 0)), 0);
          for (let k = 0; k < others; k++) {
            // The rule with the clock; when the clock leaves nobody, the model draws by population.
            let w = participantWeights(workload, organiser, utc, taken, internalOnly);
            const population = !w.some((x) => x > 0);
            if (population) w = participantWeights(workload, organiser, utc, taken, internalOnly, false);
            const total = w.reduce((a, b) => a + b, 0);
            const p = w.map((x) => x / total);
            const list = takenList(taken);
            const pick = (u: number): number => tables.pickParticipant(organiser, population ? 0 : seg, u, list, internalOnly, scratch, population);
            expectInversion(runsOf(pick, 512), p, `organiser ${organiser}, ${internalOnly ? 'internal only' : 'all'}, draw ${k} at ${hour}h`);
            const d = callees.participant(organiser, t, rng.next(), internalOnly, rng);
            expect(p[d]!, `never a location with nobody left (draw ${k})`).toBeGreaterThan(0);
            taken[d]!++;
          }
          // Everyone else is in, each once. Past that an internal-only draw takes a remote
          // user while one is left; when nobody is left it repeats the organiser's location.
          users.forEach((n, d) => {
            const expected = internalOnly && d === REMOTE ? 0 : n - (d === organiser ? 1 : 0);
            expect(taken[d]).toBe(expected);
          });
          const remoteLeft = internalOnly && users[REMOTE]! - (organiser === REMOTE ? 1 : 0) > 0;
          expect(callees.participant(organiser, t, rng.next(), internalOnly, rng)).toBe(remoteLeft ? REMOTE : organiser);
          meetings++;
        }
      }
    }
    expect(meetings).toBe(8 * L * 2);
  });

  it('the rejection draw follows the exact probabilities of a step of a meeting (chi-square, 1 in 1000)', () => {
    const rng = createStream(7, 0, 'rejection');
    const organiser = 1; // bangalore, 4 users
    const t = 10 * 3600 + 1350;
    const utc = utcAt(workload, t);
    const pre = [1, 1, 0]; // london and bangalore already have one participant each
    const taken = new Array<number>(L).fill(0);
    pre.forEach((d) => taken[d]!++);
    const p = participantWeights(workload, organiser, utc, taken, false);
    const total = p.reduce((a, b) => a + b, 0);
    const draws = 20_000;
    const counts = new Array<number>(L).fill(0);
    const callees = new Callees(compiled);
    for (let n = 0; n < draws; n++) {
      callees.beginMeeting();
      for (const d of pre) callees.count(d);
      counts[callees.participant(organiser, t, rng.next(), false, rng)]!++;
    }
    let statistic = 0;
    let df = -1;
    p.forEach((w, d) => {
      const expected = (draws * w) / total;
      if (expected === 0) {
        expect(counts[d]).toBe(0);
        return;
      }
      statistic += (counts[d]! - expected) ** 2 / expected;
      df++;
    });
    expect(chiSquareSurvival(statistic, df)).toBeGreaterThan(0.001);
  });

  it('a replication seats every 5-party conference of a 4-user site and 1 remote user with exactly one Edge session', () => {
    const run = simulate({
      name: 'full-meetings',
      seed: 3,
      simulation: { warmup: 1800, duration: 2 * 3600, replications: 1 },
      deployment: {
        edges: [{ name: 'edge', sessionsPerServer: 100_000 }],
        pools: [{ name: 'pool', edge: 'edge', mcuLegs: 100_000 }],
        sites: [{ name: 'hq', pool: 'pool', users: 4, traffic: { perUserPerHour: { conference: 20 } } }],
        remote: { users: 1 },
      },
      traffic: { profile: 'flat', perUserPerHour: NO_CALLS, conferenceSize: { sizes: { 5: 1 } }, escalationShare: 0 },
    });
    const r = run.results[0]!;
    const conferences = r.paths[PATH_INDEX.mcu]!;
    expect(conferences).toBeGreaterThan(80); // about 160 expected
    expect(r.paths.reduce((a, b) => a + b, 0)).toBe(conferences);
    expect(r.resources[run.index('mcu:pool')]!.offered).toBe(5 * conferences);
    expect(r.resources[run.index('edge:edge')]!.offered).toBe(conferences);
  });
});
