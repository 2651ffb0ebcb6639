/**
 * `avsim whatif` spread over machines, round by round (docs/sharding.md, Whatif; the
 * rounds themselves: analysis/rounds.ts).
 *
 * A whatif's batches depend on the ones before: the candidates are proposed from the
 * baseline's first batch (its busy hours, who calls whom), and with precision each
 * further batch from the figures so far. So each batch is a round instead, from 1 (the
 * baseline's first batch; whatif numbers its batches from 0), run as a sharded job list
 * (analysis/shard-run.ts, runJobListShard), its partials
 * `<workload>.whatif.round-<k>.shard-<i>-of-<n>.avsim-partial.json`. A shard replays the
 * whatif through its batch runner; `avsim merge` of the rounds replays it once more and
 * writes whatif.csv and report.html, the bytes of `avsim whatif` on one machine.
 *
 * `--precision` is not sharded (the CLI refuses it with `--shard`, as run's and
 * compare's), so a sharded whatif has two rounds: the baseline's batch and every
 * candidate's; the mechanism takes any number.
 */
import type { PartialFile } from '../analysis/merge.js';
import { inputHash, jobBlocks, PartialError, workloadHash } from '../analysis/partial.js';
import type { PartialContent } from '../analysis/partial.js';
import { byRound, mergedRound, noRoundBeyond, replayRounds, shardRound, sharedSpec } from '../analysis/rounds.js';
import type { RoundOutcome, RoundStore, RoundWait, RoundWords } from '../analysis/rounds.js';
import type { RunOptions, Scenario } from '../analysis/run.js';
import type { Shard } from '../analysis/shard.js';
import { runJobListShard } from '../analysis/shard-run.js';
import type { JobListInput } from '../analysis/shard-run.js';
import { OptionError } from '../errors.js';
import type { Workload } from '../workload/schema.js';
import type { Candidate, CandidateKind, ChangeKind, JsonPatch } from './kinds.js';
import { whatif, whatifSettings } from './whatif.js';
import type { WhatifBatchRunner, WhatifOptions, WhatifOutput, WhatifRound } from './whatif.js';

/** How the merge names a whatif's rounds. */
const WORDS: RoundWords = { work: 'the whatif', kind: 'whatif', section: 'Whatif' };

/** What decides a whatif's rounds (every shard and the merge give the same). */
export interface WhatifSpec {
  readonly baseline: Scenario;
  /** The workload file, as given (messages only). */
  readonly file: string;
  readonly seed: number;
  /** Replications of the first batch. */
  readonly replications: number;
  /** The kinds proposed. */
  readonly kinds: readonly ChangeKind[];
  /** The user's own candidates (`--changes-file`), each with its workload. */
  readonly candidates: readonly Candidate[];
  /** How many of the ranking the table and report show. @default every candidate */
  readonly top?: number;
}

/**
 * Settles a whatif's spec from its options, checked as `whatif` checks them.
 *
 * @throws OptionError when an option is out of range, or precision is asked for (its
 *   batches are decided on every replication so far: not sharded).
 */
export function whatifSpec(baseline: Scenario, file: string, options: WhatifOptions): WhatifSpec {
  const { seed, first, kinds, user, plan } = whatifSettings(baseline, options);
  if (plan !== undefined) throw new OptionError('precision', 'cannot run in shards: give --replications instead');
  return { baseline, file, seed, replications: first, kinds, candidates: user, ...(options.top === undefined ? {} : { top: options.top }) };
}

/** The options a round's partial carries: the whatif's (the merge rebuilds it from them) and the round. */
function roundOptions(spec: WhatifSpec, round: number): Record<string, unknown> {
  return {
    round,
    scenario: spec.baseline.name,
    workload: spec.baseline.workload,
    kinds: [...spec.kinds],
    candidates: spec.candidates.map((c) => ({ name: c.name, kind: c.kind, description: c.description, patch: c.patch, workload: c.workload })),
    ...(spec.top === undefined ? {} : { top: spec.top }),
  };
}

/** Round `round`'s job list as a shard runs it. */
function roundInput(spec: WhatifSpec, round: number, batch: WhatifRound): JobListInput {
  return { command: 'whatif', options: roundOptions(spec, round), files: [spec.file], scenarios: batch.scenarios, jobs: batch.jobs, seed: spec.seed, replications: spec.replications };
}

/** The input hash of round `round`'s partials (no results needed). */
function roundHash(spec: WhatifSpec, round: number, batch: WhatifRound): string {
  const header: Pick<PartialContent, 'command' | 'options' | 'seed' | 'replications' | 'scenarios' | 'jobList'> = {
    command: 'whatif',
    options: roundOptions(spec, round),
    seed: spec.seed,
    replications: spec.replications,
    scenarios: batch.scenarios.map((s) => ({ ...s, localName: s.name, file: 0, resources: [] })),
    jobList: jobBlocks(batch.jobs),
  };
  return inputHash(header);
}

/** The whatif's own options from its spec, with the batch runner of a shard or of the merge. */
function whatifOptionsOf(spec: WhatifSpec, runBatch: WhatifBatchRunner, shards: number): WhatifOptions {
  return {
    shards,
    seed: spec.seed,
    replications: spec.replications,
    kinds: spec.kinds,
    candidates: spec.candidates,
    file: spec.file,
    ...(spec.top === undefined ? {} : { top: spec.top }),
    runBatch,
  };
}

