import { expect, it } from 'vitest';
import { parseWorkloadText } from '../../src/workload/index.js';
import { MINIMAL, problemsOf } from './helpers.js';

it('a Live Meeting mean size outside [min, max] is refused', () => {
  const text = `${MINIMAL}traffic: { liveMeetingSize: { min: 2, max: 10, mean: 11 } }\n`;
  expect(problemsOf(() => parseWorkloadText(text, 'w.yaml'))).toEqual([
    'traffic.liveMeetingSize.mean: expected between min (2) and max (10), got 11',
  ]);
});
