/**
 * Shard i of n takes a contiguous block of the jobs in job order: every job is in
 * exactly one slice, the slices put end to end are the jobs, and their lengths differ by
 * at most one (so some are empty when there are more shards than jobs).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { shardJobs, shardRange } from '../../src/analysis/shard.js';

it('the n slices cover every job exactly once, in order, with lengths differing by at most one', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 60 }), (total, n) => {
      const jobs = Array.from({ length: total }, (_, k) => k);
      const slices = Array.from({ length: n }, (_, i) => shardJobs(jobs, i + 1, n));
      expect(slices.flat()).toEqual(jobs);
      const lengths = slices.map((s) => s.length);
      expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
    }),
  );
});

it('slices are the documented blocks: floor((i-1)J/n) to floor(iJ/n)', () => {
  expect([1, 2, 3].map((i) => shardRange(8, i, 3))).toEqual([
    { start: 0, end: 2 },
    { start: 2, end: 5 },
    { start: 5, end: 8 },
  ]);
  expect(shardRange(2, 3, 7)).toEqual({ start: 0, end: 0 }); // more shards than jobs: an empty slice
  expect(shardJobs(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'b', 'c']);
});

it('refuses a shard outside 1..n', () => {
  expect(() => shardRange(10, 0, 3)).toThrow(RangeError);
  expect(() => shardRange(10, 4, 3)).toThrow(RangeError);
});
