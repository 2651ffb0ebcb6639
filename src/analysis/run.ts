/**
 * `avsim run` as a library call: plan jobs (scenario x replication), run them on the
 * worker pool, merge in job order, summarise. Writing files is the caller's choice
 * (see {@link writeRun}), so a run can also serve tests and other tools.
 */
import { AvsimError, checkInteger, OptionError } from '../errors.js';
import { checkWorkBudget } from './budget.js';
import { batchEnds, isPrecise, PRECISION_FLOOR, precisionNote, precisionPlan } from './precision.js';
import type { PrecisionOptions, PrecisionOutcome, PreciseFigure } from './precision.js';
import { defaultWorkers, runJobs, workerCount, WorkerPool } from '../parallel/pool.js';
import type { PoolOptions } from '../parallel/pool.js';
import type { ReplicationJob } from '../model/replication.js';
import { compileWorkload, workloadKey } from '../model/compiled.js';
import type { CompiledWorkload } from '../model/compiled.js';
import { summarize } from '../results/summarize.js';
import type { ReplicationResult, ResourceInfo, SummaryRow } from '../results/types.js';
import type { Workload } from '../workload/schema.js';
import { MAX_REPLICATIONS } from '../workload/schema.js';

/** One scenario of a run: its name and its complete, validated workload. */
export interface Scenario {
  readonly name: string;
  readonly workload: Workload;
}

export interface RunOptions extends Omit<PoolOptions, 'scenarioNames'>, PrecisionOptions {
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
  /** With `precision`: called before each batch of replications runs (e.g. to start a progress bar over its jobs). */
  readonly onBatch?: (batch: ReplicationBatch) => void;
}

/** One batch of a precision run: replications `from` (inclusive) to `to` (exclusive) of every scenario. */
export interface ReplicationBatch {
  readonly from: number;
  readonly to: number;
  readonly jobs: number;
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
  /** With `precision`: the batches run and whether every figure got within it. */
  readonly precision?: PrecisionOutcome;
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
  return planJobRange(scenarios, seed, 0, replications, observe);
}

/**
 * The jobs of replications `from` (inclusive) to `to` (exclusive) of every scenario,
 * scenario-major: one batch of a run that adds replications. Scenario indices are the
 * scenarios' places in the list (a job's seed does not depend on them).
 */
