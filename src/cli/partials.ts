/**
 * What the commands share when they run one shard (`--shard i/n`): the folder the
 * partials go into, writing one, and what a shard prints. A partial is one file written
 * atomically (temporary file, then rename) into a folder that every shard of the run
 * shares, so shards never replace each other's files; `avsim merge` makes the result
 * set (docs/sharding.md).
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AvsimError, InterruptedError } from '../errors.js';
import { parsePartial, PARTIAL_SUFFIX, partialFileName, partialLines } from '../analysis/partial.js';
import type { PartialContent } from '../analysis/partial.js';
import type { PartialFile } from '../analysis/merge.js';
import { checkWaitSeconds } from '../analysis/rounds.js';
import type { RoundOutcome, RoundStore, RoundWait } from '../analysis/rounds.js';
import { parseShard, shardRange } from '../analysis/shard.js';
import type { Shard } from '../analysis/shard.js';
import { runShard } from '../analysis/shard-run.js';
import type { ShardRunInput } from '../analysis/shard-run.js';
import type { RunOptions } from '../analysis/run.js';
import { WorkerPool } from '../parallel/pool.js';
import { outputDirProblem, writeFileAtomic } from '../report/atomic-write.js';
import { SET_MARKER } from '../report/result-set.js';
import { UsageError } from './errors.js';
import { numberFlag } from './options.js';
import type { CliValues } from './options.js';
import { packageVersion } from './package-files.js';
import { jobCount, printNotes, simulateWithProgress, withStopSignals } from './session.js';

/** `--shard i/n`, read (undefined without the flag). */
export function shardOf(values: CliValues): Shard | undefined {
  return values.shard === undefined ? undefined : parseShard(values.shard);
}

/**
 * The folder a shard writes its partial into (`--out`, else
 * `results/<workload name>/<command>-partials`), checked before any work: it must be
 * creatable or a writable folder, and not a result set (a result set's folder is
 * replaced whole by the next write, which would take the partials with it).
 */
export function partialsDir(values: CliValues, workloadName: string, command: string): string {
  const dir = values.out ?? join('results', workloadName, `${command}-partials`);
  if (dir.trim() === '') throw new UsageError('--out: expected a directory, got ""', command);
  const where = values.out === undefined ? 'partials directory' : '--out';
  const problem = outputDirProblem(dir);
  if (problem !== undefined) throw new UsageError(`${where} ${dir}: ${problem}`, command);
  if (existsSync(join(dir, SET_MARKER))) {
    throw new UsageError(`${where} ${dir}: it is a result set (it holds ${SET_MARKER}): give the shards a folder of their own, and avsim merge --out this one`, command);
  }
  return dir;
}

