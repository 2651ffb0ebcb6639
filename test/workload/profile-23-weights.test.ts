import { expect, it } from 'vitest';
import { parseWorkloadText } from '../../src/workload/index.js';
import { MINIMAL, problemsOf } from './helpers.js';

it('a daily profile of 23 hourly weights (one short of 24) is refused', () => {
  const weights = new Array(23).fill(1).join(', ');
  expect(problemsOf(() => parseWorkloadText(`${MINIMAL}traffic: { profile: [${weights}] }\n`, 'w.yaml'))).toEqual([
    'traffic.profile: expected a list of exactly 24 items, got [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,...',
  ]);
});
