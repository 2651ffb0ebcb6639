/**
 * conferenceSize (WORKLOAD.md "Conferences and Live Meetings"): the table
 * { 4: 0.85, 6: 0.10, 11: 0.05 } (the SfB user model) has mean 4.55 and variance
 * 2.5475; the range { min: 3, max: 12, mean: 4.5 } has mean 4.5 and, on [3, 12], a
 * variance of at most (12 - 3)² / 4. Every participant takes one MCU leg, so:
 *
 * - legs per conference: the total over n conferences is a sum of n independent sizes,
 *   within Z x sqrt(n x variance) of n x mean (1 in 1000);
 * - Little's law: the MCU's mean concurrency is conference rate x mean size x mean
 *   holding, within the 99.9% Student-t interval of the replications' means.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PATH_INDEX } from '../../src/negotiation/paths.js';
import { meanInterval } from '../../src/stats/interval.js';
import { tQuantile } from '../../src/stats/student-t.js';
import type { WorkloadInput } from '../../src/workload/schema.js';
import { NO_CALLS, Z999, simulate } from './theory.js';
import type { Run } from './theory.js';

const USERS = 2000;
const RATE = 0.3; // conferences organised per user per hour
const HOLDING = 600;
const REPLICATIONS = 30;

const workload = (conferenceSize: NonNullable<WorkloadInput['traffic']>['conferenceSize']): WorkloadInput => ({
  name: 'meeting-size',
  seed: 455,
  simulation: { warmup: 2 * 3600, duration: 4 * 3600, replications: REPLICATIONS },
  deployment: {
    pools: [{ name: 'pool', mcuLegs: 100_000 }],
    sites: [{ name: 'hq', pool: 'pool', users: USERS }],
  },
  traffic: {
    profile: 'flat',
    perUserPerHour: { ...NO_CALLS, conference: RATE },
    holdingTime: { conference: { distribution: 'exponential', mean: HOLDING } },
    conferenceSize,
    escalationShare: 0,
  },
});

describe.each([
  ['a size table', { sizes: { 4: 0.85, 6: 0.1, 11: 0.05 } }, 4.55, 0.85 * 16 + 0.1 * 36 + 0.05 * 121 - 4.55 ** 2],
  ['a range', { min: 3, max: 12, mean: 4.5 }, 4.5, (12 - 3) ** 2 / 4],
])('conference sizes from %s', (_label, size, mean, variance) => {
  let run: Run;
  let mcu: number;
  beforeAll(() => {
    run = simulate(workload(size));
    mcu = run.index('mcu:pool');
  });

  it(`seat ${mean} legs per conference on average`, () => {
    let conferences = 0;
    let legs = 0;
    for (const r of run.results) {
      expect(r.paths.reduce((a, b) => a + b, 0)).toBe(r.paths[PATH_INDEX.mcu]!); // all seated, none blocked
      conferences += r.paths[PATH_INDEX.mcu]!;
      legs += r.resources[mcu]!.offered;
    }
    expect(conferences).toBeGreaterThan(20_000);
    expect(Math.abs(legs - conferences * mean)).toBeLessThanOrEqual(Z999 * Math.sqrt(conferences * variance));
  });

  it("hold rate x mean size x mean holding legs at once (Little's law)", () => {
    const expected = ((USERS * RATE) / 3600) * mean * HOLDING; // 455 or 450 legs
    const ci = meanInterval(run.results.map((r) => r.resources[mcu]!.occupancyIntegral / r.windowSeconds));
    const half = ci.halfWidth * (tQuantile(0.9995, REPLICATIONS - 1) / tQuantile(0.975, REPLICATIONS - 1));
    expect(half).toBeLessThan(0.03 * expected); // informative
    expect(Math.abs(ci.mean - expected)).toBeLessThanOrEqual(half);
  });
});