/** Writes a partial into `dir` (made when missing), atomically; resolves with its path. */
export async function writePartial(dir: string, content: PartialContent, round?: number): Promise<string> {
  const path = join(dir, partialFileName(content.scenarios[0]!.workload.name, content.command, content.shard, round));
  try {
    await mkdir(dir, { recursive: true });
    await writeFileAtomic(path, partialLines(content, packageVersion()));
  } catch (thrown) {
    throw new AvsimError('output', `cannot write the partial result ${path}: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  }
  return path;
}

/** Reads and checks one partial file; a file that cannot be read is an error naming it. */
export async function readPartialFile(file: string): Promise<PartialFile> {
  // Read as bytes, decoded a line at a time: the whole may be longer than a string may be.
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (thrown) {
    throw new UsageError(`cannot read ${file}: ${thrown instanceof Error ? thrown.message : String(thrown)}`, 'merge');
  }
  return { file, partial: parsePartial(bytes, file) };
}

/** The partials in `dir` whose names start with `prefix` and end with `suffix`, sorted by name. */
export async function partialsIn(dir: string, prefix: string, suffix: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return [];
  }
  return entries.filter((e) => e.startsWith(prefix) && e.endsWith(suffix)).sort().map((e) => join(dir, e));
}

/** What a shard prints once its partial is written: a line, or with --json one document (a round named in both, and whether it is the command's last: then where to merge). */
export function printWritten(
  path: string,
  content: Pick<PartialContent, 'command' | 'shard' | 'jobs'>,
  values: CliValues,
  round?: number,
  last?: { readonly dir: string; readonly writes: string },
  waitSeconds?: number,
): void {
  const { shard, jobs } = content;
  if (values.json) {
    const state = round === undefined ? {} : { round, state: 'written', last: last !== undefined, ...(waitSeconds === undefined ? {} : { waiting: true }) };
    process.stdout.write(`${JSON.stringify({ command: content.command, shard: shard.index, shards: shard.count, ...state, partial: path, jobs })}\n`);
  } else if (!values.quiet) {
    const span =
      jobs.end - jobs.start > 1
        ? `jobs ${jobs.start + 1}-${jobs.end} of ${jobs.total}`
        : jobs.end > jobs.start
          ? `job ${jobs.end} of ${jobs.total}`
          : `no job (${jobs.total} job${jobs.total === 1 ? '' : 's'} for ${shard.count} shards)`;
    const next =
      round === undefined
        ? `merge all ${shard.count} with avsim merge`
        : last !== undefined
          ? `this is the last round: once every shard has written it, avsim merge ${last.dir} writes ${last.writes}`
          : waitSeconds !== undefined
            ? `waiting for the other shards' slices of it (up to ${waitSeconds} s), then the next round`
            : 'run every shard again for the next round';
    process.stdout.write(`wrote ${path}: ${round === undefined ? '' : `round ${round}, `}shard ${shard.index} of ${shard.count}, ${span}; ${next}\n`);
  }
}

/**
 * Runs one shard of a run or a comparison and writes its partial into `dir`: what
 * `avsim run` and `avsim compare` do with --shard.
 */
export async function runShardCommand(input: ShardRunInput, shard: Shard, options: RunOptions, values: CliValues, dir: string): Promise<number> {
  const { start, end } = shardRange(jobCount(input.scenarios, options.replications), shard.index, shard.count);
  const { content, path } = await withStopSignals(async (signal) => {
    // No report here: the merge renders it, so its renderer is not loaded either.
    const content = await simulateWithProgress(end - start, { ...values, 'no-report': true }, (onProgress) => runShard(input, shard, { ...options, signal, onProgress }));
    printNotes(content.notes, values);
    return { content, path: await writePartial(dir, content) };
  });
  printWritten(path, content, values);
  return 0;
}

/**
 * The partials of a command's rounds in folder `dir` (size's search, whatif's batches):
 * those that cannot be read count as absent (their shard writes them again).
 */
export function roundFolder(dir: string, workloadName: string, command: string): RoundStore {
  const ofRound = (round: number, count: number): Promise<string[]> => partialsIn(dir, `${workloadName}.${command}.round-${round}.shard-`, `-of-${count}${PARTIAL_SUFFIX}`);
  return {
    async read(round, count) {
      const read: PartialFile[] = [];
      for (const file of await ofRound(round, count)) read.push(...(await readPartialFile(file).then((p) => [p], () => [])));
      return read;
    },
    write: (content, round) => writePartial(dir, content, round),
    async stamp(round, count) {
      const stamps: string[] = [];
      for (const file of await ofRound(round, count)) stamps.push(await stat(file).then((s) => `${file} ${s.size} ${s.mtimeMs}`, () => `${file} gone`));
      return stamps.join('\n');
    },
  };
}

/** How a command sharded in rounds names its work when it is complete: `the search`, and the file the merge writes. */
export interface RoundCommandWords {
  readonly command: string;
  readonly work: string;
  readonly writes: string;
}

/** What a shard of a command sharded in rounds prints: where it left the rounds (a line, or with --json one document). */
export function printRoundOutcome(outcome: RoundOutcome, words: RoundCommandWords, shard: Shard, dir: string, values: CliValues): void {
  const state = { round: outcome.round, state: outcome.state };
  const head = { command: words.command, shard: shard.index, shards: shard.count, ...state };
  switch (outcome.state) {
    case 'written':
      printWritten(outcome.partial, { command: words.command, shard, jobs: outcome.jobs }, values, outcome.round, outcome.last ? { dir, writes: words.writes } : undefined);
      return;
    case 'waiting':
      if (values.json) process.stdout.write(`${JSON.stringify({ ...head, missing: outcome.missing })}\n`);
      else if (!values.quiet) process.stdout.write(`round ${outcome.round}: this shard's part is in ${dir}; shard${outcome.missing.length === 1 ? '' : 's'} ${outcome.missing.join(', ')} of ${shard.count} not yet\n`);
      return;
    case 'complete':
      if (values.json) process.stdout.write(`${JSON.stringify(head)}\n`);
      else if (!values.quiet) process.stdout.write(`${words.work} is complete (${outcome.round} rounds): avsim merge ${dir} writes ${words.writes}\n`);
      return;
    default: {
      const never: never = outcome;
      throw new Error(`unknown outcome ${String(never)}`);
    }
  }
}

/**
 * `--wait SECONDS` of a command sharded in rounds, checked before any work: undefined
 * without it.
 *
 * @throws UsageError when given without --shard; OptionError (`--wait`) out of range.
 */
export function waitSecondsOf(values: CliValues, command: string): number | undefined {
  const seconds = numberFlag('wait', values.wait);
  if (seconds === undefined) return undefined;
  if (values.shard === undefined) throw new UsageError('--wait is for a shard (--shard i/n) waiting for the other shards of each round: give --shard too', command);
  return checkWaitSeconds(seconds);
}

/**
 * Runs one shard of a command sharded in rounds and prints where it left them. Without
 * `--wait` (`seconds` undefined), the shard's one round, on a pool of that round's
 * (`work` given `runOptions` as they are). With it, every round from there on one pool
 * started here (`poolWorkers` threads, unless a pool is shared) and kept warm across
 * the waits, each slice written printed as it is (analysis/rounds.ts, RoundWait).
 */
export async function roundShardCommand(
  shard: Shard,
  dir: string,
  words: RoundCommandWords,
  values: CliValues,
  seconds: number | undefined,
  runOptions: Pick<RunOptions, 'workers' | 'pool'>,
  poolWorkers: () => number,
  work: (options: Pick<RunOptions, 'workers' | 'pool' | 'signal'>, wait: RoundWait | undefined) => Promise<RoundOutcome>,
): Promise<number> {
  const own = seconds !== undefined && runOptions.pool === undefined ? new WorkerPool(poolWorkers()) : undefined;
  let slices = 0;
  try {
    const outcome = await withStopSignals((signal) => {
      if (seconds === undefined) return work({ ...runOptions, signal }, undefined);
      const onWritten = (written: Extract<RoundOutcome, { state: 'written' }>): void => {
        slices++;
        printWritten(written.partial, { command: words.command, shard, jobs: written.jobs }, values, written.round, undefined, seconds);
      };
      return work({ pool: own ?? runOptions.pool!, signal }, { seconds, signal, onWritten });
    });
    printRoundOutcome(outcome, words, shard, dir, values);
  } catch (thrown) {
    // Stopped while waiting: the slices it wrote are whole partials, which a rerun reads back.
    if (thrown instanceof InterruptedError && slices > 0) {
      throw new InterruptedError(thrown.signal, `the ${slices === 1 ? 'slice' : `${slices} slices`} this shard wrote ${slices === 1 ? 'is' : 'are'} kept in ${dir}: run it again to go on`);
    }
    throw thrown;
  } finally {
    await own?.close();
  }
  return 0;
}
