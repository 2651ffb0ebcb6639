/**
 * `avsim whatif` as a library call: the candidate changes of one scenario, each
 * simulated on common random numbers against it (the same seed and replication
 * indices), ranked by the paired change in busy-hour Edge sessions (docs/whatif.md).
 *
 * Its work is a sequence of batches, each a plain job list (scenario x replication, as
 * `runScenarios` plans them, scenario 0 being the baseline), run one after another on
 * one worker pool, each worker caching each scenario's compilation:
 * 1. the baseline's first batch, which also counts its calls by pair of sites (to tell
 *    which pairs of sites call each other, and to keep the busiest when there are many)
 *    and chooses each Edge's busy hour;
 * 2. every candidate's first batch (the same replication indices);
 * 3. with `precision`, further batches for the candidates whose rank is unresolved
 *    (whatif/ranking.ts), and the baseline's same replications, until none is or the cap.
 * A batch depends only on the batches before it, never on timing or the worker count,
 * so the answer is the same bytes on any machine. Every batch goes through one runner
 * (`runBatch`: the pool by default), so that a whatif spread over machines can take each
 * batch as a round of partial results instead (whatif/whatif-rounds.ts).
 */
import { checkInteger, OptionError } from '../errors.js';
import { checkWorkBudget } from '../analysis/budget.js';
import { precisionPlan } from '../analysis/precision.js';
import type { PrecisionOptions, PrecisionPlan } from '../analysis/precision.js';
import { CALLS_PER_TASK, expectedCalls, planJobRange, runSettings, workersForRun } from '../analysis/run.js';
import type { Scenario } from '../analysis/run.js';
import { compileWorkload } from '../model/compiled.js';
import type { ReplicationJob } from '../model/replication.js';
import { WorkerPool } from '../parallel/pool.js';
import type { PoolOptions } from '../parallel/pool.js';
import type { ReplicationResult, ResourceInfo } from '../results/types.js';
import type { Workload } from '../workload/schema.js';
import { summarize } from '../results/summarize.js';
import { meanInterval, ratioInterval } from '../stats/interval.js';
import type { MeanInterval, RatioInterval } from '../stats/interval.js';
import { WorkloadError } from '../workload/errors.js';
import { applyChange } from './apply.js';
import { baselineTraffic } from './baseline-traffic.js';
import { mostChanges, proposeChanges } from './generate.js';
import { CHANGE_KINDS } from './kinds.js';
import type { Candidate, ChangeKind } from './kinds.js';
import { bottleneckEdge, edgeBusyHours, replicationMeasures } from './measures.js';
import type { EdgeBusyHour, ReplicationMeasures } from './measures.js';
import { candidateFigures, nextBatch, rankOrder, rankResolution, resolvedFromZero } from './ranking.js';
import type { CandidateFigures } from './ranking.js';

/** Options of {@link whatif}. */
export interface WhatifOptions extends Omit<PoolOptions, 'scenarioNames'>, PrecisionOptions {
  /** Overrides the workload's seed. */
  readonly seed?: number;
  /** Replications of the first batch (each candidate's, and the baseline's); overrides `simulation.replications`. */
  readonly replications?: number;
  /** Runs on these workers instead of a pool of its own. */
  readonly pool?: WorkerPool;
  /**
   * The kinds of change to propose.
   * @default every kind, unless `candidates` are given (then none)
   */
  readonly kinds?: readonly ChangeKind[];
  /** The user's own candidates (whatif/candidate-file.ts), run after the proposed ones. */
  readonly candidates?: readonly Candidate[];
  /**
   * How many of the ranking matter: the table and the report show these, and with
   * `precision` only their ranks (and the boundary below them) get more replications.
   * @default every candidate
   */
  readonly top?: number;
  /** Names the workload file in messages about a proposed change. @default "workload" */
  readonly file?: string;
  /** Called before each batch runs (e.g. to start a progress bar over its jobs). */
  readonly onBatch?: (batch: WhatifBatch) => void;
  /**
   * Runs one batch's jobs. A sharded whatif gives its own, which reads the batch from
   * partial results or runs a slice of it (whatif/whatif-rounds.ts); no pool is then
   * started here unless `pool` is given.
   * @default the jobs run on `pool`, or on a pool of whatif's own
   */
  readonly runBatch?: WhatifBatchRunner;
  /** The shard count n of a sharded whatif, for its work budget (each shard is held to the calls limit, and writes a partial). @default not sharded */
  readonly shards?: number;
}

