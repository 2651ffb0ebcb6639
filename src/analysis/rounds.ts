/**
 * What a command sharded round by round shares (size's search, whatif's batches;
 * docs/sharding.md): work whose batches each depend on the ones before cannot be cut
 * into shards up front, so each batch is a *round*, run like any sharded run, its n
 * partials `<workload>.<command>.round-<k>.shard-<i>-of-<n>.avsim-partial.json` in one
 * folder that all shards share.
 *
 * A shard holds no state but that folder. It replays the command from the start with a
 * batch runner of its own ({@link shardRound}): a round whose n partials are all there
 * is read back (the command takes the turn it took on one machine, since the results
 * are the same bits); at the first round that is not complete, the shard runs its slice
 * and stops (`written`), or stops at once when its slice is there and others are not
 * (`waiting`); when the command asks for no round that is not there, it is `complete`.
 *
 * Or, told to wait ({@link RoundWait}: `--wait`, when all n shards run at once on one
 * folder), a shard that has its slice of a round there looks at the folder until the
 * other n - 1 are there too and goes on to the next round in the same process, on the
 * same warm worker pool: one process per shard for the whole command instead of one
 * per shard and round. It stops only at the command's last round, or at the end of the
 * wait (an error: the round's missing shards named).
 * The merge replays it once more over every round's partials ({@link mergedRound}),
 * each round checked as a merge checks a run.
 *
 * A round is known by its input hash, which covers the command's settings, the round's
 * number, its scenarios and (whatif) its job list: a partial of the same round number
 * of other work is not this round's, and is left alone by a shard, refused by the merge.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { AvsimError, checkInteger } from '../errors.js';
import { mergePartials } from './merge.js';
import type { MergedRun, PartialFile } from './merge.js';
import { PartialError } from './partial.js';
import type { PartialContent } from './partial.js';
import type { Shard } from './shard.js';
import type { ShardOutput } from './shard-run.js';

/** Where a shard left the command's rounds. */
export type RoundOutcome =
  /**
   * It ran its slice of `round` and wrote `partial`. `last`: the command asks for no
   * round after this one (whatif's candidates' batch), so once every shard has written
   * it the merge can run, with no pass to say `complete`.
   */
  | { readonly state: 'written'; readonly round: number; readonly last: boolean; readonly partial: string; readonly jobs: { readonly start: number; readonly end: number; readonly total: number }; readonly notes: readonly string[] }
  /** Its slice of `round` is there; shards `missing` of it are not yet. */
  | { readonly state: 'waiting'; readonly round: number; readonly missing: readonly number[] }
  /** Every round the command needs is there, `round` the last: merge. */
  | { readonly state: 'complete'; readonly round: number };

/** What a shard reads and writes (the CLI gives a folder's). */
export interface RoundStore {
  /** The partials of round `round` for a cut into `count` shards that can be read (damaged or unreadable files left out). */
  readonly read: (round: number, count: number) => Promise<PartialFile[]>;
  /** Writes a partial; resolves with where. */
  readonly write: (content: PartialContent, round: number) => Promise<string>;
  /**
   * A text that changes whenever round `round`'s files do (their names, sizes and
   * times): a waiting shard reads the partials again only then, not at every look.
   * Without it, every look reads them.
   */
  readonly stamp?: (round: number, count: number) => Promise<string>;
}

/** How a shard waits for a round's other shards instead of stopping there (`--wait`). */
export interface RoundWait {
  /** The longest it waits for the other shards of one round, in seconds. */
  readonly seconds: number;
  /** How often it looks at the store, in milliseconds. @default 1000 */
  readonly pollMs?: number;
  /** Stops the wait (with the signal's reason). */
  readonly signal?: AbortSignal;
  /** Told of each slice it writes and then waits on (every round but the last). */
  readonly onWritten?: (outcome: Extract<RoundOutcome, { state: 'written' }>) => void;
}

/** The longest wait `--wait` may ask for, in seconds: a day. */
export const MAX_WAIT_SECONDS = 86_400;

/**
 * Checks a wait's length.
 *
 * @throws OptionError (option `wait`) unless a whole number of seconds from 1 to {@link MAX_WAIT_SECONDS}.
 */
