import { expect, it } from 'vitest';
import { chartInstant, clockText, crossesDays, tickHours, tickInstants } from '../../src/report/html/time-of-day.js';
import { startSeconds } from '../../src/workload/schema.js';

it('places the window in the UTC day: clock texts, chart instants and whole-hour ticks', () => {
  expect(startSeconds('08:30')).toBe(30_600);
  expect(() => startSeconds('8:30')).toThrow(RangeError);
  expect(chartInstant(30_600, 900)).toBe(31_500_000);
  expect(clockText(30_600)).toBe('08:30');
  expect(clockText(86_400 + 3600)).toBe('01:00 (day 2)');
  expect([tickHours(4 * 3600), tickHours(12 * 3600), tickHours(24 * 3600), tickHours(48 * 3600)]).toEqual([1, 1, 2, 4]);
  // A 4 h window from 09:00: a tick every hour, 09:00 to 13:00.
  expect(tickInstants(9 * 3600, 4 * 3600)).toEqual([9, 10, 11, 12, 13].map((h) => h * 3_600_000));
  // A day from 00:00: every two hours, both midnights included.
  expect(tickInstants(0, 86_400)).toHaveLength(13);
  // From 08:30 the first tick is the next whole hour.
  expect(tickInstants(30_600, 3 * 3600)[0]).toBe(9 * 3_600_000);
  expect([crossesDays(0, 86_400), crossesDays(3600, 86_400)]).toEqual([false, true]);
});
