/**
 * Who answers (WORKLOAD.md): "If every candidate weighs 0, the callee is drawn from the
 * caller's own location." Two ways to weigh nothing: everyone asleep (the profile is 0
 * at the hour), and a caller whose only awake candidates are itself (one user: excluded)
 * and a site its affinity zeroes. The control: the same caller at the same hour with a
 * candidate of positive weight is not sent home.
 */
import { describe, expect, it } from 'vitest';
import { Callees } from '../../src/model/callees.js';
import { compileWorkload } from '../../src/model/compiled.js';
import { WorkloadSchema } from '../../src/workload/schema.js';
import { calleeWeights, utcAt } from './callee-rule.js';

// Asleep (weight 0) from 00:00 to 06:00 local; every site on UTC.
const NIGHT = Array.from({ length: 24 }, (_, h) => (h < 6 ? 0 : 1));

const workload = WorkloadSchema.parse({
  name: 'callee-fallback',
  simulation: { warmup: 0, start: '00:00' },
  deployment: {
    edges: [{ name: 'edge' }],
    pools: [{ name: 'pool', edge: 'edge' }],
    sites: [
      { name: 'day', pool: 'pool', users: 50 },
      { name: 'lone', pool: 'pool', users: 1 },
      { name: 'other', pool: 'pool', users: 20 },
    ],
    remote: { users: 30 },
  },
  traffic: {
    profile: NIGHT,
    affinity: [
      { from: 'lone', to: 'day', weight: 0 },
      { from: 'lone', to: 'other', weight: 0 },
      { from: 'lone', to: 'remote', weight: 0 },
    ],
  },
});
const compiled = compileWorkload(workload);
const DAY = 0;
const LONE = 1;
const OTHER = 2;
const REMOTE = 3;
const grid = Array.from({ length: 1000 }, (_, i) => (i + 0.5) / 1000);

/** Where the callees of `caller` at simulated time t go, for a grid of uniforms. */
function destinations(caller: number, t: number): Set<number> {
  const callees = new Callees(compiled);
  return new Set(grid.map((u) => callees.twoParty(caller, t, u)));
}

describe('every candidate weighs 0: the callee comes from the caller\'s own location', () => {
  it('everyone asleep (03:00 UTC): each caller\'s callees are all at its own location', () => {
    const t = 3 * 3600;
    for (const caller of [DAY, LONE, OTHER, REMOTE]) {
      expect(calleeWeights(workload, caller, utcAt(workload, t)).every((w) => w === 0)).toBe(true);
      expect(destinations(caller, t)).toEqual(new Set([caller]));
    }
  });

  it('awake, but the one user of its site calling, with every other location zeroed by affinity: its own site', () => {
    const t = 12 * 3600;
    expect(calleeWeights(workload, LONE, utcAt(workload, t)).every((w) => w === 0)).toBe(true);
    expect(destinations(LONE, t)).toEqual(new Set([LONE]));
  });

  it('control: at the same hour a caller with candidates of positive weight reaches them, not only home', () => {
    const t = 12 * 3600;
    const w = calleeWeights(workload, DAY, utcAt(workload, t));
    expect(w).toEqual([49, 1, 20, 30]);
    expect(destinations(DAY, t)).toEqual(new Set([DAY, LONE, OTHER, REMOTE]));
  });
});