/** One batch's work, as its runner gets it. */
export interface WhatifRound {
  /** As {@link WhatifBatch.round}: 0 for the baseline's first batch. */
  readonly round: number;
  /**
   * What the jobs' scenario indices refer to: the baseline alone in round 0, then the
   * baseline and every candidate (a precision round runs only some of them).
   */
  readonly scenarios: readonly Scenario[];
  /** Not a full scenario x replication grid: each scenario's replications from..to, in order. */
  readonly jobs: readonly ReplicationJob[];
}

/** Runs one batch of a whatif; resolves with every job's result in the order of the jobs given. */
export type WhatifBatchRunner = (round: WhatifRound) => Promise<readonly ReplicationResult[]>;

/** A batch about to run. */
export interface WhatifBatch {
  /** 0: the baseline's first batch; 1: every candidate's first batch; then the precision rounds. */
  readonly round: number;
  /** Candidates in the batch. */
  readonly candidates: number;
  readonly jobs: number;
}

/** One candidate's outcome. */
export interface CandidateOutcome extends CandidateFigures {
  readonly candidate: Candidate;
  /** 1 for the largest reduction in busy-hour Edge sessions. */
  readonly rank: number;
  /** Replications it ran (0..n-1, paired with the baseline's). */
  readonly replications: number;
  /** The Edge change's 95% interval excludes zero. */
  readonly edgeResolved: boolean;
  /** Its interval is disjoint from its neighbours' in the ranking. */
  readonly rankResolved: boolean;
}

/** The baseline's own figures, over its replications. */
export interface BaselineFigures {
  readonly replications: number;
  readonly edgeSessions: MeanInterval;
  readonly edgeBlocking: RatioInterval;
  readonly failedShare: RatioInterval;
  readonly noQosShare: RatioInterval;
}

/** What a precision whatif did. */
export interface WhatifPrecision extends PrecisionPlan {
  /** Candidates given each batch after the first, in order. */
  readonly rounds: readonly number[];
  /** Candidates still unresolved when the cap stopped them (0: every rank that matters resolved or within precision). */
  readonly unresolved: number;
}

/** Everything a whatif produces before it is written. */
export interface WhatifOutput {
  readonly baseline: Scenario;
  readonly seed: number;
  /** Replications of the first batch. */
  readonly replications: number;
  readonly busyHours: readonly EdgeBusyHour[];
  /** The Edge whose busy-hour blocking the blocking change is of (see whatif/measures.ts). */
  readonly bottleneck: string | undefined;
  readonly baselineFigures: BaselineFigures;
  /** In rank order. */
  readonly outcomes: readonly CandidateOutcome[];
  /** How many of the ranking the table and report show. */
  readonly top: number;
  readonly notes: readonly string[];
  readonly precision?: WhatifPrecision;
  readonly wallSeconds: number;
  /** Worker threads of the pool the batches ran on (0 when `runBatch` ran them elsewhere). */
  readonly workers: number;
}

/** The settings a whatif runs with. */
export interface WhatifSettings {
  readonly seed: number;
  /** Replications of the first batch. */
  readonly first: number;
  readonly kinds: readonly ChangeKind[];
  readonly user: readonly Candidate[];
  /** The most candidates the whatif may have. */
  readonly most: number;
  readonly plan: PrecisionPlan | undefined;
  /**
   * What the work budget is checked against, at `plan.cap` (else `first`) replications:
   * the baseline and the user's candidates, and the most proposed changes there may be,
   * each as large as the baseline (a proposed change never adds calls).
   */
  readonly workloads: readonly Workload[];
}

/**
 * The settings a whatif runs with, each checked, before any work: the library's one
 * place for these rules. The work budget is the caller's to check (whatif checks it).
 *
 * @throws OptionError when an option is out of range.
 */
export function whatifSettings(baseline: Scenario, options: WhatifOptions): WhatifSettings {
  const { seed, replications: first } = runSettings(baseline, options);
  if (options.top !== undefined) checkInteger('top', options.top, 1);
  const user = options.candidates ?? [];
  const kinds = options.kinds ?? (options.candidates === undefined ? CHANGE_KINDS : []);
  for (const kind of kinds) if (!(CHANGE_KINDS as readonly string[]).includes(kind)) throw new OptionError('kinds', `unknown kind "${String(kind)}" (known: ${CHANGE_KINDS.join(', ')})`);
  const most = mostChanges(baseline.workload, kinds) + user.length;
  const workloads = [baseline.workload, ...user.map((c) => c.workload), ...Array.from({ length: most - user.length }, () => baseline.workload)];
  const plan = precisionPlan(workloads, first, options);
  return { seed, first, kinds, user, most, plan, workloads };
}

/**
 * The workers of a whatif's own pool, by `run`'s rule ({@link workersForRun}) for its
 * largest batch: the baseline and `most` candidates at `first` replications each; or, for
 * a shard of `shards` (1 included), its one pool for every round, sized for its share of
 * the largest round, the candidates' (the baseline's batch is smaller).
 *
 * @param perReplication - Calls one replication of the baseline is expected to simulate.
 */
