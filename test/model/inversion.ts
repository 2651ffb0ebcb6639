/**
 * Checks that a map of a uniform u in [0, 1) to a location is an exact inversion of given
 * probabilities, whatever order it lays the locations in: the map is cut into its runs
 * (a grid scan, then bisection of every change down to 1e-14), and each location must
 * have one run, of exactly its probability's length (to 1e-9), and a location of
 * probability 0 none.
 */
import { expect } from 'vitest';

/** A maximal interval [from, to) of u mapped to one location. */
export interface Run {
  readonly loc: number;
  readonly from: number;
  readonly to: number;
}

/** The runs of a map of [0, 1) to locations: grid scan, then bisection of every change. */
export function runsOf(pick: (u: number) => number, grid = 2048): Run[] {
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
export function expectInversion(runs: Run[], p: readonly number[], label: string): void {
  const seen = new Set<number>();
  for (const run of runs) {
    expect(seen.has(run.loc), `${label}: location ${run.loc} in two runs`).toBe(false);
    seen.add(run.loc);
    expect(Math.abs(run.to - run.from - p[run.loc]!), `${label}: run of location ${run.loc}`).toBeLessThan(1e-9);
  }
  p.forEach((pd, d) => expect(seen.has(d), `${label}: location ${d} (p = ${pd})`).toBe(pd > 0));
}

