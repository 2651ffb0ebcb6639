/**
 * Runs replication jobs on a piscina worker pool and returns their results in job
 * order, whatever order they complete in, so the merged statistics (and the CSV bytes)
 * are the same for any number of workers and any batching. Jobs travel in tasks of
 * consecutive jobs (see {@link planTasks}), so a long run does not pay a message and a
 * promise per replication, and each worker holds its next task while it runs one.
 * A run starts a pool of its own ({@link runJobs}), or runs on a {@link WorkerPool}
 * kept warm for several runs.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { InterruptedError, ReplicationError } from '../errors.js';
import type { ReplicationResult } from '../results/types.js';
import type { ReplicationJob, Task, TaskOutcome } from './types.js';
import { tuneV8 } from './v8-tuning.js';

/** Tasks a worker holds at once: the one it runs and the next (see {@link WorkerPool.run}). */
export const TASKS_PER_WORKER = 2;

/** Young-generation size of each worker (MiB). */
export const YOUNG_GENERATION_MB = 8;

/** What one run of jobs takes, on a fresh pool ({@link runJobs}) or a kept one ({@link WorkerPool.run}). */
export interface RunJobsOptions {
  /** Called after each job completes, with jobs done and the job's result. */
  readonly onProgress?: (done: number, result: ReplicationResult) => void;
  /** Aborting stops the workers promptly and rejects with {@link InterruptedError}. */
  readonly signal?: AbortSignal;
  /** Names scenarios in error messages. */
  readonly scenarioNames?: readonly string[];
  /**
   * Most jobs sent to a worker in one task. A task reports progress only when it is
   * done, so this bounds how long the progress bar can stand still; `run.ts` sets it
   * from the expected calls per replication. @default 1
   */
  readonly maxJobsPerTask?: number;
}

export interface PoolOptions extends RunJobsOptions {
  /** Worker threads. @default the machine's available parallelism */
  readonly workers?: number;
}

/**
 * Splits jobs 0..n-1 into tasks of consecutive jobs, `[start, end)`, large first and
 * shrinking (guided scheduling): each task takes a quarter of one worker's fair share of
 * the jobs left, at most `maxJobsPerTask` and at least one. Early tasks are big (few
 * messages); the last are single jobs, so no worker idles long while another finishes.
 */
export function planTasks(jobs: number, workers: number, maxJobsPerTask: number): [number, number][] {
  const cap = Math.max(1, Math.floor(maxJobsPerTask));
  const tasks: [number, number][] = [];
  for (let start = 0; start < jobs; ) {
    const size = Math.max(1, Math.min(cap, Math.floor((jobs - start) / (4 * workers))));
    tasks.push([start, start + size]);
    start += size;
  }
  return tasks;
}

/**
 * The compiled worker entry, `worker-entry.cjs` (CommonJS, so that piscina's `require()`
 * of it never loads an ES module: see `worker-entry.cts`). Under vitest this file runs
 * from `src/` as TypeScript, which a worker thread cannot load, so the compiled copy in
 * `dist/` is used there too: the same JavaScript runs in production and in tests.
 */
export function workerFilename(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return fileURLToPath(new URL('./worker-entry.cjs', import.meta.url));
  const compiled = fileURLToPath(new URL('../../dist/src/parallel/worker-entry.cjs', import.meta.url));
  if (!existsSync(compiled)) throw new Error(`worker not built: ${compiled} is missing (run "npm run build")`);
  return compiled;
}

/** Default worker count: the machine's cores. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** Worker threads a pool starts for `jobs` jobs: as `requested` (default: the cores), never more than the jobs. */
export function workerCount(jobs: number, requested: number = defaultWorkers()): number {
  return Math.max(1, Math.min(requested, jobs));
}

/** Runs every job on a pool of its own, closed when they are done; resolves with results in job order. */
export async function runJobs(jobs: readonly ReplicationJob[], options: PoolOptions = {}): Promise<ReplicationResult[]> {
  const pool = new WorkerPool(workerCount(jobs.length, options.workers));
  try {
    return await pool.run(jobs, options);
  } finally {
    await pool.close();
  }
}

/** Where the pool is in a run: how it stops, and why it stopped. */
interface RunState {
  readonly abort: AbortController;
  failure: Error | undefined;
}

/**
 * Worker threads kept for several runs one after another (a sizing's batches): each
 * run after the first finds its workers started, their modules loaded and their code
 * optimised, where a pool of its own would pay all three again (more than the
 * simulation of a small batch; `npm run bench` reports the start-up). Results do not
 * depend on which pool runs a job. A run that is stopped (an interrupt, a failed
 * replication) closes the pool; close it when done in any case ({@link close}).
 */
export class WorkerPool {
  private readonly piscina: Piscina<Task, TaskOutcome>;
  private current: RunState | undefined;
  private closed: Promise<void> | undefined;

