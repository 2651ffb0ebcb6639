/**
 * `avsim size` spread over machines, round by round (docs/sharding.md, Sizing; the
 * rounds themselves: analysis/rounds.ts).
 *
 * A sizing is a search: each batch of candidates (the unlimited run, then two to four
 * server counts at a time) is chosen from the results of the batches before it, so its
 * batches cannot all be cut into shards up front. Each batch is a round instead, from 1,
 * run as a sharded run of its candidates (every scenario x replication), its partials
 * `<workload>.size.round-<k>.shard-<i>-of-<n>.avsim-partial.json`. A shard replays the
 * search through `size`'s batch runner, and `avsim merge` of the rounds replays it once
 * more and writes sizing.csv and report.html, the same bytes as `avsim size` on one
 * machine. So a driver runs all n shards, again and again, until they say `complete`
 * (examples/size-sharded.sh), one round per pass.
 */
import { summarize } from '../results/summarize.js';
import type { Workload } from '../workload/schema.js';
import type { MergedRun, PartialFile } from './merge.js';
import { inputHash, PartialError, workloadHash } from './partial.js';
import type { PartialContent } from './partial.js';
import { byRound, mergedRound, noRoundBeyond, replayRounds, shardRound, sharedSpec } from './rounds.js';
import type { RoundOutcome, RoundStore, RoundWait, RoundWords } from './rounds.js';
import type { RunOptions, Scenario } from './run.js';
import type { Shard } from './shard.js';
import { runShard } from './shard-run.js';
import { checkSizeOptions, size } from './size.js';
import type { BatchOutput, BatchRunner, Redundancy, SizeOptions, SizeOutput, SizingPeriod } from './size.js';

/** How the merge names a sizing's rounds. */
const WORDS: RoundWords = { work: 'the search', kind: 'sizing', section: 'Sizing' };

/** What decides a sizing's rounds: its scenario and settings (every shard and the merge give the same). */
export interface SizingSpec {
  readonly scenario: Scenario;
  /** The workload file, as given (messages only). */
  readonly file: string;
  readonly target: number;
  readonly over: SizingPeriod;
  readonly redundancy: Redundancy;
  /** The resource ids sized, in order. */
  readonly resources: readonly string[];
  readonly seed: number;
  readonly replications: number;
}

/** Settles a sizing's spec from its options, checked as `size` checks them. */
export function sizingSpec(scenario: Scenario, file: string, options: SizeOptions): SizingSpec {
  const { target, seed, replications, targets, over, redundancy } = checkSizeOptions(scenario, options);
  return { scenario, file, target, over, redundancy, resources: targets.map((t) => t.resource), seed, replications };
}

/** The options a round's partial carries: the sizing's (the merge rebuilds it from them) and the round. */
function roundOptions(spec: SizingSpec, round: number): Record<string, unknown> {
  return {
    round,
    target: spec.target,
    over: spec.over,
    redundancy: spec.redundancy,
    resources: [...spec.resources],
    scenario: spec.scenario.name,
    workload: spec.scenario.workload,
  };
}

/** The content header of round `round`'s partials for these candidates (no results: for the input hash). */
function roundInputs(spec: SizingSpec, round: number, scenarios: readonly Scenario[]): Pick<PartialContent, 'command' | 'options' | 'seed' | 'replications' | 'scenarios'> {
  return {
    command: 'size',
    options: roundOptions(spec, round),
    seed: spec.seed,
    replications: spec.replications,
    scenarios: scenarios.map((s) => ({ ...s, localName: s.name, file: 0, resources: [] })),
  };
}

/** A round's results as the search reads them. */
function batchOf(merged: MergedRun): BatchOutput {
  return {
    scenarios: merged.scenarios,
    summary: summarize(
      merged.scenarios.map((s) => s.name),
      merged.scenarios.map((s) => s.resources),
      merged.results,
    ),
  };
}

/**
 * Runs shard `shard` of a sizing: replays the search over the rounds in `store`, and runs
 * and writes its slice of the first round not complete (see the module comment); with
 * `wait`, of every round from there to the search's end, waiting for the other shards
 * between them (analysis/rounds.ts: give it `options.pool`, or each round starts a pool).
 *
 * @param avsimVersion - Partials of another version count as absent (and are rewritten).
 * @throws AvsimError of kind `timeout` when a wait runs out; as runShard does.
 */
