import { expect, it } from 'vitest';
import { hourSpans, overGradeText } from '../../src/report/html/hourly-section.js';
import type { HourRow } from '../../src/results/types.js';

function slot(hourUtc: string, blocking: number, seconds = 3600): HourRow {
  return { scenario: 's', resource: 'edge:e', hour_utc: hourUtc, seconds, offered_erlangs: 1, blocking, blocking_ci95_low: 0, blocking_ci95_high: blocking, busy: false };
}

it('the hours above the 1% grade of service are listed as runs of clock hours, a partial first hour ending on the hour, runs crossing midnight', () => {
  // A window from 21:30 over midnight: a partial first hour, then whole ones.
  const hours = [slot('21:30', 0.02, 1800), slot('22:00', 0.03), slot('23:00', 0.001), slot('00:00', 0.05), slot('01:00', 0.2), slot('02:00', 0)];
  expect(hourSpans(hours, (row) => row.blocking > 0.01)).toBe('21:30-23:00, 00:00-02:00');
  expect(overGradeText('edge:e', hours)).toBe('edge:e blocks more than 1% of the requests in 4 of 6 clock hours: 21:30-23:00, 00:00-02:00 UTC.');
  expect(overGradeText('edge:e', [slot('09:00', 0.01), slot('10:00', 0)])).toBe('edge:e blocks at most 1% of the requests in every clock hour.');
});
