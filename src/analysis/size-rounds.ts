/**
 * `avsim size` spread over machines, round by round (docs/sharding.md, Sizing).
 *
 * A sizing is a search: each batch of candidates (the unlimited run, then two to four
 * server counts at a time) is chosen from the results of the batches before it, so its
 * batches cannot all be cut into shards up front. Each batch is a round instead, and a
 * round is run like any sharded run: every shard runs its slice of the round's jobs and
 * writes a partial, `<workload>.size.round-<k>.shard-<i>-of-<n>.avsim-partial.json`,
 * into one folder that all shards share.
 *
 * A shard of a sizing holds no state but that folder. It replays the search from the
 * start: a round whose n partials are all there is read back (the search takes the same
 * turn it took on one machine, since the results are the same bits); at the first round
 * that is not complete, it runs its own slice and stops (`written`), or stops at once
 * when its slice is already there and others are not (`waiting`). When every round the
 * search asks for is there, it says `complete`, and `avsim merge` of the folder's
 * partials replays the search once more and writes sizing.csv and report.html, the same
 * bytes as `avsim size` on one machine. So a driver runs all n shards, again and again,
 * until they say `complete` (examples/size-sharded.sh), one round per pass.
 */
import { AvsimError } from '../errors.js';
import { summarize } from '../results/summarize.js';
import type { Workload } from '../workload/schema.js';
import { mergePartials } from './merge.js';
import type { MergedRun, PartialFile } from './merge.js';
import { inputHash, PartialError, workloadHash } from './partial.js';
import type { PartialContent } from './partial.js';
import type { RunOptions, Scenario } from './run.js';
import type { Shard } from './shard.js';
import { runShard } from './shard-run.js';
import { checkSizeOptions, size } from './size.js';
import type { BatchOutput, BatchRunner, Redundancy, SizeOptions, SizeOutput, SizingPeriod } from './size.js';

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

/** Ends a shard's replay of the search at the first round not complete. */
class RoundStop extends Error {
  constructor(readonly outcome: SizeShardOutcome) {
    super(`round ${outcome.round}: ${outcome.state}`);
  }
}

/** Where a shard of a sizing left the search. */
export type SizeShardOutcome =
  /** It ran its slice of `round` and wrote `partial`. */
  | { readonly state: 'written'; readonly round: number; readonly partial: string; readonly jobs: { readonly start: number; readonly end: number; readonly total: number }; readonly notes: readonly string[] }
  /** Its slice of `round` is there; shards `missing` of it are not yet. */
  | { readonly state: 'waiting'; readonly round: number; readonly missing: readonly number[] }
  /** Every round the search needs is there (`round` of them): merge. */
  | { readonly state: 'complete'; readonly round: number };

/** What a shard of a sizing reads and writes (the CLI gives the folder's). */
export interface RoundStore {
  /** The partials of round `round` for a cut into `count` shards that can be read (damaged or unreadable files left out). */
  readonly read: (round: number, count: number) => Promise<PartialFile[]>;
  /** Writes a partial; resolves with where. */
  readonly write: (content: PartialContent, round: number) => Promise<string>;
}

/**
 * Runs shard `shard` of a sizing: replays the search over the rounds in `store`, and runs
 * and writes its slice of the first round not complete (see the module comment).
 *
 * @param avsimVersion - Partials of another version count as absent (and are rewritten).
 */
export async function sizeShard(spec: SizingSpec, shard: Shard, store: RoundStore, avsimVersion: string, options: RunOptions = {}): Promise<SizeShardOutcome> {
  let round = 0;
  const runBatch: BatchRunner = async (scenarios) => {
    round++;
    const hash = inputHash(roundInputs(spec, round, scenarios));
    const found = (await store.read(round, shard.count)).filter((p) => p.partial.inputHash === hash && p.partial.avsim === avsimVersion && p.partial.shard.count === shard.count);
    const present = new Set(found.map((p) => p.partial.shard.index));
    if (present.size === shard.count) return batchOf(mergePartials(found, avsimVersion));
    if (present.has(shard.index)) {
      const missing = Array.from({ length: shard.count }, (_, i) => i + 1).filter((i) => !present.has(i));
      throw new RoundStop({ state: 'waiting', round, missing });
    }
    const content = await runShard({ command: 'size', options: roundOptions(spec, round), files: [spec.file], scenarios }, shard, { ...options, seed: spec.seed, replications: spec.replications });
    const partial = await store.write(content, round);
    throw new RoundStop({ state: 'written', round, partial, jobs: content.jobs, notes: content.notes });
  };
  try {
    await size(spec.scenario, sizeOptionsOf(spec, runBatch));
  } catch (thrown) {
    if (thrown instanceof RoundStop) return thrown.outcome;
    throw thrown;
  }
  return { state: 'complete', round };
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
  const problems: string[] = [];
  const specs = partials.map((p) => (p.partial.command === 'size' ? specOfPartial(p) : undefined));
  const first = partials.findIndex((p) => p.partial.command === 'size');
  if (first < 0) throw new PartialError('no partial of avsim size given');
  const reference = specs[first]!;
  const rounds = new Map<number, PartialFile[]>();
  partials.forEach((p, i) => {
    const spec = specs[i];
    const why = spec === undefined ? `it is a partial of avsim ${p.partial.command}, not size` : sizingDifference(spec, reference);
    if (why !== undefined) {
      problems.push(`${p.file} belongs to another sizing (${why} in ${partials[first]!.file})`);
      return;
    }
    const round = p.partial.options['round'];
    if (typeof round !== 'number') throw new PartialError(`${p.file} is corrupt (options.round: expected a number); run its shard again`);
    rounds.set(round, [...(rounds.get(round) ?? []), p]);
  });
  if (problems.length > 0) throw new PartialError(problems.length === 1 ? problems[0]! : `cannot merge these partial results:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  let round = 0;
  const runBatch: BatchRunner = async (scenarios) => {
    round++;
    const files = rounds.get(round);
    if (files === undefined) {
      throw new PartialError(`round ${round} of the search is missing: run the shards again until they say the search is complete (docs/sharding.md, Sizing), then merge`);
    }
    const hash = inputHash(roundInputs(reference, round, scenarios));
    const foreign = files.find((p) => p.partial.inputHash !== hash);
    if (foreign !== undefined) {
      throw new PartialError(`${foreign.file} is of round ${round}, but not of the candidates the search asks for there (${scenarios.map((s) => `"${s.name}"`).join(', ')}): it belongs to another sizing`);
    }
    try {
      return batchOf(mergePartials(files, avsimVersion));
    } catch (thrown) {
      if (thrown instanceof AvsimError) throw new PartialError(`round ${round}: ${thrown.message}`);
      throw thrown;
    }
  };
  const output = await size(reference.scenario, sizeOptionsOf(reference, runBatch));
  const beyond = [...rounds.keys()].filter((k) => k > round).sort((a, b) => a - b);
  if (beyond.length > 0) {
    const file = rounds.get(beyond[0]!)![0]!.file;
    throw new PartialError(`${file} is of round ${beyond[0]}, but the search ends at round ${round}: it belongs to another sizing`);
  }
  return { spec: reference, output };
}

