/**
 * A worker sends each replication's arrays as views of one buffer (packArrays): the same
 * values, and after the structured clone that carries them to the main thread, still
 * one buffer per replication.
 */
import { expect, test } from 'vitest';
import { compileWorkload } from '../../src/model/compiled.js';
import { runReplication } from '../../src/model/replication.js';
import { packArrays } from '../../src/parallel/types.js';
import type { ReplicationResult } from '../../src/results/types.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { workload } from '../support/workloads.js';

function arraysOf(r: ReplicationResult): Float64Array[] {
  return [r.bucketEdges, r.paths, ...r.resources.flatMap((x) => [x.histogram, x.bucketIntegral, x.bucketMax, x.hourKbpsIntegral])];
}

const [scenario] = loadScenarios(workload('enterprise.yaml'));
const job = { workload: scenario!.workload, scenario: 0, replication: 3, seed: 11 };
const result = runReplication(job, compileWorkload(job.workload));

test('a packed result holds the same numbers as the result', () => {
  const packed = packArrays(result);
  // toEqual compares typed arrays element by element and every scalar field.
  expect(packed).toEqual(result);
  expect(arraysOf(packed).map((a) => a.length)).toEqual(arraysOf(result).map((a) => a.length));
});

test('a packed result crosses a structured clone as one buffer', () => {
  // structuredClone is the algorithm postMessage uses between threads.
  const plain = arraysOf(structuredClone(result));
  const packed = arraysOf(structuredClone(packArrays(result)));
  expect(new Set(plain.map((a) => a.buffer)).size).toBe(plain.length);
  expect(new Set(packed.map((a) => a.buffer)).size).toBe(1);
  expect(packed.map((a) => Array.from(a))).toEqual(plain.map((a) => Array.from(a)));
});
