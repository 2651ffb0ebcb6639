import { expect, it } from 'vitest';
import { parseWorkloadText } from '../../src/workload/load.js';
import { TWO_SITES, errorOf } from './helpers.js';

it('negative users: exactly one problem, with the field path, what was expected and what arrived', () => {
  const error = errorOf(() => parseWorkloadText(TWO_SITES.replace('users: 50', 'users: -5'), 'workloads/x.yaml'));
  expect(error.file).toBe('workloads/x.yaml');
  expect(error.problems).toEqual(['deployment.sites[1].users: expected a positive integer, got -5']);
  expect(error.message).toBe('workloads/x.yaml: deployment.sites[1].users: expected a positive integer, got -5');
});
