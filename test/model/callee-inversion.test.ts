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

interface Run {
  readonly loc: number;
  readonly from: number;
  readonly to: number;
}

/** The runs of a map of [0, 1) to locations: grid scan, then bisection of every change. */
function runsOf(pick: (u: number) => number, grid = 2048): Run[] {
  const points: [number, number][] = [];
  const below1 = 1 - Number.EPSILON / 2;
  for (let i = 0; i < grid; i++) points.push([i / grid, pick(i / grid)]);
  points.push([below1, pick(below1)]);
  const cuts: [number, number, number][] = []; // [boundary, location before, location after]
  const refine = (lo: number, a: number, hi: number, b: number): void => {
    if (hi - lo < 1e-14) {
      cuts.push([(lo + hi) / 2, a, b]);
      return;
    }
    const mid = (lo + hi) / 2;
    const m = pick(mid);
    if (m !== a) refine(lo, a, mid, m);
    if (m !== b) refine(mid, m, hi, b);
  };
  for (let i = 0; i + 1 < points.length; i++) {
    const [u, a] = points[i]!;
    const [v, b] = points[i + 1]!;
    if (a !== b) refine(u, a, v, b);
  }
  const runs: Run[] = [];
  let from = 0;
  let loc = points[0]![1];
  for (const [at, before, after] of cuts) {
    expect(before).toBe(loc);
    runs.push({ loc, from, to: at });
    from = at;
    loc = after;
  }
  runs.push({ loc, from, to: 1 });
  return runs;
}

/** The map u -> location is an exact inversion of the probabilities p. */
function expectInversion(runs: Run[], p: readonly number[], label: string): void {
  const seen = new Set<number>();
  for (const run of runs) {
    expect(seen.has(run.loc), `${label}: location ${run.loc} in two runs`).toBe(false);
    seen.add(run.loc);
    expect(Math.abs(run.to - run.from - p[run.loc]!), `${label}: run of location ${run.loc}`).toBeLessThan(1e-9);
  }
  p.forEach((pd, d) => expect(seen.has(d), `${label}: location ${d} (p = ${pd})`).toBe(pd > 0));
}

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
