/**
 * What the theory tests share: in-process runs of a workload (compile once, run the
 * replications, summarise), and tolerances at a 1-in-1000 false-alarm rate per
 * assertion: the two-sided normal quantile for binomial and compound-Poisson counts
 * whose variance is known exactly, and the Student-t widening of a run's own 95%
 * interval (see pure-loss.ts's halfWidth999).
 */
import { compileWorkload } from '../../src/model/compiled.js';
import type { CompiledWorkload } from '../../src/model/compiled.js';
import { runReplication } from '../../src/model/replication.js';
import { summarize } from '../../src/results/summarize.js';
import type { ReplicationResult, RunSummary, SummaryRow } from '../../src/results/types.js';
import { regularizedGammaQ } from '../../src/stats/incomplete-gamma.js';
import { normalQuantile } from '../../src/stats/normal.js';
import { parseWorkloadValue } from '../../src/workload/load.js';
import type { Workload, WorkloadInput } from '../../src/workload/schema.js';

/** z such that P(|Z| > z) = 1/1000 for a standard normal Z: 3.2905. */
export const Z999 = normalQuantile(0.9995);

/** Half-width at 1-in-1000 of a Binomial(n, p) count around n·p (normal approximation, n·p·(1-p) large). */
export function binomialTolerance(n: number, p: number): number {
  return Z999 * Math.sqrt(n * p * (1 - p));
}

/**
 * The counts a Poisson(mean) variable takes but for a 1-in-1000 chance, exactly: the
 * largest `low` with P(X < low) <= 0.0005 and the smallest `high` with P(X > high) <= 0.0005.
 */
export function poissonAcceptance(mean: number): { low: number; high: number } {
  const atMost = (k: number): number => (k < 0 ? 0 : regularizedGammaQ(k + 1, mean)); // P(X <= k)
  let low = Math.max(0, Math.floor(mean - 8 * Math.sqrt(mean) - 8));
  while (atMost(low) <= 0.0005) low++; // now P(X < low) <= 0.0005 < P(X <= low)
  let high = Math.ceil(mean);
  while (1 - atMost(high) > 0.0005) high++;
  return { low, high };
}

/** A workload's run, in-process: its compilation, every replication's result and the summary. */
export interface Run {
  readonly workload: Workload;
  readonly compiled: CompiledWorkload;
  readonly results: ReplicationResult[];
  readonly summary: RunSummary;
  /** The summary row of a resource (`edge:edge`, `mcu:pool`, `ports:hq`). */
  row(resource: string): SummaryRow;
  /** The index of a resource in each result's `resources`. */
  index(resource: string): number;
}

/**
 * Loads `input` as a workload file is loaded (defaults filled, every check of
 * validate.ts passed), then runs `simulation.replications` replications with `seed`
 * (else the workload's).
 */
export function simulate(input: WorkloadInput, seed?: number): Run {
  return simulateWorkload(loadInput(input), seed);
}

/** A workload from its input, validated as a file would be. */
export function loadInput(input: WorkloadInput): Workload {
  return parseWorkloadValue(input, `${input.name}.yaml`);
}

/** Runs a parsed workload's replications in-process, in job order. */
export function simulateWorkload(workload: Workload, seed: number = workload.seed): Run {
  const compiled = compileWorkload(workload);
  const results = Array.from({ length: workload.simulation.replications }, (_, replication) =>
    runReplication({ workload, scenario: 0, replication, seed }, compiled),
  );
  const summary = summarize(['baseline'], compiled.resources, results);
  const index = (resource: string): number => {
    const i = compiled.resources.findIndex((r) => r.id === resource);
    if (i < 0) throw new Error(`no resource ${resource} (known: ${compiled.resources.map((r) => r.id).join(', ')})`);
    return i;
  };
  return {
    workload,
    compiled,
    results,
    summary,
    index,
    row: (resource) => summary.summary[index(resource)]!,
  };
}

/** No calls of any kind unless given: the theory tests switch on only what they measure. */
export const NO_CALLS = { peerAudio: 0, peerVideo: 0, conference: 0, liveMeeting: 0 } as const;