export function whatifWorkers(perReplication: number, first: number, most: number, workers: number | undefined, shards?: number): number {
  const jobs = shards === undefined ? (1 + most) * first : Math.ceil((most * first) / shards);
  return workersForRun(jobs, jobs * perReplication, workers);
}

/**
 * Proposes the candidate changes of `baseline`, simulates them on common random numbers
 * and ranks them.
 *
 * @throws OptionError when an option is out of range; AvsimError of kind `budget` when
 *   the whatif (every candidate at the cap) is too large; WorkloadError when a proposed
 *   change does not validate; the pool's errors (ReplicationError, InterruptedError).
 */
export async function whatif(baseline: Scenario, options: WhatifOptions = {}): Promise<WhatifOutput> {
  const started = performance.now();
  const { seed, first, kinds, user, most, plan, workloads } = whatifSettings(baseline, options);
  checkWorkBudget(workloads, plan?.cap ?? first, options.shards);
  const baseCompiled = compileWorkload(baseline.workload);
  const perReplication = expectedCalls([baseCompiled], 1);
  // A runner given runs the batches where it likes: no pool of whatif's own then.
  const own = options.pool === undefined && options.runBatch === undefined;
  const workers = options.pool?.workers ?? (own ? whatifWorkers(perReplication, first, most, options.workers) : 0);
  const pool = options.pool ?? (own ? new WorkerPool(workers) : undefined);
  const { signal, onProgress } = options;
  const maxJobsPerTask = Math.max(1, Math.floor(CALLS_PER_TASK / Math.max(1, perReplication)));
  const onPool: WhatifBatchRunner = (batch) =>
    pool!.run(batch.jobs, {
      maxJobsPerTask,
      scenarioNames: batch.scenarios.map((s) => s.name),
      ...(signal === undefined ? {} : { signal }),
      ...(onProgress === undefined ? {} : { onProgress }),
    });
  const runBatch = options.runBatch ?? onPool;
  try {
    // 1. The baseline's first batch: its busy hours, and who calls whom.
    const baseJobs = planJobRange([baseline], seed, 0, first, { pairPaths: kinds.length > 0 });
    options.onBatch?.({ round: 0, candidates: 0, jobs: baseJobs.length });
    const baseResults = await runBatch({ round: 0, scenarios: [baseline], jobs: baseJobs });
    const baseSummary = summarize([baseline.name], baseCompiled.resources, baseResults).summary;
    const traffic = baselineTraffic(kinds.length > 0 ? baseResults : [], baseline.workload.deployment.sites.length, baseSummary);
    const proposal = proposeChanges(baseline.workload, kinds, traffic);
    const candidates = [...proposal.changes.map((c) => proposed(baseline, c, options.file ?? 'workload')), ...user];
    const scenarios: Scenario[] = [baseline, ...candidates.map((c) => ({ name: c.name, workload: c.workload }))];
    const resources: (readonly ResourceInfo[])[] = [baseCompiled.resources, ...candidates.map((c) => compileWorkload(c.workload).resources)];
    const busy = edgeBusyHours(baseCompiled.resources, baseResults);
    const bottleneck = bottleneckEdge(baseSummary);
    const points = { busy: new Map(busy.map((b) => [b.resource, b])), bottleneck };
    // Per scenario, its measures by replication index (only these are kept, not the results).
    const measures: ReplicationMeasures[][] = scenarios.map(() => []);
    for (const r of baseResults) measures[0]![r.replication] = replicationMeasures(r, resources[0]!, points);

    // 2. and 3. Batches of candidates, each with the baseline's replications they pair with.
    const done = candidates.map(() => 0);
    const rounds: number[] = [];
    let chosen = candidates.map((_, c) => c);
    let figures: CandidateFigures[] = [];
    for (let round = 1; chosen.length > 0; round++) {
      const step = round === 1 ? first : plan!.batch;
      const targets = new Map(chosen.map((c) => [c, Math.min(plan?.cap ?? first, done[c]! + step)]));
      const jobs: ReplicationJob[] = [];
      const baseTo = Math.max(...targets.values());
      if (baseTo > measures[0]!.length) jobs.push(...planJobRange([baseline], seed, measures[0]!.length, baseTo));
      for (const [c, to] of targets) jobs.push(...planJobRange([scenarios[c + 1]!], seed, done[c]!, to).map((job) => ({ ...job, scenario: c + 1 })));
      options.onBatch?.({ round, candidates: chosen.length, jobs: jobs.length });
      for (const r of await runBatch({ round, scenarios, jobs })) measures[r.scenario]![r.replication] = replicationMeasures(r, resources[r.scenario]!, points);
      for (const [c, to] of targets) done[c] = to;
      if (round > 1) rounds.push(chosen.length);
      figures = candidates.map((_, c) => candidateFigures(measures[c + 1]!, measures[0]!));
      chosen = plan === undefined ? [] : nextBatch(figures.map((f) => f.edge), done, plan, options.top ?? candidates.length, figures.map((f) => f.failed.delta));
    }

    const edge = figures.map((f) => f.edge);
    const order = rankOrder(edge, figures.map((f) => f.failed.delta));
    const rankResolved = rankResolution(order, edge);
    const outcomes: CandidateOutcome[] = order.map((c, k) => ({
      ...figures[c]!,
      candidate: candidates[c]!,
      rank: k + 1,
      replications: done[c]!,
      edgeResolved: resolvedFromZero(figures[c]!.edge),
      rankResolved: rankResolved[c]!,
    }));
    const top = Math.min(options.top ?? candidates.length, candidates.length);
    const unresolved = plan === undefined ? 0 : nextBatchAtCap(figures, done, plan, top);
    // Nothing of the machine here (a worker count capped at the cores is the caller's to
    // say): the notes are in the report, whose bytes do not depend on --workers.
    const notes = [
      ...proposal.notes,
      ...(candidates.length === 0 ? ['no candidate change: nothing in the workload for the kinds asked (docs/whatif.md, Candidate kinds)'] : []),
      ...(plan === undefined || candidates.length === 0 ? [] : [precisionWords(plan, rounds, done, unresolved, top)]),
    ];
    return {
      baseline,
      seed,
      replications: first,
      busyHours: busy,
      bottleneck,
      baselineFigures: baselineFigures(measures[0]!),
      outcomes,
      top,
      notes,
      ...(plan === undefined ? {} : { precision: { ...plan, rounds, unresolved } }),
      wallSeconds: (performance.now() - started) / 1000,
      workers,
    };
  } finally {
    if (own) await pool!.close();
  }
}