export function planJobRange(
  scenarios: readonly Scenario[],
  seed: number,
  from: number,
  to: number,
  observe: Pick<RunOptions, 'recordsReplication' | 'pairPaths'> = {},
): ReplicationJob[] {
  const jobs: ReplicationJob[] = [];
  scenarios.forEach((s, scenario) => {
    const compileKey = workloadKey(s.workload);
    for (let replication = from; replication < to; replication++) {
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
 * Runs every scenario's replications and summarises them; with `precision`, in batches
 * until every busy-hour blocking is within it (analysis/precision.ts).
 *
 * @throws OptionError when `seed`, `replications`, `workers`, `precision` or
 *   `maxReplications` is out of range; AvsimError of kind `budget` when the run (with
 *   `precision`: at its cap) is too large (analysis/budget.ts).
 */
export async function runScenarios(scenarios: readonly Scenario[], options: RunOptions = {}): Promise<RunOutput> {
  return runScenariosUntil(scenarios, options, (run) => busyHourBlockingFigures(run.summary.summary), 'busy-hour blocking');
}

/** The busy-hour blocking of every resource that has a busy hour: what `run --precision` pins down. */
export function busyHourBlockingFigures(rows: readonly SummaryRow[]): PreciseFigure[] {
  return rows
    .filter((row) => Number.isFinite(row.busy_hour_blocking))
    .map((row) => ({ value: row.busy_hour_blocking, low: row.busy_hour_blocking_ci95_low, high: row.busy_hour_blocking_ci95_high, floor: PRECISION_FLOOR.probability }));
}

/** What a precision criterion reads of the replications so far. */
export type PartialRun = Pick<RunOutput, 'scenarios' | 'resources' | 'results' | 'summary'>;

/**
 * {@link runScenarios} with the figures a precision run must pin down given by the
 * caller (`compare` adds its paired deltas): `figures` is asked after each batch, on
 * every replication so far; `what` names them in the note.
 */
export async function runScenariosUntil(scenarios: readonly Scenario[], options: RunOptions, figures: (run: PartialRun) => PreciseFigure[], what: string): Promise<RunOutput> {
  const base = scenarios[0];
  if (!base) throw new Error('a run needs at least one scenario');
  const { seed, replications } = runSettings(base, options);
  const workloads = scenarios.map((s) => s.workload);
  const plan = precisionPlan(workloads, replications, options);
  checkWorkBudget(workloads, plan?.cap ?? replications);
  const started = performance.now();
  const most = plan?.cap ?? replications;
  if (options.recordsReplication !== undefined) checkInteger('recordsReplication', options.recordsReplication, 0, most - 1);
  const compiled = scenarios.map((s) => compileWorkload(s.workload));
  const perReplication = compiled.map((c) => expectedCalls([c], 1));
  if (options.recordsReplication !== undefined && perReplication[0]! > MAX_RECORDED_CALLS) {
    throw new AvsimError('budget', `--records: a replication of about ${Math.round(perReplication[0]!).toLocaleString('en-US')} calls is more than the ${MAX_RECORDED_CALLS.toLocaleString('en-US')} whose records avsim writes; a shorter window (simulation.duration) brings it under`);
  }
  const { pool, recordsReplication: _records, pairPaths: _pairs, precision: _precision, maxReplications: _max, onBatch, ...poolOptions } = options;
  const firstJobs = scenarios.length * replications;
  // A pool given is used as it is; otherwise the run's own rule (capped at the cores),
  // for the first batch: later ones, if any, run on the same workers.
  const workers = pool === undefined ? workersForRun(firstJobs, perReplication.reduce((a, b) => a + b, 0) * replications, options.workers) : workerCount(firstJobs, pool.workers);
  const maxJobsPerTask = Math.max(1, Math.floor(CALLS_PER_TASK / Math.max(1, ...perReplication)));
  const jobOptions = { maxJobsPerTask, ...poolOptions, workers, scenarioNames: scenarios.map((s) => s.name) };
  const resources = compiled.map((c) => c.resources);
  const names = scenarios.map((s) => s.name);
  const notes = pool === undefined ? workerNotes(options.workers) : [];
  const finish = (results: ReplicationResult[], count: number, summary = summarize(names, resources, results), precision?: PrecisionOutcome): RunOutput => ({
    scenarios,
    seed,
    replications: count,
    resources,
    results,
    summary,
    wallSeconds: (performance.now() - started) / 1000,
    workers,
    notes: precision === undefined ? notes : [...notes, precisionNote(precision, what)],
    ...(precision === undefined ? {} : { precision }),
  });

  if (plan === undefined) {
    const jobs = planJobs(scenarios, seed, replications, options);
    const results = pool === undefined ? await runJobs(jobs, jobOptions) : await pool.run(jobs, jobOptions);
    return finish(results, replications);
  }

  // Batches in index order on one pool; the decision to go on reads only completed batches.
  const own = pool ?? new WorkerPool(workers);
  const perScenario: ReplicationResult[][] = scenarios.map(() => []);
  const done: number[] = [];
  let from = 0;
  try {
    for (const to of batchEnds(plan)) {
      const jobs = planJobRange(scenarios, seed, from, to, options);
      onBatch?.({ from, to, jobs: jobs.length });
      for (const result of await own.run(jobs, jobOptions)) perScenario[result.scenario]!.push(result);
      done.push(to);
      from = to;
      // Job order (scenario-major, replications ascending): the order of a plain run of `to`.
      const results = perScenario.flat();
      const summary = summarize(names, resources, results);
      const all = figures({ scenarios, resources, results, summary });
      const imprecise = all.filter((f) => !isPrecise(f, plan.precision)).length;
      if (imprecise === 0 || to >= plan.cap) return finish(results, to, summary, { ...plan, batches: done, figures: all.length, imprecise });
    }
  } finally {
    if (pool === undefined) await own.close();
  }
  throw new Error('a precision run ended without its last batch'); // batchEnds always ends at the cap
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
  const { pool, recordsReplication: _records, pairPaths: _pairs, precision: _precision, maxReplications: _max, onBatch: _onBatch, ...poolOptions } = options;
  // A pool given is used as it is; otherwise the run's own rule (capped at the cores).
  const workers = pool === undefined ? workersForRun(jobs.length, calls, options.workers) : workerCount(jobs.length, pool.workers);
  const maxJobsPerTask = Math.max(1, Math.floor(CALLS_PER_TASK / Math.max(1, ...perReplication)));
  const jobOptions = { maxJobsPerTask, ...poolOptions, workers, scenarioNames: scenarios.map((s) => s.name) };
  const results = pool === undefined ? await runJobs(jobs, jobOptions) : await pool.run(jobs, jobOptions);
  return { results, workers };
}
