import { expect, it } from 'vitest';
import { compareBusyHourLoad, comparePaths } from '../../src/calibrate/fit-comparison.js';
import { FIT_COLUMNS, fitRows, renderFitCsv } from '../../src/calibrate/fit-rows.js';
import type { ResourceLoad } from '../../src/calibrate/offered-load.js';

it('fit.csv has share, homogeneity, hourly load and busy-hour rows in the documented columns', () => {
  const paths = comparePaths(
    { pairs: [{ callerLocation: 'hq', calleeLocation: 'branch', counts: [10, 20, 0, 0] }], overall: [10, 20, 0, 0] },
    { pairs: [{ callerLocation: 'hq', calleeLocation: 'branch', counts: [20, 10, 0, 0] }], overall: [20, 10, 0, 0] },
  );
  const hours = [{ utcHour: 9, days: 2, mean: 1.25, low: 0.5, high: 2 }];
  const load: ResourceLoad[] = [{ resource: 'edge:e', hours, busyHour: 0 }];
  const busy = compareBusyHourLoad(load, [{ resource: 'edge:e', mean: 1, low: 0.9, high: 1.1, replications: 10 }]);
  const lines = renderFitCsv(fitRows(paths, load, busy)).trimEnd().split('\n');
  expect(lines[0]).toBe(FIT_COLUMNS.join(','));
  // 10 of 30 by p2p: Clopper-Pearson [0.172874, 0.52812].
  expect(lines[1]).toBe('path_share,hq,branch,p2p,,,0.333333,0.172874,0.52812,0.666667,,,,,');
  expect(lines[3]).toBe('path_homogeneity,hq,branch,,,,30,,,30,,,6.66667,1,0.00982327');
  expect(lines[4]!.startsWith('path_share,*,*,p2p,')).toBe(true);
  expect(lines).toContain('offered_erlangs,,,,edge:e,9,1.25,0.5,2,,,,,,');
  expect(lines[lines.length - 1]!.startsWith('busy_hour_erlangs,,,,edge:e,9,1.25,0.5,2,1,0.9,1.1,')).toBe(true);
});
