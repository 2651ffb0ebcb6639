/**
 * Messages between the main thread and the replication workers: plain,
 * structured-clone-safe data, failures carried as values rather than thrown across
 * the thread boundary.
 */
import type { ReplicationJob } from '../model/replication.js';
import type { ReplicationResult } from '../stats/types.js';

export type { ReplicationJob };

/** What a worker sends back for one job. */
export type JobOutcome =
  | { readonly ok: true; readonly result: ReplicationResult }
  | { readonly ok: false; readonly error: { readonly message: string; readonly stack?: string } };

/** Normalises anything thrown into an Error. */
export function toError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  return new Error(typeof thrown === 'string' ? thrown : JSON.stringify(thrown));
}
