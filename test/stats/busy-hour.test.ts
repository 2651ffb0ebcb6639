import { expect, it } from 'vitest';
import { busyHour } from '../../src/stats/busy-hour.js';

const WHOLE = [true, true, false]; // two whole clock hours and a partial one

it('a clear busy hour: chosen on every half alike, every replication measured there', () => {
  const loads = [[10, 4, 2], [12, 8, 2], [11, 3, 2], [9, 5, 2]];
  expect(busyHour(loads, [0, 1, 2, 3], WHOLE)).toEqual({ hour: 0, measuredAt: [0, 0, 0, 0] });
});

it('the hour is chosen on one half of the replications and measured on the other (no max-of-noise inflation)', () => {
  // Even replications point at hour 0, odd ones at hour 1. Measured at its own busiest
  // hour each would say (10 + 8) / 2 = 9; cross-fitted, replication 0 is measured at
  // the odd half's hour 1 (4) and replication 1 at the even half's hour 0 (2): 3.
  const result = busyHour([[10, 4, 2], [2, 8, 2]], [0, 1], WHOLE);
  expect(result.measuredAt).toEqual([1, 0]);
  expect(result.hour).toBe(0); // over both: 6 and 6, the first of equals
});

it('a partial hour is never the busy hour, however busy; one replication is measured at its own busiest', () => {
  expect(busyHour([[1, 3, 20]], [0], WHOLE)).toEqual({ hour: 1, measuredAt: [1] });
});

it('no whole hour in the window: no busy hour', () => {
  expect(busyHour([[5], [6]], [0, 1], [false])).toEqual({ hour: -1, measuredAt: [-1, -1] });
  expect(() => busyHour([[5]], [0, 1], [true])).toThrow(/same length/);
});
