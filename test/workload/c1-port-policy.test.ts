import { expect, it } from 'vitest';
import { parseWorkloadText } from '../../src/workload/load.js';
import { TWO_SITES, problemsOfText } from './helpers.js';

const withPolicy = (min: number, max: number): string =>
  TWO_SITES.replace('users: 50 }', `users: 50, portPolicy: { minMediaPort: ${min}, maxMediaPort: ${max} } }`);

it('C1: a port policy of 39 ports is refused', () => {
  expect(problemsOfText(withPolicy(40000, 40038))).toEqual([
    'deployment.sites[1].portPolicy: expected at least 40 ports (C1: ICE needs 40), got 39 (40000-40038)',
  ]);
});

it('C1: a port policy of 40 ports is accepted', () => {
  expect(parseWorkloadText(withPolicy(40000, 40039), 'w.yaml').deployment.sites[1]!.portPolicy).toEqual({
    minMediaPort: 40000,
    maxMediaPort: 40039,
    share: 1,
  });
});

it('C1: a policy whose last port comes before its first is refused', () => {
  expect(problemsOfText(withPolicy(40100, 40000))).toEqual([
    'deployment.sites[1].portPolicy.maxMediaPort: expected at least minMediaPort (40100), got 40000 (C1)',
  ]);
});
