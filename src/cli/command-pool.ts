/**
 * One worker pool for commands run one after another in one process, as the test suite
 * runs them (test/cli/in-process.ts). A command on a pool of its own pays its workers'
 * start-up (threads, modules, a cold JIT: 0.15 to 0.3 s of CPU on this project's
 * machine), which for a test's small run is most of its work; on a shared pool only the
 * first command pays it. The results are the same bytes either way, as they are for any
 * worker count; only the worker count a command prints may differ.
 *
 * The `avsim` command line never shares one: each process runs one command. A command
 * given `--workers N` still starts a pool of N workers of its own, as asked.
 */
import type { WorkerPool } from '../parallel/pool.js';

let shared: WorkerPool | undefined;

/** The commands run from now on use `pool` (unless given `--workers`); `undefined`: each starts its own again. The caller closes the pool. */
export function shareCommandPool(pool: WorkerPool | undefined): void {
  shared = pool;
}

/** The pool a command runs on, if one is shared and `--workers` was not given. */
export function commandPool(workers: number | undefined): { pool?: WorkerPool } {
  return workers === undefined && shared !== undefined ? { pool: shared } : {};
}

/** Of a command's options, those that say what its batches run on: `--workers`, or the shared pool (for a runner that takes no other option). */
export function workersOf(options: { readonly workers?: number; readonly pool?: WorkerPool }): { workers?: number; pool?: WorkerPool } {
  return { ...(options.workers === undefined ? {} : { workers: options.workers }), ...(options.pool === undefined ? {} : { pool: options.pool }) };
}
