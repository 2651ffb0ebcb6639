import { expect, it } from 'vitest';
import { calibrationBaseOf } from '../../src/calibrate/calibration-base.js';

it('calibrationBaseOf reads sites and remote users from a workload, and names a site it cannot use', () => {
  expect(calibrationBaseOf({ deployment: { sites: [{ name: 'hq', users: 40, pool: 'p' }] } })).toEqual({ sites: [{ name: 'hq', users: 40 }] });
  expect(calibrationBaseOf({ name: 'no-deployment' })).toEqual({ sites: [] });
  expect(() => calibrationBaseOf({ deployment: { sites: [{ name: 'hq', users: 40 }, { name: 'branch', users: -5 }] } })).toThrow(
    'deployment.sites[1]: expected a name and a positive number of users, got {"name":"branch","users":-5}',
  );
});
