import { expect, it } from 'vitest';
import { TimeLeft, timeLeftText } from '../../src/cli/progress.js';

it('time left is the average pace times the work left, smoothed, and none before a few jobs and a second', () => {
  const left = new TimeLeft(100);
  expect(left.update(1, 0.5)).toBeUndefined(); // too early
  expect(left.update(10, 1)).toBeCloseTo(9, 12); // 0.1 s a job, 90 left
  // A burst (tasks of many replications arriving at once) moves the estimate a fifth of the way.
  const next = left.update(60, 2)!; // reading: 2/60 x 40 = 1.33 s
  expect(next).toBeCloseTo(9 + 0.2 * (4 / 3 - 9), 12);
  expect(left.update(100, 3)).toBe(0);
});

it('writes time left in seconds, minutes or hours', () => {
  expect(timeLeftText(undefined)).toBe('-');
  expect(timeLeftText(12.4)).toBe('12 s');
  expect(timeLeftText(65)).toBe('1:05');
  expect(timeLeftText(3 * 3600 + 120)).toBe('3 h 02 min');
});
