/**
 * `avsim merge` as a library call: partial results in (analysis/partial.ts), checked to
 * belong together and to cover every job exactly once, and out the whole run's results
 * in job order, which the command's own reducers and renderers turn into the same bytes
 * as the command run on one machine.
 *
 * Checks, each naming the file: every partial comes from this avsim's version; they
 * belong to one run (same command, input hash, seed, replications, shard count: the
 * message says which differs); no shard is given twice; no shard is missing.
 */
import type { Partial, PartialScenario } from './partial.js';
import { partialFileName, PartialError, workloadHash } from './partial.js';
import { shardText } from './shard.js';
import type { ReplicationResult } from '../results/types.js';

/** A partial and the file it was read from. */
export interface PartialFile {
  readonly file: string;
  readonly partial: Partial;
}

/** The whole run, put back together. */
export interface MergedRun {
  readonly command: string;
  readonly options: Readonly<Record<string, unknown>>;
  readonly seed: number;
  readonly replications: number;
  /** The first shard's file names (shards may have been given other paths to the same files). */
  readonly files: readonly string[];
  readonly scenarios: readonly PartialScenario[];
  /** Every job's result, in job order. */
  readonly results: readonly ReplicationResult[];
  /** Shards merged. */
  readonly shards: number;
}

/** Problems found so far; thrown together (one per line) by {@link refuse}. */
function refuse(problems: readonly string[]): never {
  throw new PartialError(problems.length === 1 ? problems[0]! : `cannot merge these partial results:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/** A short hash for messages. */
function short(hash: string): string {
  return `${hash.slice(0, 12)}...`;
}

/** Why `other` belongs to another run than `reference`, in words: what differs. */
export function difference(other: Partial, reference: Partial): string {
  if (other.command !== reference.command) return `it is a partial of avsim ${other.command}, not ${reference.command}`;
  if (other.seed !== reference.seed) return `its seed differs: ${other.seed} here, ${reference.seed}`;
  if (other.replications !== reference.replications) return `its replication count differs: ${other.replications} here, ${reference.replications}`;
  const names = (p: Partial): string => p.scenarios.map((s) => s.name).join(', ');
  if (names(other) !== names(reference)) return `its scenarios differ: ${names(other)} here, ${names(reference)}`;
  const changed = other.scenarios.findIndex((s, i) => workloadHash(s.workload) !== workloadHash(reference.scenarios[i]!.workload));
  if (changed >= 0) {
    const s = other.scenarios[changed]!.name;
    return `its workload hash differs: scenario "${s}" ${short(workloadHash(other.scenarios[changed]!.workload))} here, ${short(workloadHash(reference.scenarios[changed]!.workload))}`;
  }
  const keys = [...new Set([...Object.keys(other.options), ...Object.keys(reference.options)])];
  const option = keys.find((k) => JSON.stringify(other.options[k]) !== JSON.stringify(reference.options[k]));
  if (option !== undefined) return `its ${option} differs: ${JSON.stringify(other.options[option])} here, ${JSON.stringify(reference.options[option])}`;
  const jobs = (p: Partial): string => (p.jobList === undefined ? 'every scenario x replication' : p.jobList.map((j) => `${j.scenario}:${j.from}-${j.to - 1}`).join(' '));
  if (jobs(other) !== jobs(reference)) return `its jobs differ (scenario:replications): ${jobs(other)} here, ${jobs(reference)}`;
  return `its input hash differs: ${short(other.inputHash)} here, ${short(reference.inputHash)}`;
}

/** The partial most others agree with (most common input hash; the first given on a tie). */
function referenceOf(partials: readonly PartialFile[]): PartialFile {
  const counts = new Map<string, number>();
  for (const p of partials) counts.set(p.partial.inputHash, (counts.get(p.partial.inputHash) ?? 0) + 1);
  let best = partials[0]!;
  for (const p of partials) if (counts.get(p.partial.inputHash)! > counts.get(best.partial.inputHash)!) best = p;
  return best;
}

/** "shard 3 of 7 is missing", "shards 3 and 5 of 7 are missing", with the file name expected. */
function missingText(missing: readonly number[], reference: Partial): string {
  const count = reference.shard.count;
  const list = missing.length === 1 ? `shard ${missing[0]}` : `shards ${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
  const example = partialFileName(reference.scenarios[0]!.workload.name, reference.command, { index: missing[0]!, count }, round(reference));
  return `${list} of ${count} ${missing.length === 1 ? 'is' : 'are'} missing (a file such as ${example}, written by --shard ${missing[0]}/${count})`;
}

/** A size partial's round, or undefined. */
function round(partial: Partial): number | undefined {
  const value = partial.options['round'];
  return typeof value === 'number' ? value : undefined;
}

/**
 * Checks that the partials are one run's, every shard once, and puts the results back
 * in job order.
 *
 * @param avsimVersion - This avsim's version: partials of another are refused (the
 *   merged files must be what this version writes on one machine).
 * @throws PartialError listing every problem, each naming its file.
 */
export function mergePartials(partials: readonly PartialFile[], avsimVersion: string): MergedRun {
  if (partials.length === 0) throw new PartialError('merge needs at least one partial result');
  const problems: string[] = [];
  for (const { file, partial } of partials) {
    if (partial.avsim !== avsimVersion) {
      problems.push(`${file} was written by avsim ${partial.avsim}, and this is avsim ${avsimVersion}: merge with the version that ran the shards (results may differ between versions)`);
    }
  }
  const reference = referenceOf(partials);
  const ref = reference.partial;
  const bySlice = new Map<number, PartialFile>();
  for (const p of partials) {
    const { file, partial } = p;
    if (partial.inputHash !== ref.inputHash) {
      problems.push(`${file} belongs to another run (${difference(partial, ref)} in ${reference.file})`);
      continue;
    }
    if (partial.shard.count !== ref.shard.count) {
      problems.push(`${file} is shard ${shardText(partial.shard)}, and ${reference.file} is of ${ref.shard.count} shards: merge the shards of one cut`);
      continue;
    }
    const first = bySlice.get(partial.shard.index);
    if (first !== undefined) {
      problems.push(`${file} covers jobs already in ${first.file} (shard ${partial.shard.index} given twice)`);
      continue;
    }
    bySlice.set(partial.shard.index, p);
  }
  if (problems.length === 0) {
    const missing: number[] = [];
    for (let i = 1; i <= ref.shard.count; i++) if (!bySlice.has(i)) missing.push(i);
    if (missing.length > 0) problems.push(missingText(missing, ref));
  }
  if (problems.length > 0) refuse(problems);
  const results: ReplicationResult[] = [];
  for (let i = 1; i <= ref.shard.count; i++) for (const r of bySlice.get(i)!.partial.results) results.push(r);
  const firstShard = bySlice.get(1)!.partial;
  return {
    command: ref.command,
    options: ref.options,
    seed: ref.seed,
    replications: ref.replications,
    files: firstShard.files,
    scenarios: firstShard.scenarios,
    results,
    shards: ref.shard.count,
  };
}