export async function sizeShard(spec: SizingSpec, shard: Shard, store: RoundStore, avsimVersion: string, options: RunOptions = {}, wait?: RoundWait): Promise<RoundOutcome> {
  let round = 0;
  const runBatch: BatchRunner = async (scenarios) => {
    round++;
    const hash = inputHash(roundInputs(spec, round, scenarios));
    const run = () => runShard({ command: 'size', options: roundOptions(spec, round), files: [spec.file], scenarios }, shard, { ...options, seed: spec.seed, replications: spec.replications });
    return batchOf(await shardRound(round, hash, shard, store, avsimVersion, run, false, wait));
  };
  return replayRounds(
    () => size(spec.scenario, sizeOptionsOf(spec, runBatch)),
    () => round,
  );
}

function sizeOptionsOf(spec: SizingSpec, runBatch: BatchRunner): SizeOptions {
  return { target: spec.target, over: spec.over, redundancy: spec.redundancy, resources: spec.resources, seed: spec.seed, replications: spec.replications, runBatch };
}

/** The sizing a size partial belongs to, read from its options. */
export function specOfPartial(file: PartialFile): SizingSpec {
  const { options, seed, replications, files } = file.partial;
  const bad = (): PartialError => new PartialError(`${file.file} is corrupt (options: not a sizing's); run its shard again`);
  const { target, over, redundancy, resources, scenario, workload } = options;
  if (typeof target !== 'number' || typeof scenario !== 'string' || !Array.isArray(resources) || workload === null || typeof workload !== 'object') throw bad();
  return {
    scenario: { name: scenario, workload: workload as Workload },
    file: files[0] ?? '',
    target,
    over: over as SizingPeriod,
    redundancy: redundancy as Redundancy,
    resources: resources.map(String),
    seed,
    replications,
  };
}

/** Why size partial `other` belongs to another sizing than `reference`, in words. */
function sizingDifference(other: SizingSpec, reference: SizingSpec): string | undefined {
  if (other.scenario.name !== reference.scenario.name) return `it sizes scenario "${other.scenario.name}", not "${reference.scenario.name}"`;
  if (workloadHash(other.scenario.workload) !== workloadHash(reference.scenario.workload)) return 'its workload hash differs';
  if (other.seed !== reference.seed) return `its seed differs: ${other.seed} here, ${reference.seed}`;
  if (other.replications !== reference.replications) return `its replication count differs: ${other.replications} here, ${reference.replications}`;
  if (other.target !== reference.target) return `its target differs: ${other.target} here, ${reference.target}`;
  if (other.over !== reference.over) return `its --over differs: ${other.over} here, ${reference.over}`;
  if (other.redundancy !== reference.redundancy) return `its --redundancy differs: ${other.redundancy} here, ${reference.redundancy}`;
  if (other.resources.join(',') !== reference.resources.join(',')) return `its resources differ: ${other.resources.join(', ')} here, ${reference.resources.join(', ')}`;
  return undefined;
}

/**
 * The sizing from every round's partials: each round checked as a merge checks a run,
 * then the search replayed over them.
 *
 * @throws PartialError naming the files that belong to another sizing, a round that is
 *   incomplete or missing, or rounds beyond the search's end.
 */
export async function mergeSizeRounds(partials: readonly PartialFile[], avsimVersion: string): Promise<{ spec: SizingSpec; output: SizeOutput }> {
  const reference = sharedSpec(partials, 'size', WORDS, specOfPartial, sizingDifference);
  const rounds = byRound(partials);
  let round = 0;
  const runBatch: BatchRunner = async (scenarios) => {
    round++;
    const hash = inputHash(roundInputs(reference, round, scenarios));
    const asked = () => `the candidates the search asks for there (${scenarios.map((s) => `"${s.name}"`).join(', ')})`;
    return batchOf(mergedRound(rounds, round, hash, asked, WORDS, avsimVersion));
  };
  const output = await size(reference.scenario, sizeOptionsOf(reference, runBatch));
  noRoundBeyond(rounds, round, WORDS);
  return { spec: reference, output };
}

