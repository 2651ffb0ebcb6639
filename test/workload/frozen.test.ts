import { expect, it } from 'vitest';
import { parseWorkloadText } from '../../src/workload/load.js';
import { TWO_SITES } from './helpers.js';

it('the loaded workload is deeply frozen', () => {
  const w = parseWorkloadText(TWO_SITES, 'w.yaml');
  expect(Object.isFrozen(w)).toBe(true);
  expect(Object.isFrozen(w.deployment.sites)).toBe(true);
  expect(Object.isFrozen(w.deployment.sites[1])).toBe(true);
  expect(Object.isFrozen(w.deployment.edges[0]!.internalCertificate)).toBe(true);
  expect(Object.isFrozen(w.traffic.holdingTime)).toBe(true);
  expect(() => {
    (w.deployment.sites[1] as { users: number }).users = 1;
  }).toThrow(TypeError);
});
