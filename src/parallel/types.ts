/**
 * Messages between the main thread and the replication workers: plain,
 * structured-clone-safe data, failures carried as values rather than thrown across
 * the thread boundary.
 */
import type { ReplicationJob } from '../model/replication.js';
import type { ReplicationResult, ResourceReplication } from '../results/types.js';
import { RESOURCE_ARRAYS, RESULT_ARRAYS } from '../results/types.js';

export type { ReplicationJob };

/**
 * What a worker is sent: a run of consecutive jobs (see `planTasks` in pool.ts). Jobs of
 * one task that share a workload share the object, so it is cloned once per task.
 */
export interface Task {
  readonly jobs: readonly ReplicationJob[];
}

/** What a worker sends back for a task: every job's result in order, or the first failure. */
export type TaskOutcome =
  | { readonly ok: true; readonly results: readonly ReplicationResult[] }
  | {
      readonly ok: false;
      /** Index in the task of the job that failed (the jobs before it are discarded). */
      readonly failed: number;
      readonly error: { readonly message: string; readonly stack?: string };
    };

/** Normalises anything thrown into an Error. */
export function toError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  return new Error(typeof thrown === 'string' ? thrown : JSON.stringify(thrown));
}

/**
 * `result` with every array it holds (time-series edges, paths, and each resource's
 * histogram and series) copied into views of one buffer, as a worker sends it back.
 * Structured clone copies each buffer once and each view as a reference to it, so a
 * result crosses the thread boundary as one block instead of about forty, and the main
 * thread keeps one buffer per replication instead of forty: a task's round trip and the
 * main thread's garbage collection both shrink. The values are the same.
 */
export function packArrays(result: ReplicationResult): ReplicationResult {
  let length = 0;
  for (const key of RESULT_ARRAYS) length += result[key].length;
  for (const r of result.resources) for (const key of RESOURCE_ARRAYS) length += r[key].length;
  const block = new Float64Array(length);
  let at = 0;
  const copy = (values: Float64Array): Float64Array => {
    const view = block.subarray(at, at + values.length);
    view.set(values);
    at += values.length;
    return view;
  };
  const resources = result.resources.map((r): ResourceReplication => {
    const packed = { ...r };
    for (const key of RESOURCE_ARRAYS) packed[key] = copy(r[key]);
    return packed;
  });
  const packed = { ...result, resources };
  for (const key of RESULT_ARRAYS) packed[key] = copy(result[key]);
  return packed;
}