  /** @param workers worker threads, started now and kept until {@link close}. */
  constructor(readonly workers: number) {
    if (!(Number.isInteger(workers) && workers >= 1)) throw new RangeError(`workers must be a whole number of at least 1, got ${workers}`);
    tuneV8();
    this.piscina = new Piscina<Task, TaskOutcome>({
      filename: workerFilename(),
      minThreads: workers,
      maxThreads: workers,
      idleTimeout: 1000,
      // Each worker holds the task it runs and the next one, already sent: when it posts
      // a result it starts the next task at once instead of waiting for the main thread to
      // receive the result and send more (a round trip per task, which a long run pays
      // tens of times per worker).
      concurrentTasksPerWorker: TASKS_PER_WORKER,
      // A replication's garbage is short-lived (boxed numbers); a small young generation
      // keeps each worker's memory flat however long the simulated day, at no measurable
      // cost in speed (see the memory section of `npm run bench`).
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    // Once a run is stopped, a worker may still deliver the result of a task piscina has
    // already cancelled; piscina reports that as an 'error' event, which unheard would
    // crash the process. Late results are of no use then. Any other pool error fails the
    // run in progress (between runs piscina replaces a failed worker by itself).
    this.piscina.on('error', (error: unknown) => {
      const run = this.current;
      if (run === undefined || run.abort.signal.aborted) return;
      run.failure ??= error instanceof Error ? error : new Error(String(error));
      run.abort.abort();
    });
  }

  /** The worker threads' ids (piscina's `threads`): the same from run to run while the pool is open. */
  get threadIds(): number[] {
    return this.piscina.threads.map((thread) => thread.threadId);
  }

  /** Terminates the workers (and rejects any task in flight). Safe to call more than once. */
  close(): Promise<void> {
    this.closed ??= this.piscina.destroy();
    return this.closed;
  }

  /** Runs every job; resolves with results in job order. One run at a time. */
  async run(jobs: readonly ReplicationJob[], options: RunJobsOptions = {}): Promise<ReplicationResult[]> {
    if (this.closed !== undefined) throw new Error('the worker pool is closed');
    if (this.current !== undefined) throw new Error('the worker pool is already running jobs');
    const workers = workerCount(jobs.length, this.workers);
    const tasks = planTasks(jobs.length, workers, options.maxJobsPerTask ?? 1);
    // Stopping (an interrupt, a failed replication) closes the pool: piscina terminates
    // the workers and rejects every task in flight. Tasks are not given the abort signal
    // itself: piscina sends an abortable task only to an idle worker, which would rule out
    // the task each worker holds in reserve.
    const run: RunState = { abort: new AbortController(), failure: undefined };
    const abort = run.abort;
    abort.signal.addEventListener('abort', () => void this.close(), { once: true });
    const onAbort = (): void => abort.abort();
    if (options.signal?.aborted) abort.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    this.current = run;
    const results: ReplicationResult[] = new Array(jobs.length);
    let done = 0;
    // Tasks go out in plan order, at most TASKS_PER_WORKER per worker at a time: each lane
    // sends its next task when its last one is done. Handing piscina every task at once
    // would not keep that order: a task it cannot place at once goes back to the tail of
    // its queue, so the guided plan's big tasks came out late and one worker could still
    // be busy with one long after the other had run out of work.
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < tasks.length && !abort.signal.aborted) {
        const [start, end] = tasks[next++]!;
        let outcome: TaskOutcome;
        try {
          outcome = await this.piscina.run({ jobs: jobs.slice(start, end) });
        } catch (thrown) {
          if (abort.signal.aborted) return; // reported once, below
          // The worker itself failed (not a replication): name the task's first job.
          outcome = { ok: false, failed: 0, error: { message: thrown instanceof Error ? thrown.message : String(thrown) } };
        }
        if (!outcome.ok) {
          const job = jobs[start + outcome.failed]!;
          run.failure ??= new ReplicationError(options.scenarioNames?.[job.scenario] ?? String(job.scenario), job.replication, outcome.error.message);
          abort.abort(); // stop the rest: the run has failed
          return;
        }
        if (outcome.results.length !== end - start) {
          run.failure ??= new Error(`a task of ${end - start} jobs returned ${outcome.results.length} results`);
          abort.abort();
          return;
        }
        for (let k = 0; k < outcome.results.length; k++) {
          const result = outcome.results[k]!;
          results[start + k] = result;
          options.onProgress?.(++done, result);
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: workers * TASKS_PER_WORKER }, lane));
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
      this.current = undefined;
      if (abort.signal.aborted) await this.close();
    }
    if (run.failure) throw run.failure;
    if (abort.signal.aborted) throw new InterruptedError();
    return results;
  }
}
