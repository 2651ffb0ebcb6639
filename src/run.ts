/**
 * `avsim run` as a library call: plan jobs (scenario x replication), run them on the
 * worker pool, merge in job order, summarise. Writing files is the caller's choice
 * (see {@link writeRun}), so a run can also serve tests and other tools.
 */
import { runJobs } from './parallel/pool.js';
import type { PoolOptions } from './parallel/pool.js';
import type { ReplicationJob } from './model/replication.js';
import { compileWorkload, workloadKey } from './model/compiled.js';
import { summarize } from './stats/summarize.js';
import type { ReplicationResult, ResourceInfo } from './stats/types.js';
import type { Workload } from './workload/schema.js';

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
}

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
}

/** The jobs of a run: every scenario x replication, scenario-major. */
export function planJobs(scenarios: readonly Scenario[], seed: number, replications: number): ReplicationJob[] {
  const jobs: ReplicationJob[] = [];
  scenarios.forEach((s, scenario) => {
    const compileKey = workloadKey(s.workload);
    for (let replication = 0; replication < replications; replication++) {
      jobs.push({ workload: s.workload, scenario, replication, seed, compileKey });
    }
  });
  return jobs;
}

/** Runs every scenario's replications and summarises them. */
export async function runScenarios(scenarios: readonly Scenario[], options: RunOptions = {}): Promise<RunOutput> {
  const base = scenarios[0];
  if (!base) throw new Error('a run needs at least one scenario');
  const seed = options.seed ?? base.workload.seed;
  const replications = options.replications ?? base.workload.simulation.replications;
  const started = performance.now();
  const jobs = planJobs(scenarios, seed, replications);
  const results = await runJobs(jobs, { ...options, scenarioNames: scenarios.map((s) => s.name) });
  const resources = scenarios.map((s) => compileWorkload(s.workload).resources);
  const summary = summarize(
    scenarios.map((s) => s.name),
    resources,
    results,
  );
  return { scenarios, seed, replications, resources, results, summary, wallSeconds: (performance.now() - started) / 1000 };
}
