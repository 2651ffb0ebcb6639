/**
 * Messages between the main thread and the replication workers: plain,
 * structured-clone-safe data, failures carried as values rather than thrown across
 * the thread boundary.
 */
import type { ReplicationJob } from '../model/replication.js';
import type { ReplicationResult } from '../stats/types.js';

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
