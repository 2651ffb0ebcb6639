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
    const observed: ResourceLoad[] = [{ resource: 'edge:e', hours: [hour], busyHour: 0 }];
    const half = 1 * tQuantile(0.975, 9);
    const [c] = compareBusyHourLoad(observed, [{ resource: 'edge:e', mean: 7, low: 7 - half, high: 7 + half, replications: 10 }]);
    // se 2 (4 df) and 1 (9 df): t = 3/√5, df = 25 / (16/4 + 1/9).
    expect(c!.statistic).toBeCloseTo(3 / Math.sqrt(5), 9);
    expect(c!.df).toBeCloseTo(25 / (4 + 1 / 9), 9);
    expect(c!.pValue).toBeGreaterThan(0.05);
    const [missing] = compareBusyHourLoad([], [{ resource: 'mcu:p', mean: 1, low: 0, high: 2, replications: 10 }]);
    expect(missing!.pValue).toBeNaN();
  });
});
