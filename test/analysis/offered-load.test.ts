import { expect, it } from 'vitest';
import { offeredLoad } from '../../src/analysis/offered-load.js';
import type { ReplicationResult } from '../../src/results/types.js';

/**
 * A replication with one resource over a 2.5 h window in hourly buckets, holding the
 * given hourly mean concurrencies (the last bucket is half an hour).
 */
function rep(replication: number, hourlyMeans: number[], peak: number): ReplicationResult {
  const edges = [0, 3600, 7200, 9000];
  const bucketIntegral = hourlyMeans.map((m, b) => m * (edges[b + 1]! - edges[b]!));
  return {
    scenario: 0,
    replication,
    windowSeconds: 9000,
    bucketEdges: Float64Array.from(edges),
    resources: [
      {
        offered: 0,
        carried: 0,
        blocked: 0,
        occupancyIntegral: bucketIntegral.reduce((a, b) => a + b, 0),
        peak,
        histogram: new Float64Array(1),
        bucketIntegral: Float64Array.from(bucketIntegral),
        bucketMax: new Float64Array(3),
        hourKbpsIntegral: new Float64Array(3),
      },
    ],
    paths: new Float64Array(7),
    mediaMinutesRelayed: 0,
    mediaMinutesDirect: 0,
    signallingConnections: 0,
    callsSimulated: 0,
    events: 0,
  };
}

it('a clear busy hour: its mean over every replication', () => {
  const results = [rep(0, [10, 4, 2], 15), rep(1, [12, 8, 2], 14), rep(2, [11, 3, 2], 13), rep(3, [9, 5, 2], 12)];
  const load = offeredLoad(results, 0);
  expect(load.busyHourErlangs).toBe(10.5); // hour 0: (10 + 12 + 11 + 9) / 4
  // Window: each replication's integral over 9000 s, averaged.
  const windows = [[10, 4, 2], [12, 8, 2], [11, 3, 2], [9, 5, 2]].map(([a, b, c]) => (a! * 3600 + b! * 3600 + c! * 1800) / 9000);
  expect(load.windowErlangs).toBeCloseTo(windows.reduce((x, y) => x + y, 0) / 4, 12);
  expect(load.peak).toBe(15);
});

it('picks the hour on one half of the replications and measures it on the other (no max-of-noise inflation)', () => {
  // Even replications point at hour 0, odd ones at hour 1. The plain maximum of the
  // means would say 6 (both hours average 6), the mean of each one's busiest hour 9;
  // cross-fitted: hour 0 measured on the odd replication (2) and hour 1 on the even (4).
  const load = offeredLoad([rep(0, [10, 4, 2], 10), rep(1, [2, 8, 2], 8)], 0);
  expect(load.busyHourErlangs).toBe(3);
});

it('divides a partial last hour by its own length; one replication gives the plain maximum', () => {
  expect(offeredLoad([rep(0, [1, 1, 20], 25)], 0).busyHourErlangs).toBe(20);
});

it('refuses buckets that are not hourly', () => {
  const r = rep(0, [1, 1, 1], 1);
  const wrong = { ...r, bucketEdges: Float64Array.of(0, 1800, 3600, 9000) };
  expect(() => offeredLoad([wrong], 0)).toThrow(/hourly/);
  expect(offeredLoad([], 0)).toEqual({ busyHourErlangs: 0, windowErlangs: 0, peak: 0 });
});
