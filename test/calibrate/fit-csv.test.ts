import { expect, it } from 'vitest';
import { compareBusyHourLoad, comparePaths } from '../../src/calibrate/fit-comparison.js';
import { FIT_COLUMNS, fitRows } from '../../src/calibrate/fit-rows.js';
import { renderFitCsv } from '../../src/report/calibration-csv.js';
import type { ResourceLoad } from '../../src/calibrate/offered-load.js';
import type { SimulatedResourceLoad } from '../../src/calibrate/simulated-side.js';

it('fit.csv has share, no-media, homogeneity, hourly load and busy-hour rows in the documented columns, with Holm\'s p-values', () => {
  const paths = comparePaths(
    { pairs: [{ callerLocation: 'hq', calleeLocation: 'branch', counts: [10, 20, 0, 0] }], overall: [10, 20, 0, 0] },
    { pairs: [{ callerLocation: 'hq', calleeLocation: 'branch', counts: [20, 10, 0, 0], withoutMedia: { 'failed-no-path': 10 } }], overall: [20, 10, 0, 0] },
  );
  const hours = [{ utcHour: 9, days: 2, mean: 1.25, low: 0.5, high: 2 }];
  const load: ResourceLoad[] = [{ resource: 'edge:e', hours, busyHour: 9 }];
  const simHours = Array.from({ length: 24 }, (_, h) => ({ utcHour: h, replications: 10, mean: h === 9 ? 1 : 0, low: h === 9 ? 0.9 : 0, high: h === 9 ? 1.1 : 0 }));
  const simulated: SimulatedResourceLoad[] = [{ resource: 'edge:e', hours: simHours, busy: { resource: 'edge:e', mean: 1, low: 0.9, high: 1.1, replications: 10, utcHour: 9 } }];
  const busy = compareBusyHourLoad(load, [simulated[0]!.busy!]);
  const lines = renderFitCsv(fitRows({ paths, observedLoad: load, simulatedLoad: simulated, busyHour: busy })).trimEnd().split('\n');
  expect(lines[0]).toBe(FIT_COLUMNS.join(','));
  // 10 of 30 by p2p: Clopper-Pearson [0.172874, 0.52812]; the simulation's 20 of 30 [0.47188, 0.827126].
  expect(lines[1]).toBe('path_share,hq,branch,p2p,,,0.333333,0.172874,0.52812,0.666667,0.47188,0.827126,,,,,clopper-pearson');
  // 10 of the pair's 40 simulated calls found no path: a share no record can show.
  expect(lines[3]!.startsWith('simulated_no_media,hq,branch,failed-no-path,,,,,,0.25,')).toBe(true);
  expect(lines[3]).toMatch(/^simulated_no_media,hq,branch,failed-no-path,,,,,,0.25,0\.\d+,0\.\d+,,,,,not in the records$/);
  // Three p-values in the file (the pair's, the overall one, equal to it, and the busy hour's):
  // Holm multiplies the smallest by 3, and keeps the adjusted values monotone.
  expect(lines[4]).toBe('path_homogeneity,hq,branch,,,,30,,,30,,,6.66667,1,0.00982327,0.0294698,chi-square');
  expect(lines[5]!.startsWith('path_share,*,*,p2p,')).toBe(true);
  expect(lines).toContain('offered_erlangs,,,,edge:e,9,1.25,0.5,2,1,0.9,1.1,,,,,student-t');
  expect(lines[lines.length - 1]!.startsWith('busy_hour_erlangs,,,,edge:e,9,1.25,0.5,2,1,0.9,1.1,')).toBe(true);
  expect(lines[lines.length - 1]!.endsWith(',welch')).toBe(true);
});
