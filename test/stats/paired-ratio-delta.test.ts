/**
 * The paired difference of two ratios of sums: hand-computed on constant denominators
 * (where it is the paired t interval of the per-replication ratios), exactly zero for a
 * variant identical to its reference, and undefined ends with one replication.
 */
import { expect, it } from 'vitest';
import { pairedMeanDelta, pairedRatioDelta } from '../../src/stats/paired-delta.js';

it('on constant denominators it is the paired t interval of the per-replication ratios', () => {
  // Ratios 0.1, 0.2, 0.3 against 0.1, 0.1, 0.1: differences 0, 0.1, 0.2 (mean 0.1, s 0.1).
  const d = pairedRatioDelta([1, 2, 3], [10, 10, 10], [1, 1, 1], [10, 10, 10]);
  const half = (4.302652729749464 * 0.1) / Math.sqrt(3); // t(0.975, 2) s / sqrt(n)
  expect(d.delta).toBeCloseTo(0.1, 15);
  expect(d.halfWidth).toBeCloseTo(half, 9);
  expect(d.low).toBeCloseTo(0.1 - half, 9);
  expect(d.high).toBeCloseTo(0.1 + half, 9);
  const plain = pairedMeanDelta([0.1, 0.2, 0.3], [0.1, 0.1, 0.1]);
  expect(plain.halfWidth).toBeCloseTo(d.halfWidth, 9);
});

it('a variant identical to its reference gives exactly 0 with a zero-width interval', () => {
  const x = [3, 7, 1, 9.5];
  const y = [40, 55, 31, 70];
  expect(pairedRatioDelta(x, y, x, y)).toEqual({ delta: 0, low: 0, high: 0, halfWidth: 0 });
  expect(pairedMeanDelta(y, y)).toEqual({ delta: 0, low: 0, high: 0, halfWidth: 0 });
});

it('a ratio with nothing offered counts as 0; one replication has no interval; lengths must agree', () => {
  const d = pairedRatioDelta([0, 0], [0, 0], [1, 3], [10, 10]);
  expect(d.delta).toBeCloseTo(-0.2, 15);
  expect(d.halfWidth).toBeGreaterThan(0);
  const one = pairedRatioDelta([1], [4], [1], [2]);
  expect(one.delta).toBe(-0.25);
  expect(Number.isNaN(one.low) && Number.isNaN(one.high)).toBe(true);
  expect(() => pairedRatioDelta([1, 2], [3, 4], [1], [2])).toThrow(RangeError);
});
