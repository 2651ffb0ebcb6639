/**
 * One worker pool for the many small runs of a test file. Each run on a pool of its own
 * pays the workers' start-up (threads, modules, a cold JIT), which for a run of two
 * replications is most of its time; on a kept pool only the first run pays it. Results
 * do not depend on the pool (test/parallel/worker-pool.test.ts): use a pool of the run's
 * own where the test is about the worker count.
 *
 * The pool is started on first use and closed after the test file by
 * test/support/setup.ts (see temp.ts for why there).
 */
import { WorkerPool } from '../../src/parallel/pool.js';

/** Worker threads of the kept pool: a shared machine has two cores. */
export const KEPT_POOL_WORKERS = 2;

let pool: WorkerPool | undefined;

/** The test file's kept pool. */
export function keptPool(): WorkerPool {
  pool ??= new WorkerPool(KEPT_POOL_WORKERS);
  return pool;
}

/** Closes the kept pool, if one was started. */
export async function closeKeptPool(): Promise<void> {
  const started = pool;
  pool = undefined;
  await started?.close();
}