export function checkWaitSeconds(seconds: number): number {
  return checkInteger('wait', seconds, 1, MAX_WAIT_SECONDS);
}

/** Ends a shard's replay at the first round not complete. */
class RoundStop extends Error {
  constructor(readonly outcome: RoundOutcome) {
    super(`round ${outcome.round}: ${outcome.state}`);
  }
}

/**
 * Round `round` as shard `shard` meets it: its partials merged when all n of input hash
 * `hash` are in the store; otherwise the replay stops there, after `run` ran the
 * shard's slice and its partial was written, or at once when the slice is there. With
 * `wait`, it does not stop there (but at the last round): it waits for the other
 * shards' slices and goes on with the round merged.
 *
 * @param avsimVersion - Partials of another version count as absent (and are rewritten).
 * @param last - Whether the command is known to ask for no round after this one.
 * @throws AvsimError of kind `timeout` when the round is not complete `wait.seconds`
 *   after this shard's slice is there; the reason of `wait.signal` when it aborts.
 */
export async function shardRound(round: number, hash: string, shard: Shard, store: RoundStore, avsimVersion: string, run: () => Promise<ShardOutput>, last = false, wait?: RoundWait): Promise<MergedRun> {
  const ofRound = async (): Promise<PartialFile[]> =>
    (await store.read(round, shard.count)).filter((p) => p.partial.inputHash === hash && p.partial.avsim === avsimVersion && p.partial.shard.count === shard.count);
  // Each stamp is taken before the read it stands for: a file that lands between the two
  // changes the next stamp, so it is read then (the other way round, it could be missed).
  let stamp = wait === undefined ? undefined : await store.stamp?.(round, shard.count);
  let found = await ofRound();
  if (shardsIn(found).size === shard.count) return mergePartials(found, avsimVersion);
  if (!shardsIn(found).has(shard.index)) {
    const content = await run();
    const partial = await store.write(content, round);
    const written = { state: 'written', round, last, partial, jobs: content.jobs, notes: content.notes } as const;
    if (wait === undefined || last) throw new RoundStop(written);
    wait.onWritten?.(written);
  } else if (wait === undefined) {
    throw new RoundStop({ state: 'waiting', round, missing: missingShards(found, shard.count) });
  }
  // A slice written since the read (this shard's own among them) changes the stamp: the next look reads again.
  const deadline = performance.now() + wait.seconds * 1000;
  while (shardsIn(found).size < shard.count) {
    const left = deadline - performance.now();
    if (left <= 0) {
      const missing = missingShards(found, shard.count);
      throw new AvsimError(
        'timeout',
        `round ${round}: shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')} of ${shard.count} did not write ${missing.length === 1 ? 'its slice' : 'their slices'} within --wait ${wait.seconds} s; --wait needs all ${shard.count} shards running at once on one folder: start the missing ones (this shard's slice is kept), or run the shards pass by pass without --wait (docs/sharding.md)`,
      );
    }
    await sleep(Math.min(wait.pollMs ?? 1000, left), undefined, wait.signal === undefined ? {} : { signal: wait.signal });
    const now = await store.stamp?.(round, shard.count);
    if (now !== undefined && now === stamp) continue;
    stamp = now;
    found = await ofRound();
  }
  return mergePartials(found, avsimVersion);
}

/** The shard indices of `partials`. */
function shardsIn(partials: readonly PartialFile[]): Set<number> {
  return new Set(partials.map((p) => p.partial.shard.index));
}

/** The shards 1 to `count` that have no partial among `partials`. */
function missingShards(partials: readonly PartialFile[], count: number): number[] {
  const present = shardsIn(partials);
  return Array.from({ length: count }, (_, i) => i + 1).filter((i) => !present.has(i));
}

/**
 * Replays the command (`replay`, whose batch runner calls {@link shardRound}) up to the
 * first round not complete: that round's outcome, or `complete` with `last()`, the last
 * round it asked for.
 */
export async function replayRounds(replay: () => Promise<unknown>, last: () => number): Promise<RoundOutcome> {
  try {
    await replay();
  } catch (thrown) {
    if (thrown instanceof RoundStop) return thrown.outcome;
    throw thrown;
  }
  return { state: 'complete', round: last() };
}

