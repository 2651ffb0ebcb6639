import { describe, expect, it } from 'vitest';
import { compareBusyHourLoad, comparePaths } from '../../src/calibrate/fit-comparison.js';
import type { ResourceLoad } from '../../src/calibrate/offered-load.js';
import { tQuantile } from '../../src/stats/student-t.js';

describe('avsim fit comparisons', () => {
  it('test path shares pair by pair and overall with a 2 x k chi-square test', () => {
    const observed = { pairs: [{ callerLocation: 'hq', calleeLocation: 'branch', counts: [10, 20, 0, 0] }], overall: [10, 20, 0, 0] };
    const simulated = {
      pairs: [
        { callerLocation: 'hq', calleeLocation: 'branch', counts: [20, 10, 0, 0] },
        { callerLocation: 'hq', calleeLocation: 'hq', counts: [5, 0, 0, 0] },
      ],
      overall: [25, 10, 0, 0],
    };
    const [branch, hq, all] = comparePaths(observed, simulated);
    expect([branch!.calleeLocation, hq!.calleeLocation, all!.callerLocation]).toEqual(['branch', 'hq', '*']);
    // Every expected count 15: statistic 4·25/15 on 1 df.
    expect(branch!.statistic).toBeCloseTo(100 / 15, 12);
    expect(branch!.df).toBe(1);
    expect(branch!.pValue).toBeCloseTo(0.009823, 5);
    expect(branch!.observedShares).toEqual([1 / 3, 2 / 3, 0, 0]);
    expect(hq!.pValue).toBeNaN(); // never observed
    expect(all!.simulated).toEqual([25, 10, 0, 0]);
  });

  it('test busy-hour erlangs by Welch\'s t, standard errors recovered from the two intervals', () => {
    const hour = { utcHour: 9, days: 5, mean: 10, low: 10 - 2 * tQuantile(0.975, 4), high: 10 + 2 * tQuantile(0.975, 4) };
    const observed: ResourceLoad[] = [{ resource: 'edge:e', hours: [hour], busyHour: 9 }];
    const half = 1 * tQuantile(0.975, 9);
    const [c] = compareBusyHourLoad(observed, [{ resource: 'edge:e', mean: 7, low: 7 - half, high: 7 + half, replications: 10 }]);
    // se 2 (4 df) and 1 (9 df): t = 3/√5, df = 25 / (16/4 + 1/9).
    expect(c!.method).toBe('welch');
    expect(c!.statistic).toBeCloseTo(3 / Math.sqrt(5), 9);
    expect(c!.df).toBeCloseTo(25 / (4 + 1 / 9), 9);
    expect(c!.pValue).toBeGreaterThan(0.05);
    const [missing] = compareBusyHourLoad([], [{ resource: 'mcu:p', mean: 1, low: 0, high: 2, replications: 10 }]);
    expect(missing!.pValue).toBeNaN();
    expect(missing!.method).toBe('none');
  });

  it('compare at the simulation\'s busy hour, not the records\' own', () => {
    const flat = (utcHour: number, mean: number) => ({ utcHour, days: 3, mean, low: mean - 1, high: mean + 1 });
    const observed: ResourceLoad[] = [{ resource: 'mcu:p', hours: [flat(9, 12), flat(10, 8)], busyHour: 9 }];
    const [c] = compareBusyHourLoad(observed, [{ resource: 'mcu:p', mean: 8, low: 7, high: 9, replications: 10, utcHour: 10 }]);
    expect(c!.observed!.utcHour).toBe(10);
    expect(c!.observed!.mean).toBe(8);
    expect(c!.observedBusyHour).toBe(9);
    expect(c!.statistic).toBe(0);
  });

  it('with one day of records, test the day as one more draw of a replication: t = (x - ȳ) / (s √(k + 1/n)) on n - 1 df', () => {
    const observed: ResourceLoad[] = [{ resource: 'edge:e', hours: [{ utcHour: 9, days: 1, mean: 14, low: Number.NaN, high: Number.NaN }], busyHour: 9 }];
    // 10 replications, s = 2 per replication: standard error 2 / √10.
    const half = tQuantile(0.975, 9) * (2 / Math.sqrt(10));
    const one = compareBusyHourLoad(observed, [{ resource: 'edge:e', mean: 10, low: 10 - half, high: 10 + half, replications: 10, utcHour: 9 }])[0]!;
    expect(one.method).toBe('prediction');
    expect(one.df).toBe(9);
    expect(one.statistic).toBeCloseTo(4 / (2 * Math.sqrt(1 + 1 / 10)), 9);
    // A replication of three days averages three of the hour: a day varies √3 times as much.
    const three = compareBusyHourLoad(observed, [{ resource: 'edge:e', mean: 10, low: 10 - half, high: 10 + half, replications: 10, utcHour: 9, daysPerReplication: 3 }])[0]!;
    expect(three.statistic).toBeCloseTo(4 / (2 * Math.sqrt(3 + 1 / 10)), 9);
    expect(three.pValue).toBeGreaterThan(one.pValue);
  });
});

it('a pair the records show with media and the simulation never connects is a disagreement of its own (no chi-square)', () => {
  const observed = { pairs: [{ callerLocation: 'remote', calleeLocation: 'hq', counts: [0, 40, 0, 0] }], overall: [0, 40, 0, 0] };
  const simulated = { pairs: [{ callerLocation: 'remote', calleeLocation: 'hq', counts: [0, 0, 0, 0], withoutMedia: { 'failed-certificate': 380 } }], overall: [0, 0, 0, 0] };
  const [pair] = comparePaths(observed, simulated);
  expect(pair!.method).toBe('no-simulated-media');
  expect(pair!.pValue).toBeNaN();
  expect(pair!.simulatedWithoutMedia).toEqual({ 'failed-certificate': 380 });
  // Both sides on one path only: nothing to test.
  const [same] = comparePaths({ pairs: [{ callerLocation: 'a', calleeLocation: 'b', counts: [5, 0, 0, 0] }], overall: [5, 0, 0, 0] }, { pairs: [{ callerLocation: 'a', calleeLocation: 'b', counts: [50, 0, 0, 0] }], overall: [50, 0, 0, 0] });
  expect(same!.method).toBe('none');
});
