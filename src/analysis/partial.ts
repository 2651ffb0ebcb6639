/**
 * The partial result a shard writes (`--shard i/n`) and `avsim merge` reads: one JSON
 * file per shard, `<workload>.<command>[.round-<k>].shard-<i>-of-<n>.avsim-partial.json`
 * (docs/sharding.md). It carries everything the merge needs to write the command's
 * files with no workload file at hand, and what it needs to tell whether partials belong
 * together:
 *
 * - `format` ("avsim-partial") and `version` (of this layout), `avsim` (the version that
 *   ran the shard: results may differ between versions, so a merge takes only its own);
 * - `command` (`run`, `compare`, `size`; later `whatif`), `input_hash` (sha256 of the
 *   command, its options that change results, the seed, the replication count and every
 *   scenario's name and validated workload, in order), `seed`, `replications`, `options`;
 * - `shard` (`index`, `count`) and `jobs` (`start`, `end`, `total`): the slice, in job
 *   order (analysis/shard.ts);
 * - `files` and `scenarios`: each scenario's name, its name in its file (compare), the
 *   file it came from, its workload in full and its resources;
 * - `results_digest` (sha256 of the `results` text) and `results`: every job's
 *   replication result, exactly (results/exact-json.ts: typed arrays as base64 of their
 *   little-endian bytes, NaN, Infinity and -0 tagged).
 *
 * The file holds nothing about the machine or the time, so the same shard gives the same
 * bytes wherever it runs. It is written with writeFileAtomic (one file, temporary then
 * rename), not as a result set: every shard writes into the same folder.
 */
import { createHash } from 'node:crypto';
import { AvsimError } from '../errors.js';
import { workloadKey } from '../model/compiled.js';
import { decodeExact, encodeExact } from '../results/exact-json.js';
import type { ReplicationResult, ResourceInfo } from '../results/types.js';
import type { Workload } from '../workload/schema.js';
import type { Scenario } from './run.js';
import type { Shard } from './shard.js';
import { shardRange } from './shard.js';

/** The `format` of a partial result. */
export const PARTIAL_FORMAT = 'avsim-partial';
/** The layout's version; a reader takes only its own. */
export const PARTIAL_VERSION = 1;
/** How every partial result's file name ends. */
export const PARTIAL_SUFFIX = '.avsim-partial.json';

/** One scenario of a partial: what the merge needs to report it as the command would. */
export interface PartialScenario extends Scenario {
  /** Its name in its file (compare prefixes names that collide); the same as `name` for run. */
  readonly localName: string;
  /** Index in {@link PartialContent.files} of the file it came from. */
  readonly file: number;
  /** Its resources in report order. */
  readonly resources: readonly ResourceInfo[];
}

/** What a shard hands over. */
export interface PartialContent {
  /** The command whose output the merge writes: `run`, `compare`, `size` (a round of its search). */
  readonly command: string;
  /** The command's own options that change results (size: target, round, ...); plain data. */
  readonly options: Readonly<Record<string, unknown>>;
  readonly seed: number;
  readonly replications: number;
  /** The workload files as the shard was given them (messages only: not hashed). */
  readonly files: readonly string[];
  readonly scenarios: readonly PartialScenario[];
  readonly shard: Shard;
  /** Jobs `[start, end)` of `total` (scenarios x replications), in job order. */
  readonly jobs: { readonly start: number; readonly end: number; readonly total: number };
  /** Jobs start..end-1's results, in job order. */
  readonly results: readonly ReplicationResult[];
}

/** A partial as read back: its content, with the version that wrote it and its input hash. */
export interface Partial extends PartialContent {
  readonly avsim: string;
  readonly inputHash: string;
}

/** A partial that cannot be used: the message names the file. Exit 2. */
export class PartialError extends AvsimError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'PartialError';
  }
}

/** The hash of one scenario's validated workload. */
export function workloadHash(workload: Workload): string {
  return workloadKey(workload);
}

/**
 * The hash of what decides a command's results: command, options, seed, replications,
 * and each scenario's name, name in its file and workload, in order. Partials belong
 * together when theirs are equal.
 */