/** A proposed change applied; one that does not validate is a fault of whatif's, named with the candidate. */
function proposed(baseline: Scenario, change: Parameters<typeof applyChange>[1], file: string): Candidate {
  try {
    return applyChange(baseline.workload, change, file);
  } catch (thrown) {
    if (!(thrown instanceof WorkloadError)) throw thrown;
    throw new WorkloadError(file, thrown.problems.map((p) => `whatif candidate "${change.name}": ${p}`));
  }
}

/** Candidates that would still get a batch but stand at the cap: their rank is unresolved at the precision asked. */
function nextBatchAtCap(figures: readonly CandidateFigures[], done: readonly number[], plan: PrecisionPlan, top: number): number {
  // With no cap in the way, who would go on: those are the ones the cap stopped.
  return nextBatch(
    figures.map((f) => f.edge),
    done.map(() => 0),
    { precision: plan.precision, cap: 1 },
    top,
    figures.map((f) => f.failed.delta),
  ).filter((c) => done[c]! >= plan.cap).length;
}

/** The note of a precision whatif. */
function precisionWords(plan: PrecisionPlan, rounds: readonly number[], done: readonly number[], unresolved: number, top: number): string {
  const percent = `${Number((plan.precision * 100).toPrecision(3))}%`;
  const most = Math.max(...done);
  const spent = rounds.length === 0 ? 'no candidate needed more than the first batch' : `${rounds.length} more batch${rounds.length === 1 ? '' : 'es'} of ${plan.batch} for ${rounds.join(', ')} candidates; at most ${most} replications`;
  const ranks = top < done.length ? `the top ${top} ranks` : 'every rank';
  return unresolved === 0
    ? `--precision ${plan.precision}: ${spent}; ${ranks} resolved (intervals apart) or tied within ${percent}`
    : `--precision ${plan.precision}: ${spent}; ${unresolved} candidate${unresolved === 1 ? '' : 's'} stopped at the cap of ${plan.cap} with ${ranks === 'every rank' ? 'its rank' : 'a rank that matters'} unresolved; --max-replications raises the cap`;
}

/** The baseline's level of each measure. */
function baselineFigures(m: readonly ReplicationMeasures[]): BaselineFigures {
  const unit = { clampUnit: true } as const;
  return {
    replications: m.length,
    edgeSessions: meanInterval(m.map((x) => x.edgeSessions)),
    edgeBlocking: ratioInterval(m.map((x) => x.edgeBlocked), m.map((x) => x.edgeOffered), unit),
    failedShare: ratioInterval(m.map((x) => x.failedCalls), m.map((x) => x.calls), unit),
    noQosShare: ratioInterval(m.map((x) => x.relayedMinutes), m.map((x) => x.mediaMinutes), unit),
  };
}
