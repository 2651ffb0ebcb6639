/**
 * `avsim run` as a library call: plan jobs (scenario x replication), run them on the
 * worker pool, merge in job order, summarise. Writing files is the caller's choice
 * (see {@link writeRun}), so a run can also serve tests and other tools.
 */
import { AvsimError, checkInteger, OptionError } from '../errors.js';
import { checkWorkBudget } from './budget.js';
import { defaultWorkers, runJobs, workerCount } from '../parallel/pool.js';
import type { PoolOptions, WorkerPool } from '../parallel/pool.js';
import type { ReplicationJob } from '../model/replication.js';
import { compileWorkload, workloadKey } from '../model/compiled.js';
import type { CompiledWorkload } from '../model/compiled.js';
import { summarize } from '../results/summarize.js';
import type { ReplicationResult, ResourceInfo } from '../results/types.js';
import type { Workload } from '../workload/schema.js';
import { MAX_REPLICATIONS } from '../workload/schema.js';

/** One scenario of a run: its name and its complete, validated workload. */
export interface Scenario {
  readonly name: string;
  readonly workload: Workload;
}

export interface RunOptions extends Omit<PoolOptions, 'scenarioNames'> {
  /** Overrides the workload's seed. */
  readonly seed?: number;
  /** Overrides `simulation.replications`. */
  readonly replications?: number;
  /**
   * Runs on these workers (kept warm across several runs, as a sizing does) instead of
   * starting a pool for this run; `workers` is then the pool's.
   */
  readonly pool?: WorkerPool;
  /** Keep the media records of this replication of the first scenario (`avsim run --records`). */
  readonly recordsReplication?: number;
  /** Keep every replication's calls by location pair and path (`avsim fit`). */
  readonly pairPaths?: boolean;
}

/** Most calls a replication whose records are kept may simulate (the records CSV is about 100 bytes a call). */
export const MAX_RECORDED_CALLS = 10_000_000;

/** Everything a run produces before it is written. */
export interface RunOutput {
  readonly scenarios: readonly Scenario[];
  readonly seed: number;
  readonly replications: number;
  /** Per scenario, its resources in report order. */
  readonly resources: readonly (readonly ResourceInfo[])[];
  /** Every job's result, in job order (scenario-major). */
  readonly results: readonly ReplicationResult[];
  readonly summary: ReturnType<typeof summarize>;
  readonly wallSeconds: number;
  /** Worker threads the run used: `--workers` (at most one per job and per core), or as many as its size is worth. */
  readonly workers: number;
  /** What the run did differently from what was asked, and why (a worker count capped at the cores). */
  readonly notes: readonly string[];
}

/**
 * Simulated calls a worker must have to be worth starting, when `--workers` is not
 * given. Each worker pays a fixed start-up (its thread, its modules, a cold JIT:
 * `npm run bench` reports it, with the calls per second a worker simulates), so a
 * worker given too few calls costs more than it saves; this is the break-even the
 * bench shows for a second worker, halved (docs/performance.md).
 */
export const CALLS_PER_WORKER = 600_000;

/**
 * Most calls one task (consecutive replications sent to a worker in one message) is
 * expected to simulate: a fraction of a second of one worker. A task reports
 * progress when it ends, so the progress bar moves at least that often, while a long run
 * of short replications sends tens of messages instead of thousands (each costs the main
 * thread a structured clone and a promise).
 */
export const CALLS_PER_TASK = 500_000;

/** Calls a run is expected to simulate: every location's mean arrivals over warm-up and window, in every scenario. */
export function expectedCalls(compiled: readonly CompiledWorkload[], replications: number): number {
  let perReplication = 0;
  for (const c of compiled) {
    for (const a of c.arrivals) if (a !== null) perReplication += a.meanCount(0, c.windowEnd);
  }
  return perReplication * replications;
}

/** Workers for a run of `calls` expected calls: one per {@link CALLS_PER_WORKER}, at least one, at most `cores`. */
export function workersFor(calls: number, cores: number = defaultWorkers()): number {
  return Math.max(1, Math.min(cores, Math.floor(calls / CALLS_PER_WORKER)));
}

/**
 * Worker threads for `jobs` jobs expected to simulate `calls` calls: as `requested`, else
 * {@link workersFor}; never more than the jobs, nor than the machine's cores (each worker
 * needs a core of its own: more only share them, and take memory).
 */
export function workersForRun(jobs: number, calls: number, requested?: number): number {
  return workerCount(jobs, requested === undefined ? workersFor(calls) : Math.min(requested, defaultWorkers()));
}

/** The note a run gives when it uses fewer workers than asked for, because the machine has fewer cores. */
export function workerNotes(requested: number | undefined): string[] {
  const cores = defaultWorkers();
  return requested !== undefined && requested > cores ? [`--workers ${requested}: this machine has ${cores} core${cores === 1 ? '' : 's'}; using ${cores}`] : [];
}