/** How the merge's messages name the work: `the search`, a `sizing`, its docs section. */
export interface RoundWords {
  /** `the search`, `the whatif`. */
  readonly work: string;
  /** `sizing`, `whatif`: "it belongs to another ...". */
  readonly kind: string;
  /** The section of docs/sharding.md that says how to run the rounds. */
  readonly section: string;
}

/**
 * What every partial of a merge of `command` must have decided alike (its spec): each
 * one's, from `specOf`, against the first's; the first's is returned.
 *
 * @param difference - What differs between two specs, in words; undefined when nothing.
 * @throws PartialError when no partial is of `command`, or naming every partial of
 *   another command or of other work.
 */
export function sharedSpec<S>(partials: readonly PartialFile[], command: string, words: RoundWords, specOf: (file: PartialFile) => S, difference: (spec: S, reference: S) => string | undefined): S {
  const first = partials.findIndex((p) => p.partial.command === command);
  if (first < 0) throw new PartialError(`no partial of avsim ${command} given`);
  const specs = partials.map((p) => (p.partial.command === command ? specOf(p) : undefined));
  const reference = specs[first]!;
  const problems: string[] = [];
  partials.forEach((p, i) => {
    const spec = specs[i];
    const why = spec === undefined ? `it is a partial of avsim ${p.partial.command}, not ${command}` : difference(spec, reference);
    if (why !== undefined) problems.push(`${p.file} belongs to another ${words.kind} (${why} in ${partials[first]!.file})`);
  });
  if (problems.length > 0) throw new PartialError(problems.length === 1 ? problems[0]! : `cannot merge these partial results:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return reference;
}

/**
 * The partials by their round (`options.round`).
 *
 * @throws PartialError naming a file whose round is not a number.
 */
export function byRound(partials: readonly PartialFile[]): Map<number, PartialFile[]> {
  const rounds = new Map<number, PartialFile[]>();
  for (const p of partials) {
    const round = p.partial.options['round'];
    if (typeof round !== 'number') throw new PartialError(`${p.file} is corrupt (options.round: expected a number); run its shard again`);
    rounds.set(round, [...(rounds.get(round) ?? []), p]);
  }
  return rounds;
}

/**
 * Round `round` in the merge: its partials, each of input hash `hash`, merged.
 *
 * @param asked - What the replay asks for in that round, in words (for a partial of another).
 * @throws PartialError when the round is missing, a partial is of other work, or the
 *   round's partials do not make one whole run (the message starts `round k: `).
 */
export function mergedRound(rounds: ReadonlyMap<number, readonly PartialFile[]>, round: number, hash: string, asked: () => string, words: RoundWords, avsimVersion: string): MergedRun {
  const files = rounds.get(round);
  if (files === undefined) {
    throw new PartialError(`round ${round} of ${words.work} is missing: run the shards again until they say ${words.work} is complete (docs/sharding.md, ${words.section}), then merge`);
  }
  const foreign = files.find((p) => p.partial.inputHash !== hash);
  if (foreign !== undefined) throw new PartialError(`${foreign.file} is of round ${round}, but not of ${asked()}: it belongs to another ${words.kind}`);
  try {
    return mergePartials(files, avsimVersion);
  } catch (thrown) {
    if (thrown instanceof AvsimError) throw new PartialError(`round ${round}: ${thrown.message}`);
    throw thrown;
  }
}

/**
 * Refuses rounds after `last`, the replay's last one: partials of other work that went on longer.
 *
 * @throws PartialError naming the first such file.
 */
export function noRoundBeyond(rounds: ReadonlyMap<number, readonly PartialFile[]>, last: number, words: RoundWords): void {
  const beyond = [...rounds.keys()].filter((k) => k > last).sort((a, b) => a - b);
  if (beyond.length > 0) {
    const file = rounds.get(beyond[0]!)![0]!.file;
    throw new PartialError(`${file} is of round ${beyond[0]}, but ${words.work} ends at round ${last}: it belongs to another ${words.kind}`);
  }
}
