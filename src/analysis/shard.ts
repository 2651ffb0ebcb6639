/**
 * Deterministic slices of a run's jobs, for spreading one run over machines
 * (`--shard i/n`, docs/sharding.md).
 *
 * The jobs of a run are every scenario x replication, scenario-major (`planJobs` in
 * run.ts). Shard i of n takes one contiguous block of them, in job order: jobs
 * `floor((i-1)·J/n)` up to `floor(i·J/n)` (excluded), so every job is in exactly one
 * slice, slices differ in length by at most one when n does not divide J, and a shard
 * may be empty when n > J. Contiguous rather than round-robin: a slice then touches few
 * scenarios (each worker compiles only those), a partial names its jobs by one range,
 * and merging is putting the slices end to end. The scenarios of a run see the same
 * calls (common random numbers), so a block of one scenario costs about what a block of
 * another does.
 *
 * A replication's result depends only on (workload, seed, replication index): its
 * random streams are seeded by a hash of (seed, replication, stream name). So which
 * machine runs a job, and beside which others, changes nothing, and the results of the
 * slices put back in job order are the results of one run.
 */
import { OptionError } from '../errors.js';

/** Shard `index` of `count` (1 <= index <= count). */
export interface Shard {
  /** From 1 (a Kubernetes Indexed Job passes `JOB_COMPLETION_INDEX + 1`). */
  readonly index: number;
  readonly count: number;
}

/** Most shards a run may be cut into. */
export const MAX_SHARDS = 100_000;

/** `i/n` for messages and file names. */
export function shardText(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}

/**
 * Reads `--shard i/n`.
 *
 * @throws OptionError (`shard`) unless the text is two whole numbers `i/n` with
 *   1 <= i <= n <= {@link MAX_SHARDS}.
 */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (match === null) throw new OptionError('shard', `expected i/n, the i-th of n slices (e.g. 3/7), got "${text}"`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (!(count >= 1 && count <= MAX_SHARDS)) throw new OptionError('shard', `expected a shard count n from 1 to ${MAX_SHARDS.toLocaleString('en-US')}, got ${match[2]}`);
  if (!(index >= 1 && index <= count)) throw new OptionError('shard', `expected i from 1 to ${count} in i/${count}, got ${match[1]} (a Kubernetes Indexed Job passes JOB_COMPLETION_INDEX + 1)`);
  return { index, count };
}

/**
 * The jobs of shard `index` of `count` among `total`: `[start, end)` in job order.
 *
 * @throws RangeError unless 1 <= index <= count and total is a whole number.
 */
export function shardRange(total: number, index: number, count: number): { start: number; end: number } {
  if (!(Number.isSafeInteger(total) && total >= 0)) throw new RangeError(`total must be a whole number, got ${total}`);
  if (!(Number.isSafeInteger(count) && count >= 1 && Number.isSafeInteger(index) && index >= 1 && index <= count)) {
    throw new RangeError(`expected a shard i/n with 1 <= i <= n, got ${index}/${count}`);
  }
  // Exact in doubles: total x count stays far below 2^53 for any run the budget allows.
  return { start: Math.floor(((index - 1) * total) / count), end: Math.floor((index * total) / count) };
}

/** The jobs of shard `index` of `count`: a contiguous block, in job order (see the module comment). */
export function shardJobs<T>(jobs: readonly T[], index: number, count: number): T[] {
  const { start, end } = shardRange(jobs.length, index, count);
  return jobs.slice(start, end);
}
