import { expect, it } from 'vitest';
import { bucketIntervals } from '../../src/results/bucket-interval.js';
import { results, T_975_1 } from './summarize-fixture.js';

it('bucketIntervals gives, per bucket, the mean occupancy across replications and its Student-t interval', () => {
  // Edge of "base": bucket 0 is 1 session in both replications, bucket 1 is 1 and then 0.
  const [first, second] = bucketIntervals(results(), 0, 0);
  expect(first).toEqual({ mean: 1, low: 1, high: 1, halfWidth: 0 });
  const half = (T_975_1 * Math.SQRT1_2) / Math.SQRT2; // s = sqrt(1/2), n = 2
  expect(second!.mean).toBe(0.5);
  expect(second!.low).toBeCloseTo(0.5 - half, 9);
  expect(second!.high).toBeCloseTo(0.5 + half, 9);
  // "alt" has one replication: a mean, no interval.
  const alt = bucketIntervals(results(), 1, 0);
  expect(alt.map((b) => b.mean)).toEqual([1 / 3, 1 / 3]);
  expect(alt.every((b) => Number.isNaN(b.low) && Number.isNaN(b.high))).toBe(true);
  expect(bucketIntervals(results(), 5, 0)).toEqual([]);
});
