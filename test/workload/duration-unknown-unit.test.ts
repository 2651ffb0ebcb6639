import { expect, it } from 'vitest';
import { parseWorkloadText } from '../../src/workload/index.js';
import { MINIMAL, problemsOf } from './helpers.js';

it('a duration with an unknown unit ("8x") is refused with the forms allowed and what arrived', () => {
  expect(problemsOf(() => parseWorkloadText(`${MINIMAL}simulation: { duration: 8x }\n`, 'w.yaml'))).toEqual([
    'simulation.duration: expected a duration such as "90s", "15m", "8h" or a number of seconds, got "8x"',
  ]);
});