/**
 * Runs shard `shard` of a whatif: replays it over the rounds in `store`, and runs and
 * writes its slice of the first round not complete (see the module comment); with
 * `wait`, of every round from there to the last, waiting for the other shards between
 * them (analysis/rounds.ts: give it `options.pool`, or each round starts a pool).
 *
 * @param avsimVersion - Partials of another version count as absent (and are rewritten).
 * @throws AvsimError of kind `budget` when the whatif is too large for its shards (each
 *   held to one machine's calls; its merge holds every result, as one machine would),
 *   of kind `timeout` when a wait runs out; the pool's errors.
 */
export async function whatifShard(
  spec: WhatifSpec,
  shard: Shard,
  store: RoundStore,
  avsimVersion: string,
  options: Pick<RunOptions, 'workers' | 'pool' | 'signal' | 'onProgress'> = {},
  wait?: RoundWait,
): Promise<RoundOutcome> {
  let last = 0;
  const runBatch: WhatifBatchRunner = async (batch) => {
    const round = batch.round + 1;
    last = round;
    const run = () => runJobListShard(roundInput(spec, round, batch), shard, options);
    // Without precision (never sharded) the candidates' batch, whatif's batch 1, is its last.
    return (await shardRound(round, roundHash(spec, round, batch), shard, store, avsimVersion, run, batch.round >= 1, wait)).results;
  };
  return replayRounds(
    () => whatif(spec.baseline, whatifOptionsOf(spec, runBatch, shard.count)),
    () => last,
  );
}

/** The whatif a whatif partial belongs to, read from its options. */
export function specOfPartial(file: PartialFile): WhatifSpec {
  const { options, seed, replications, files } = file.partial;
  const bad = (field: string): PartialError => new PartialError(`${file.file} is corrupt (options.${field}: not a whatif's); run its shard again`);
  const { scenario, workload, kinds, candidates, top } = options;
  if (typeof scenario !== 'string') throw bad('scenario');
  if (!isObject(workload)) throw bad('workload');
  if (!Array.isArray(kinds) || !kinds.every((k) => typeof k === 'string')) throw bad('kinds');
  if (!Array.isArray(candidates)) throw bad('candidates');
  if (top !== undefined && typeof top !== 'number') throw bad('top');
  const user = candidates.map((c, i): Candidate => {
    if (!isObject(c) || typeof c['name'] !== 'string' || typeof c['kind'] !== 'string' || typeof c['description'] !== 'string' || !isObject(c['patch']) || !isObject(c['workload'])) {
      throw bad(`candidates[${i}]`);
    }
    return { name: c['name'], kind: c['kind'] as CandidateKind, description: c['description'], patch: c['patch'] as JsonPatch, workload: c['workload'] as unknown as Workload };
  });
  return {
    baseline: { name: scenario, workload: workload as unknown as Workload },
    file: files[0] ?? '',
    seed,
    replications,
    kinds: kinds as ChangeKind[],
    candidates: user,
    ...(top === undefined ? {} : { top }),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Why whatif partial `other` belongs to another whatif than `reference`, in words. */
function whatifDifference(other: WhatifSpec, reference: WhatifSpec): string | undefined {
  if (other.baseline.name !== reference.baseline.name) return `its baseline is scenario "${other.baseline.name}", not "${reference.baseline.name}"`;
  if (workloadHash(other.baseline.workload) !== workloadHash(reference.baseline.workload)) return 'its workload hash differs';
  if (other.seed !== reference.seed) return `its seed differs: ${other.seed} here, ${reference.seed}`;
  if (other.replications !== reference.replications) return `its replication count differs: ${other.replications} here, ${reference.replications}`;
  if (other.kinds.join(',') !== reference.kinds.join(',')) return `its --changes differ: ${other.kinds.join(',') || 'none'} here, ${reference.kinds.join(',') || 'none'}`;
  const names = (s: WhatifSpec): string => s.candidates.map((c) => c.name).join(', ') || 'none';
  if (names(other) !== names(reference)) return `its --changes-file candidates differ: ${names(other)} here, ${names(reference)}`;
  const changed = other.candidates.findIndex((c, i) => JSON.stringify(c.patch) !== JSON.stringify(reference.candidates[i]!.patch) || c.description !== reference.candidates[i]!.description || workloadHash(c.workload) !== workloadHash(reference.candidates[i]!.workload));
  if (changed >= 0) return `its --changes-file candidate "${other.candidates[changed]!.name}" differs`;
  if (other.top !== reference.top) return `its --top differs: ${other.top ?? 'none'} here, ${reference.top ?? 'none'}`;
  return undefined;
}

/**
 * The whatif from every round's partials: each round checked as a merge checks a run,
 * then the whatif replayed over them.
 *
 * @throws PartialError naming the files that belong to another whatif (or command), a
 *   round that is incomplete or missing, or rounds beyond the whatif's end.
 */
export async function mergeWhatifRounds(partials: readonly PartialFile[], avsimVersion: string): Promise<{ spec: WhatifSpec; output: WhatifOutput }> {
  const reference = sharedSpec(partials, 'whatif', WORDS, specOfPartial, whatifDifference);
  const rounds = byRound(partials);
  let last = 0;
  const runBatch: WhatifBatchRunner = async (batch) => {
    const round = batch.round + 1;
    last = round;
    const asked = () => `the jobs the whatif asks for there (${batch.scenarios.length - 1} candidates and the baseline, ${batch.jobs.length} jobs)`;
    return mergedRound(rounds, round, roundHash(reference, round, batch), asked, WORDS, avsimVersion).results;
  };
  // whatif checks the work budget before the first round, as its shards did.
  const output = await whatif(reference.baseline, whatifOptionsOf(reference, runBatch, partials[0]!.partial.shard.count));
  noRoundBeyond(rounds, last, WORDS);
  return { spec: reference, output };
}