/** The jobs of a run: every scenario x replication, scenario-major. */
export function planJobs(
  scenarios: readonly Scenario[],
  seed: number,
  replications: number,
  observe: Pick<RunOptions, 'recordsReplication' | 'pairPaths'> = {},
): ReplicationJob[] {
  const jobs: ReplicationJob[] = [];
  scenarios.forEach((s, scenario) => {
    const compileKey = workloadKey(s.workload);
    for (let replication = 0; replication < replications; replication++) {
      const records = scenario === 0 && replication === observe.recordsReplication;
      const job: ReplicationJob = { workload: s.workload, scenario, replication, seed, compileKey };
      jobs.push(records || observe.pairPaths ? { ...job, observe: { records, pairPaths: observe.pairPaths ?? false } } : job);
    }
  });
  return jobs;
}

/**
 * The scenario named `name` (the first when `name` is undefined).
 *
 * @throws OptionError naming the known scenarios when there is none of that name.
 */
export function findScenario<S extends Scenario>(scenarios: readonly S[], name: string | undefined): S {
  const found = name === undefined ? scenarios[0] : scenarios.find((s) => s.name === name);
  if (found === undefined) throw new OptionError('scenario', `no scenario "${name}" (known: ${scenarios.map((s) => s.name).join(', ')})`);
  return found;
}

/** The seed and replication count a run uses: the options' (checked), else the first scenario's. */
export function runSettings(base: Scenario, options: Pick<RunOptions, 'seed' | 'replications' | 'workers'>): { seed: number; replications: number } {
  if (options.workers !== undefined) checkInteger('workers', options.workers, 1);
  return {
    seed: options.seed === undefined ? base.workload.seed : checkInteger('seed', options.seed, 0),
    replications: options.replications === undefined ? base.workload.simulation.replications : checkInteger('replications', options.replications, 1, MAX_REPLICATIONS),
  };
}

/**
 * Runs every scenario's replications and summarises them.
 *
 * @throws OptionError when `seed`, `replications` or `workers` is out of range;
 *   AvsimError of kind `budget` when the run is too large (analysis/budget.ts).
 */
export async function runScenarios(scenarios: readonly Scenario[], options: RunOptions = {}): Promise<RunOutput> {
  const base = scenarios[0];
  if (!base) throw new Error('a run needs at least one scenario');
  const { seed, replications } = runSettings(base, options);
  checkWorkBudget(
    scenarios.map((s) => s.workload),
    replications,
  );
  const started = performance.now();
  if (options.recordsReplication !== undefined) checkInteger('recordsReplication', options.recordsReplication, 0, replications - 1);
  const compiled = scenarios.map((s) => compileWorkload(s.workload));
  const jobs = planJobs(scenarios, seed, replications, options);
  if (options.recordsReplication !== undefined) {
    const calls = expectedCalls([compiled[0]!], 1);
    if (calls > MAX_RECORDED_CALLS) {
      throw new AvsimError('budget', `--records: a replication of about ${Math.round(calls).toLocaleString('en-US')} calls is more than the ${MAX_RECORDED_CALLS.toLocaleString('en-US')} whose records avsim writes; a shorter window (simulation.duration) brings it under`);
    }
  }
  const { results, workers } = await runPlannedJobs(scenarios, compiled, jobs, options);
  const resources = compiled.map((c) => c.resources);
  const summary = summarize(
    scenarios.map((s) => s.name),
    resources,
    results,
  );
  const notes = options.pool === undefined ? workerNotes(options.workers) : [];
  return { scenarios, seed, replications, resources, results, summary, wallSeconds: (performance.now() - started) / 1000, workers, notes };
}

/**
 * Runs `jobs`, all or some of {@link planJobs}' for these scenarios (a shard runs a
 * slice: analysis/shard-run.ts), on the options' pool or one of its own sized for
 * them; resolves with their results in the order given and the workers used.
 */
export async function runPlannedJobs(
  scenarios: readonly Scenario[],
  compiled: readonly CompiledWorkload[],
  jobs: readonly ReplicationJob[],
  options: RunOptions,
): Promise<{ results: ReplicationResult[]; workers: number }> {
  const perReplication = compiled.map((c) => expectedCalls([c], 1));
  const calls = jobs.reduce((sum, job) => sum + perReplication[job.scenario]!, 0);
  const { pool, recordsReplication: _records, pairPaths: _pairs, ...poolOptions } = options;
  // A pool given is used as it is; otherwise the run's own rule (capped at the cores).
  const workers = pool === undefined ? workersForRun(jobs.length, calls, options.workers) : workerCount(jobs.length, pool.workers);
  const maxJobsPerTask = Math.max(1, Math.floor(CALLS_PER_TASK / Math.max(1, ...perReplication)));
  const jobOptions = { maxJobsPerTask, ...poolOptions, workers, scenarioNames: scenarios.map((s) => s.name) };
  const results = pool === undefined ? await runJobs(jobs, jobOptions) : await pool.run(jobs, jobOptions);
  return { results, workers };
}
