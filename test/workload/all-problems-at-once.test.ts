import { expect, it } from 'vitest';
import { parseWorkloadText } from '../../src/workload/load.js';
import { TWO_SITES, errorOf } from './helpers.js';

it('shape problems, references and configuration rules are reported together, one line each', () => {
  const text = TWO_SITES.replace('users: 50', 'users: -5, portPolicy: { minMediaPort: 40000, maxMediaPort: 40009 }')
    .replace('pool: pool1, users: 100', 'pool: nowhere, users: 100, colour: red')
    .replace('{ name: edge }', '{ name: edge, loadBalanced: true, publicIpBehindNat: true }');
  const error = errorOf(() => parseWorkloadText(text, 'x.yaml'));
  expect(error.problems).toEqual([
    'deployment.sites[0].colour: unknown key "colour" (allowed: name, pool, users, utcOffsetHours, portPolicy, portPool, traffic)',
    'deployment.sites[1].users: expected a positive integer, got -5',
    'deployment.sites[0].pool: no pool named "nowhere" (known: pool1)',
    'deployment.edges[0].publicIpBehindNat: unsupported on ocs2007r2: a load-balanced A/V Edge pool whose public IP is behind NAT (C3); use public IPs, or a single Edge behind NAT',
    'deployment.sites[1].portPolicy: expected at least 40 ports (C1: ICE needs 40), got 10 (40000-40009)',
  ]);
  expect(error.message.split('\n')).toEqual(error.problems.map((p) => `x.yaml: ${p}`));
});
