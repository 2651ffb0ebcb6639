import { expect, it } from 'vitest';
import { parseWorkloadText } from '../../src/workload/load.js';
import { TWO_SITES, problemsOfText } from './helpers.js';

const edge = (fields: string): string => TWO_SITES.replace('{ name: edge }', `{ name: edge, ${fields} }`);

it('C3: a load-balanced Edge whose public IP is behind NAT is refused', () => {
  expect(problemsOfText(edge('servers: 2, loadBalanced: true, publicIpBehindNat: true'))).toEqual([
    'deployment.edges[0].publicIpBehindNat: unsupported on ocs2007r2: a load-balanced A/V Edge pool whose public IP is behind NAT (C3); use public IPs, or a single Edge behind NAT',
  ]);
});

it('C3: a single Edge behind NAT, or a load-balanced one on public IPs, is fine', () => {
  expect(parseWorkloadText(edge('publicIpBehindNat: true'), 'w.yaml').deployment.edges[0]!.publicIpBehindNat).toBe(true);
  expect(parseWorkloadText(edge('servers: 2, loadBalanced: true'), 'w.yaml').deployment.edges[0]!.loadBalanced).toBe(true);
});
