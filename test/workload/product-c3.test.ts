/**
 * C3 by product (MEDIA-RULES.md, Products): a load-balanced A/V Edge pool whose public
 * IP is behind NAT is invalid on OCS 2007 R2 whatever balances it; on Lync 2010 and
 * later NAT is fine for a DNS-load-balanced pool and invalid only with a hardware load
 * balancer. A single Edge behind NAT is fine on every product.
 */
import { describe, expect, it } from 'vitest';
import { parseWorkloadText } from '../../src/workload/load.js';
import { TWO_SITES, problemsOfText } from './helpers.js';

const edge = (product: string, fields: string): string =>
  TWO_SITES.replace('deployment:\n', `deployment:\n  product: ${product}\n`).replace('{ name: edge }', `{ name: edge, ${fields} }`);
const natPool = (balancer: string): string => `servers: 2, loadBalanced: true, loadBalancer: ${balancer}, publicIpBehindNat: true`;
const OCS = 'deployment.edges[0].publicIpBehindNat: unsupported on ocs2007r2: a load-balanced A/V Edge pool whose public IP is behind NAT (C3); use public IPs, or a single Edge behind NAT';
const HARDWARE = 'deployment.edges[0].publicIpBehindNat: unsupported with a hardware load balancer (C3); NAT is allowed for a single Edge or a DNS-load-balanced pool (loadBalancer: dns)';

describe('C3: a load-balanced Edge pool behind NAT, by product', () => {
  it.each([
    ['ocs2007r2', 'hardware', [OCS]],
    ['ocs2007r2', 'dns', [OCS]],
    ['lync2010', 'hardware', [HARDWARE]],
    ['lync2013', 'hardware', [HARDWARE]],
    ['sfb', 'hardware', [HARDWARE]],
  ])('%s with loadBalancer: %s is an error', (product, balancer, problems) => {
    expect(problemsOfText(edge(product, natPool(balancer)))).toEqual(problems);
  });

  it.each(['lync2010', 'lync2013', 'sfb'])('%s with loadBalancer: dns loads', (product) => {
    const e = parseWorkloadText(edge(product, natPool('dns')), 'w.yaml').deployment.edges[0]!;
    expect(e).toMatchObject({ loadBalanced: true, loadBalancer: 'dns', publicIpBehindNat: true });
  });

  it.each(['ocs2007r2', 'lync2010', 'lync2013', 'sfb'])('%s: a single Edge behind NAT loads', (product) => {
    expect(parseWorkloadText(edge(product, 'publicIpBehindNat: true'), 'w.yaml').deployment.edges[0]!.publicIpBehindNat).toBe(true);
  });
});
