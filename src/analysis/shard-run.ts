/**
 * One shard of a run as a library call: the scenarios and settings of the whole run,
 * and only the jobs of slice i of n simulated (analysis/shard.ts). What it returns is
 * a partial result's content (analysis/partial.ts), which `avsim merge` puts together
 * with the other shards' into the command's files. Every command that runs a list of
 * scenarios shards through here: run, compare and each round of size's search run the
 * scenario x replication grid ({@link runShard}); each round of whatif runs a job list
 * of its own ({@link runJobListShard}), sliced by the same rule.
 */
import { checkWorkBudget } from './budget.js';
import { compileWorkload } from '../model/compiled.js';
import type { ReplicationJob } from '../model/replication.js';
import { jobBlocks } from './partial.js';
import type { JobBlock, PartialContent, PartialScenario } from './partial.js';
import { planJobs, runPlannedJobs, runSettings, workerNotes } from './run.js';
import type { RunOptions, Scenario } from './run.js';
import type { Shard } from './shard.js';
import { shardRange } from './shard.js';

/** A scenario of a sharded run, with where it came from (compare's; run's are their own). */
export interface ShardScenario extends Scenario {
  /** Its name in its file. @default its name */
  readonly localName?: string;
  /** Index in {@link ShardRunInput.files} of its file. @default 0 */
  readonly file?: number;
}

/** What a sharded command runs: the whole run's scenarios, and what names it. */
export interface ShardRunInput {
  /** The command whose output the partials make: `run`, `compare`, `size`. */
  readonly command: string;
  /** The command's own options that change results (hashed with the inputs). @default {} */
  readonly options?: Readonly<Record<string, unknown>>;
  /** The workload files, as given (for messages). */
  readonly files: readonly string[];
  /** Every scenario of the run, in order: each shard plans the same jobs. */
  readonly scenarios: readonly ShardScenario[];
}

/** A shard's partial content, with what the run did on this machine. */
export interface ShardOutput extends PartialContent {
  /** Worker threads the shard used (0 for an empty slice). */
  readonly workers: number;
  /** What the shard did differently from what was asked (a worker count capped at the cores). */
  readonly notes: readonly string[];
}

/**
 * Runs slice `shard` of the jobs of `input`'s scenarios.
 *
 * @throws as runScenarios does: OptionError for a seed, replication or worker count out
 *   of range, AvsimError of kind `budget` when the run is too large for its shards (each
 *   shard held to one machine's calls; the results its merge holds, to one machine's),
 *   the pool's errors.
 */
export async function runShard(input: ShardRunInput, shard: Shard, options: RunOptions = {}): Promise<ShardOutput> {
  const { scenarios } = input;
  const base = scenarios[0];
  if (!base) throw new Error('a run needs at least one scenario');
  const { seed, replications } = runSettings(base, options);
  checkWorkBudget(
    scenarios.map((s) => s.workload),
    replications,
    shard.count,
  );
  return runSlice(input, planJobs(scenarios, seed, replications), undefined, shard, { seed, replications }, options);
}

/** A batch that is not a scenario x replication grid: its scenarios, and its jobs in order. */
export interface JobListInput extends ShardRunInput {
  /** Every job of the batch, in job order, each of `seed`, its scenario index into `scenarios`. */
  readonly jobs: readonly ReplicationJob[];
  readonly seed: number;
  /** The replication count the partial names (whatif: of the first batch); the jobs say which they run. */
  readonly replications: number;
}

/**
 * Runs slice `shard` of a given job list (a whatif round): the same contiguous-block
 * rule as {@link runShard}'s over the list as given, and a partial that carries the
 * list (as blocks), which its input hash covers. The work budget is the caller's: a
 * job list is one batch of a larger piece of work, checked as a whole before it starts.
 *
 * @throws Error when a job is of another seed or names no scenario of the input (the
 *   caller's list is wrong); the pool's errors.
 */
export async function runJobListShard(input: JobListInput, shard: Shard, options: RunOptions = {}): Promise<ShardOutput> {
  for (const job of input.jobs) {
    if (job.seed !== input.seed || input.scenarios[job.scenario] === undefined) throw new Error(`job (scenario ${job.scenario}, replication ${job.replication}) is not of this job list's scenarios and seed`);
  }
  return runSlice(input, input.jobs, jobBlocks(input.jobs), shard, input, options);
}

/** Runs the shard's slice of `jobs` and makes its partial content. */
async function runSlice(
  input: ShardRunInput,
  jobs: readonly ReplicationJob[],
  jobList: readonly JobBlock[] | undefined,
  shard: Shard,
  { seed, replications }: { readonly seed: number; readonly replications: number },
  options: RunOptions,
): Promise<ShardOutput> {
  const { scenarios } = input;
  const compiled = scenarios.map((s) => compileWorkload(s.workload));
  const { start, end } = shardRange(jobs.length, shard.index, shard.count);
  const slice = jobs.slice(start, end);
  // An empty slice (more shards than jobs) still writes its partial: the merge counts shards.
  const { results, workers } = slice.length === 0 ? { results: [], workers: 0 } : await runPlannedJobs(scenarios, compiled, slice, options);
  const partialScenarios = scenarios.map(
    (s, i): PartialScenario => ({ name: s.name, localName: s.localName ?? s.name, file: s.file ?? 0, workload: s.workload, resources: compiled[i]!.resources }),
  );
  return {
    command: input.command,
    options: input.options ?? {},
    seed,
    replications,
    files: input.files,
    scenarios: partialScenarios,
    shard,
    jobs: { start, end, total: jobs.length },
    ...(jobList === undefined ? {} : { jobList }),
    results,
    workers,
    notes: options.pool === undefined ? workerNotes(options.workers) : [],
  };
}
