import { expect, it } from 'vitest';
import { compileWorkload, workloadKey } from '../../src/model/compiled.js';
import { runReplication } from '../../src/model/replication.js';
import { loadWorkloadFile } from '../../src/workload/index.js';

// A worker compiles each scenario once and runs many replications on that compilation
// (src/parallel/worker.ts). That is only sound if nothing a replication leaves behind in
// the compilation (hour caches, plan caches) changes what a later one computes: with 1
// or 2 workers, a replication follows different predecessors.
it('a replication gives the same result on a fresh compilation and after others ran on a shared one', () => {
  const workload = loadWorkloadFile('workloads/enterprise.yaml');
  const shared = compileWorkload(workload);
  const job = (replication: number) => ({ workload, scenario: 0, replication, seed: 9 });
  for (const r of [4, 0, 2]) runReplication(job(r), shared);
  const afterOthers = runReplication(job(3), shared);
  const fresh = runReplication(job(3), compileWorkload(workload));
  expect(afterOthers.callsSimulated).toBeGreaterThan(1000);
  expect(afterOthers).toEqual(fresh);
});

it('workloadKey tells workloads apart, Infinity from a missing value included', () => {
  const workload = loadWorkloadFile('workloads/enterprise.yaml');
  const copy = structuredClone(workload);
  expect(workloadKey(copy)).toBe(workloadKey(workload));
  copy.deployment.edges[0]!.servers += 1;
  expect(workloadKey(copy)).not.toBe(workloadKey(workload));
  const unlimited = structuredClone(workload);
  const site = unlimited.deployment.sites.find((s) => s.portPool === undefined)!;
  site.portPool = Infinity;
  expect(workloadKey(unlimited)).not.toBe(workloadKey(workload));
});