export function inputHash(content: Pick<PartialContent, 'command' | 'options' | 'seed' | 'replications' | 'scenarios'>): string {
  const inputs = {
    command: content.command,
    options: encodeExact(content.options),
    seed: content.seed,
    replications: content.replications,
    scenarios: content.scenarios.map((s) => ({ name: s.name, localName: s.localName, workload: workloadHash(s.workload) })),
  };
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

/** The file name of a partial: `<workload>.<command>[.round-<k>].shard-<i>-of-<n>.avsim-partial.json`. */
export function partialFileName(workloadName: string, command: string, shard: Shard, round?: number): string {
  return `${workloadName}.${command}${round === undefined ? '' : `.round-${round}`}.shard-${shard.index}-of-${shard.count}${PARTIAL_SUFFIX}`;
}

/** A partial's text: one JSON document, header fields first, then the results (see the module comment). */
export function renderPartial(content: PartialContent, avsimVersion: string): string {
  const results = JSON.stringify(encodeExact(content.results));
  const header = {
    format: PARTIAL_FORMAT,
    version: PARTIAL_VERSION,
    avsim: avsimVersion,
    command: content.command,
    input_hash: inputHash(content),
    seed: content.seed,
    replications: content.replications,
    shard: { index: content.shard.index, count: content.shard.count },
    jobs: { start: content.jobs.start, end: content.jobs.end, total: content.jobs.total },
    options: encodeExact(content.options),
    files: content.files,
    scenarios: content.scenarios.map((s) => ({
      name: s.name,
      local_name: s.localName,
      file: s.file,
      workload_hash: workloadHash(s.workload),
      resources: encodeExact(s.resources),
      workload: encodeExact(s.workload),
    })),
    results_digest: digest(results),
  };
  // The results are spliced in as rendered, so the digest is of the very text in the file.
  return `${JSON.stringify(header).slice(0, -1)},"results":${results}}\n`;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What a field of the file must be; throws with its name otherwise. */
class Reader {
  constructor(readonly file: string) {}

  corrupt(detail: string): PartialError {
    return new PartialError(`${this.file} is corrupt (${detail}); run its shard again`);
  }

  object(value: unknown, field: string): Record<string, unknown> {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw this.corrupt(`${field}: expected an object`);
    return value as Record<string, unknown>;
  }

  array(value: unknown, field: string): unknown[] {
    if (!Array.isArray(value)) throw this.corrupt(`${field}: expected a list`);
    return value;
  }

  string(value: unknown, field: string): string {
    if (typeof value !== 'string') throw this.corrupt(`${field}: expected text`);
    return value;
  }

  whole(value: unknown, field: string, min = 0): number {
    if (!(typeof value === 'number' && Number.isSafeInteger(value) && value >= min)) throw this.corrupt(`${field}: expected a whole number of at least ${min}, got ${JSON.stringify(value)}`);
    return value;
  }

  decode(value: unknown, field: string): unknown {
    try {
      return decodeExact(value, field);
    } catch (thrown) {
      throw this.corrupt(thrown instanceof Error ? thrown.message : String(thrown));
    }
  }
}

/** Freezes a decoded workload as loading freezes one (workloads are read-only everywhere). */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** Fields every decoded replication result must carry as numbers, and as typed arrays (per resource too). */
const RESULT_NUMBERS = ['scenario', 'replication', 'windowSeconds', 'windowStartUtc'] as const;
const RESULT_ARRAYS = ['bucketEdges', 'hourEdges', 'paths'] as const;
const RESOURCE_ARRAYS = ['histogram', 'bucketIntegral', 'bucketMax', 'bucketOffered', 'bucketBlocked', 'hourKbpsIntegral', 'hourOffered', 'hourBlocked', 'hourOfferedSeconds'] as const;

/**
 * Reads a partial from its text.
 *
 * @param file - Its name, for messages.
 * @throws PartialError naming `file` when the text is not a partial of this format
 *   version, or its content does not hold together (a digest or hash that does not
 *   match, a result for another job than its place says, a field of the wrong kind).
 */
export function parsePartial(text: string, file: string): Partial {
  const read = new Reader(file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (thrown) {
    throw new PartialError(`${file} is not an avsim partial result (not JSON: ${thrown instanceof Error ? thrown.message : String(thrown)})`);
  }
  if (json === null || typeof json !== 'object' || (json as Record<string, unknown>)['format'] !== PARTIAL_FORMAT) {
    throw new PartialError(`${file} is not an avsim partial result (no "format": "${PARTIAL_FORMAT}" in it)`);
  }
  const doc = json as Record<string, unknown>;
  if (doc['version'] !== PARTIAL_VERSION) {
    throw new PartialError(`${file} is an avsim partial result of format version ${JSON.stringify(doc['version'])}; this avsim reads version ${PARTIAL_VERSION}`);
  }
  const avsim = read.string(doc['avsim'], 'avsim');
  const command = read.string(doc['command'], 'command');
  const hash = read.string(doc['input_hash'], 'input_hash');
  const seed = read.whole(doc['seed'], 'seed');
  const replications = read.whole(doc['replications'], 'replications', 1);
  const shardField = read.object(doc['shard'], 'shard');
  const count = read.whole(shardField['count'], 'shard.count', 1);
  const index = read.whole(shardField['index'], 'shard.index', 1);
  if (index > count) throw read.corrupt(`shard: ${index} of ${count}`);
  const jobsField = read.object(doc['jobs'], 'jobs');
  const jobs = { start: read.whole(jobsField['start'], 'jobs.start'), end: read.whole(jobsField['end'], 'jobs.end'), total: read.whole(jobsField['total'], 'jobs.total') };
  const files = read.array(doc['files'], 'files').map((f, i) => read.string(f, `files[${i}]`));
  const options = read.object(read.decode(read.object(doc['options'], 'options'), 'options'), 'options');
  const scenarios = read.array(doc['scenarios'], 'scenarios').map((value, s): PartialScenario => {
    const entry = read.object(value, `scenarios[${s}]`);
    const workload = deepFreeze(read.object(read.decode(entry['workload'], `scenarios[${s}].workload`), `scenarios[${s}].workload`)) as unknown as Workload;
    const file = read.whole(entry['file'], `scenarios[${s}].file`);
    if (file >= files.length) throw read.corrupt(`scenarios[${s}].file: no file ${file}`);
    return {
      name: read.string(entry['name'], `scenarios[${s}].name`),
      localName: read.string(entry['local_name'], `scenarios[${s}].local_name`),
      file,
      workload,
      resources: read.array(read.decode(entry['resources'], `scenarios[${s}].resources`), `scenarios[${s}].resources`) as ResourceInfo[],
    };
  });
  if (scenarios.length === 0) throw read.corrupt('scenarios: none');
  const resultsText = JSON.stringify(doc['results']);
  if (digest(resultsText) !== doc['results_digest']) throw read.corrupt('its results do not match their digest: the file was changed or damaged');
  const content = { command, options, seed, replications, files, scenarios, shard: { index, count }, jobs };
  if (inputHash(content) !== hash) throw read.corrupt('its workloads and settings do not match its input hash: the file was changed');
  const expected = shardRange(jobs.total, index, count);
  if (jobs.total !== scenarios.length * replications || jobs.start !== expected.start || jobs.end !== expected.end) {
    throw read.corrupt(`jobs ${jobs.start}-${jobs.end - 1} of ${jobs.total}, where shard ${index} of ${count} of ${scenarios.length} scenarios x ${replications} replications is jobs ${expected.start}-${expected.end - 1}`);
  }
  const results = read.array(read.decode(doc['results'], 'results'), 'results').map((value, k) => checkResult(read, value, jobs.start + k, replications, scenarios));
  if (results.length !== jobs.end - jobs.start) throw read.corrupt(`results: ${results.length} for ${jobs.end - jobs.start} jobs`);
  return { ...content, results, avsim, inputHash: hash };
}

/** A decoded result, checked to be job `job`'s and to have the shape the reducers read. */
function checkResult(read: Reader, value: unknown, job: number, replications: number, scenarios: readonly PartialScenario[]): ReplicationResult {
  const field = `results[job ${job}]`;
  const result = read.object(value, field);
  for (const key of RESULT_NUMBERS) if (typeof result[key] !== 'number') throw read.corrupt(`${field}.${key}: expected a number`);
  for (const key of RESULT_ARRAYS) if (!(result[key] instanceof Float64Array)) throw read.corrupt(`${field}.${key}: expected numbers`);
  const scenario = Math.floor(job / replications);
  if (result['scenario'] !== scenario || result['replication'] !== job % replications) {
    throw read.corrupt(`${field}: holds scenario ${String(result['scenario'])}, replication ${String(result['replication'])}, not job ${job}'s (scenario ${scenario}, replication ${job % replications})`);
  }
  const resources = read.array(result['resources'], `${field}.resources`);
  if (resources.length !== scenarios[scenario]!.resources.length) throw read.corrupt(`${field}.resources: ${resources.length} for ${scenarios[scenario]!.resources.length} resources`);
  resources.forEach((r, i) => {
    const resource = read.object(r, `${field}.resources[${i}]`);
    for (const key of RESOURCE_ARRAYS) if (!(resource[key] instanceof Float64Array)) throw read.corrupt(`${field}.resources[${i}].${key}: expected numbers`);
  });
  return result as unknown as ReplicationResult;
}
