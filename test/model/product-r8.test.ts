/**
 * R8 by product (MEDIA-RULES.md, Products): extra SAN names on the Edge internal NIC's
 * certificate, without the CNAME workaround, make every call through the internal NIC
 * fail on OCS 2007 R2 (R4: internal pairs whose media is blocked; R5: internal and
 * remote); on Lync 2010 the A/V Edge does not use the SAN list there, so the same calls
 * are relayed, and the setting earns a warning. Remote pairs (R6, peer-to-peer) never
 * touch the Edge. Both products run the same calls (same seed, common random numbers),
 * so the comparison is exact.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { workloadWarnings } from '../../src/analysis/warnings.js';
import { PATH_INDEX } from '../../src/negotiation/paths.js';
import type { Product, WorkloadInput } from '../../src/workload/schema.js';
import { NO_CALLS, simulate } from './theory.js';
import type { Run } from './theory.js';

const workload = (product: Product): WorkloadInput => ({
    name: 'r8',
    seed: 8,
    simulation: { warmup: 1800, duration: 2 * 3600, replications: 1 },
    deployment: {
      product,
      edges: [{ name: 'edge', sessionsPerServer: 100_000, internalCertificate: { extraSanNames: true, internalCname: false } }],
      pools: [{ name: 'pool', edge: 'edge' }],
      sites: [{ name: 'hq', pool: 'pool', users: 1000 }],
      remote: { users: 500 },
    },
    network: { rules: [{ between: ['hq', 'hq'], p2p: 'blocked' }] },
    traffic: { profile: 'flat', callees: 'population', perUserPerHour: { ...NO_CALLS, peerAudio: 0.5 }, escalationShare: 0 },
  });
const SAN_WARNING = "deployment.edges[0].internalCertificate.extraSanNames: has no effect on lync2010: the SAN defect of R8 is OCS 2007 R2's";

describe('R8: the certificate SAN defect, by product', () => {
  let ocs: Run;
  let lync: Run;
  beforeAll(() => {
    ocs = simulate(workload('ocs2007r2'));
    lync = simulate(workload('lync2010'));
  });
  const paths = (run: Run) => run.results[0]!.paths;

  it('ocs2007r2: every call through the internal NIC fails (certificate); only remote pairs get media, peer-to-peer', () => {
    const p = paths(ocs);
    const total = p.reduce((a, b) => a + b, 0);
    expect(p[PATH_INDEX['failed-certificate']]!).toBeGreaterThan(1000);
    expect(p[PATH_INDEX.p2p]!).toBeGreaterThan(100);
    expect(p[PATH_INDEX.p2p]! + p[PATH_INDEX['failed-certificate']]!).toBe(total);
    expect(ocs.results[0]!.resources[ocs.index('edge:edge')]!.offered).toBe(0);
    expect(workloadWarnings(ocs.workload).some((w) => w.includes('extraSanNames'))).toBe(false);
  });

  it('lync2010: the same calls are relayed through the Edge (UDP), with a warning that the setting has no effect', () => {
    const p = paths(lync);
    expect(p[PATH_INDEX['failed-certificate']]!).toBe(0);
    expect(p[PATH_INDEX['edge-udp']]!).toBe(paths(ocs)[PATH_INDEX['failed-certificate']]!);
    expect(p[PATH_INDEX.p2p]!).toBe(paths(ocs)[PATH_INDEX.p2p]!);
    expect(lync.results[0]!.resources[lync.index('edge:edge')]!.offered).toBe(p[PATH_INDEX['edge-udp']]!);
    expect(workloadWarnings(lync.workload)).toContain(SAN_WARNING);
  });
});
