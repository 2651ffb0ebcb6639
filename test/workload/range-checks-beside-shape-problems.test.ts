import { expect, it } from 'vitest';
import { parseWorkloadText } from '../../src/workload/index.js';
import { MINIMAL, problemsOf } from './helpers.js';

// "Every problem of a file is collected and reported at once" (load.ts): a range problem
// must not wait until an unrelated shape problem in the same section is fixed.
it('an interval longer than the duration is reported together with a bad field beside it in simulation', () => {
  const text = `${MINIMAL}simulation: { duration: 1h, interval: 2h, replications: 0 }\n`;
  expect(problemsOf(() => parseWorkloadText(text, 'w.yaml'))).toEqual([
    'simulation.replications: expected a positive integer, got 0',
    'simulation.interval: expected at most the duration (3600 s), got "2h" (7200 s)',
  ]);
});
