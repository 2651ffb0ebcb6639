/**
 * Who answers (WORKLOAD.md): the callee of a two-party call is drawn from one uniform
 * by exact inversion of the weights users x profile weight of the callee's local hour x
 * affinity, the caller excluded by one user. Deterministic: for each caller and each
 * quarter hour of the day, the map u -> location is cut into its runs (scanning a grid
 * of u and bisecting every change down to 1e-14), and each location's run must have
 * exactly its probability's length (1e-9), a location of weight 0 no run, and no
 * location two runs: an inversion, whatever order it lays the locations in.
 *
 * The sites span offsets 0, +5.5, -5, +5.75 and -3.5 (so the weights change on
 * quarter hours), one of 2 users (the caller's exclusion halves its own weight), and
 * remote users on UTC; affinity entries raise, lower and zero some pairs.
 */
import { describe, expect, it } from 'vitest';
import { Callees } from '../../src/model/callees.js';
import { compileWorkload } from '../../src/model/compiled.js';
import { WorkloadSchema } from '../../src/workload/schema.js';
import type { Workload, WorkloadInput } from '../../src/workload/schema.js';
import { calleeProbabilities, locationNames, utcAt } from './callee-rule.js';
import { expectInversion, runsOf } from './inversion.js';

const STEP = [0, 0, 0, 0, 0, 0, 0.1, 0.1, 0.5, 1, 1, 1, 0.5, 1, 1, 1, 0.8, 0.4, 0.1, 0.1, 0.1, 0.1, 0, 0];

const input = (callees: 'awake' | 'population'): WorkloadInput => ({
  name: 'callee-inversion',
  simulation: { warmup: 1800, start: '00:00' },
  deployment: {
    edges: [{ name: 'edge' }],
    pools: [{ name: 'pool', edge: 'edge' }],
    sites: [
      { name: 'london', pool: 'pool', users: 400, traffic: { profile: 'flat' } },
      { name: 'bangalore', pool: 'pool', users: 1200, utcOffsetHours: 5.5, traffic: { profile: STEP } },
      { name: 'newyork', pool: 'pool', users: 300, utcOffsetHours: -5 },
      { name: 'kathmandu', pool: 'pool', users: 2, utcOffsetHours: 5.75, traffic: { profile: STEP } },
      { name: 'newfoundland', pool: 'pool', users: 90, utcOffsetHours: -3.5 },
    ],
    remote: { users: 600 },
  },
  traffic: {
    profile: 'office',
    callees,
    affinity: [
      { from: 'london', to: 'bangalore', weight: 3 },
      { from: 'london', to: 'london', weight: 2 },
      { from: 'london', to: 'remote', weight: 0.5 },
      { from: 'bangalore', to: 'newyork', weight: 7 },
      { from: 'bangalore', to: 'newyork', weight: 0 }, // replaces the entry above
      { from: 'kathmandu', to: 'kathmandu', weight: 4 },
      { from: 'remote', to: 'remote', weight: 0.25 },
      { from: 'newfoundland', to: 'kathmandu', weight: 10 },
    ],
  },
});

/** For each quarter hour of the day (its middle), every caller's draw against the rule. */
function checkDay(workload: Workload): number {
  const compiled = compileWorkload(workload);
  const L = locationNames(workload).length;
  let checked = 0;
  for (let q = 0; q < 96; q++) {
    const t = q * 900 + 450; // simulated time; UTC follows from start and warm-up
    const callees = new Callees(compiled);
    const utc = utcAt(workload, t);
    for (let caller = 0; caller < L; caller++) {
      const p = calleeProbabilities(workload, caller, utc);
      expect(p.some((x) => x > 0)).toBe(true); // london (flat) is always awake
      expectInversion(runsOf((u) => callees.twoParty(caller, t, u)), p, `caller ${caller} at UTC ${utc} s`);
      checked++;
    }
  }
  return checked;
}

describe('the callee draw inverts the exact weighted distribution of WORKLOAD.md', () => {
  it('awake: users x profile weight of the callee\'s local hour x affinity, caller excluded', () => {
    const workload = WorkloadSchema.parse(input('awake'));
    // The rule's weights change on quarter hours here (+5.75): on either side of 00:15 UTC
    // kathmandu's local hour differs, so a correct draw must follow the clock.
    const before = calleeProbabilities(workload, 0, 900 - 1);
    const after = calleeProbabilities(workload, 0, 900);
    expect(before[3]).not.toBeCloseTo(after[3]!, 6);
    expect(checkDay(workload)).toBe(96 * 6);
  });

  it('population: the same without the profile factor', () => {
    const workload = WorkloadSchema.parse(input('population'));
    expect(checkDay(workload)).toBe(96 * 6);
  });
});
