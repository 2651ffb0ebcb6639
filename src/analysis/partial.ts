/**
 * The partial result a shard writes (`--shard i/n`) and `avsim merge` reads: one file
 * per shard, `<workload>.<command>[.round-<k>].shard-<i>-of-<n>.avsim-partial.json`
 * (docs/sharding.md), in JSON Lines: one JSON value per line, so that no part of it has
 * to be one text longer than V8 allows (2^29 - 24 characters) however many results it
 * holds. It carries everything the merge needs to write the command's files with no
 * workload file at hand, and what it needs to tell whether partials belong together.
 *
 * The first line, the header:
 * - `format` ("avsim-partial") and `version` (of this layout), `avsim` (the version that
 *   ran the shard: results may differ between versions, so a merge takes only its own);
 * - `command` (`run`, `compare`, `size`, `whatif`), `input_hash` (sha256 of the command,
 *   its options that change results, the seed, the replication count, every scenario's
 *   name and validated workload, in order, and the job list when there is one), `seed`,
 *   `replications`, `options`;
 * - `shard` (`index`, `count`) and `jobs` (`start`, `end`, `total`): the slice, in job
 *   order (analysis/shard.ts);
 * - `job_list`, only where the jobs are not every scenario x replication: the whole
 *   batch's jobs, as blocks of one scenario's consecutive replications (`scenario`,
 *   `from`, `to`, `pair_paths`), in job order; a whatif round's jobs are some
 *   candidates' next replications and the baseline's, not a grid;
 * - `files`; `lines` (`scenarios`, `results`: how many lines of each follow).
 *
 * Then a line per scenario: its name, its name in its file (compare), the file it came
 * from, its workload in full and its resources. Then a line per job of the slice, in job
 * order: its replication result, exactly (results/exact-json.ts: NaN, Infinity and -0
 * tagged), as `{ "arrays": <its arrays' numbers, one after another>, "result": <the
 * result, each array replaced by its length> }`: one base64 text per result, not one
 * per array, which is most of what writing and reading a partial cost. The last line,
 * `{ "results_digest": <sha256 of the result lines, each with its newline> }`, comes
 * after them, so that a shard writes each line as it is made and never holds them all.
 *
 * The file holds nothing about the machine or the time, so the same shard gives the same
 * bytes wherever it runs. It is written with writeFileAtomic (one file, temporary then
 * rename), not as a result set: every shard writes into the same folder.
 */
import { createHash } from 'node:crypto';
import { workloadKey } from '../model/compiled.js';
import { encodeExact } from '../results/exact-json.js';
import type { ReplicationJob } from '../model/replication.js';
import type { ReplicationResult, ResourceInfo } from '../results/types.js';
import { RESOURCE_ARRAYS, RESULT_ARRAYS } from '../results/types.js';
import { Lines, PartialError, Reader } from './partial-reader.js';
import { packResult, unpackResult } from './partial-results.js';
import type { Workload } from '../workload/schema.js';
import type { Scenario } from './run.js';
import type { Shard } from './shard.js';
import { shardRange } from './shard.js';

/** The `format` of a partial result. */
export const PARTIAL_FORMAT = 'avsim-partial';
/**
 * The layout's version; a reader takes only its own. Version 2 added `job_list`: a
 * reader of version 1 would take a job list's slice for a grid's. Version 3 packs each
 * result's arrays into one (analysis/partial-results.ts). Version 4 puts the header, each
 * scenario and each result on lines of their own.
 */
export const PARTIAL_VERSION = 4;
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

/**
 * Jobs `from` to `to - 1` of one scenario's replications, in order: a piece of a job
 * list that is not a full scenario x replication grid (a whatif round).
 */
export interface JobBlock {
  /** Index in the partial's scenarios. */
  readonly scenario: number;
  readonly from: number;
  readonly to: number;
  /** The jobs count calls by pair of locations and path (`observe.pairPaths`). */
  readonly pairPaths: boolean;
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
  /** Jobs `[start, end)` of `total` (scenarios x replications, or the job list's), in job order. */
  readonly jobs: { readonly start: number; readonly end: number; readonly total: number };
  /** The batch's whole job list, when it is not every scenario x replication (absent: it is). */
  readonly jobList?: readonly JobBlock[];
  /** Jobs start..end-1's results, in job order. */
  readonly results: readonly ReplicationResult[];
}

/** A partial as read back: its content, with the version that wrote it and its input hash. */
export interface Partial extends PartialContent {
  readonly avsim: string;
  readonly inputHash: string;
}

export { PartialError };

/** The hash of one scenario's validated workload. */
export function workloadHash(workload: Workload): string {
  return workloadKey(workload);
}

/**
 * The job list of `jobs` (each a scenario's replications, in any order): consecutive
 * replications of one scenario, observed alike, make one block.
 */
export function jobBlocks(jobs: readonly Pick<ReplicationJob, 'scenario' | 'replication' | 'observe'>[]): JobBlock[] {
  const blocks: { scenario: number; from: number; to: number; pairPaths: boolean }[] = [];
  for (const job of jobs) {
    const pairPaths = job.observe?.pairPaths ?? false;
    const last = blocks[blocks.length - 1];
    if (last !== undefined && last.scenario === job.scenario && last.to === job.replication && last.pairPaths === pairPaths) last.to++;
    else blocks.push({ scenario: job.scenario, from: job.replication, to: job.replication + 1, pairPaths });
  }
  return blocks;
}

/** What a job list is in the input hash and the file. */
function jobListJson(blocks: readonly JobBlock[]): { scenario: number; from: number; to: number; pair_paths: boolean }[] {
  return blocks.map((b) => ({ scenario: b.scenario, from: b.from, to: b.to, pair_paths: b.pairPaths }));
}

/**
 * The hash of what decides a command's results: command, options, seed, replications,
 * each scenario's name, name in its file and workload, in order, and the job list when
 * there is one (so a partial of another batch of the same scenarios is another run's).
 * Partials belong together when theirs are equal.
 */
export function inputHash(content: Pick<PartialContent, 'command' | 'options' | 'seed' | 'replications' | 'scenarios' | 'jobList'>): string {
  const inputs = {
    command: content.command,
    options: encodeExact(content.options),
    seed: content.seed,
    replications: content.replications,
    scenarios: content.scenarios.map((s) => ({ name: s.name, localName: s.localName, workload: workloadHash(s.workload) })),
    // Absent for a grid, so that the hashes of run, compare and size stay what they were.
    ...(content.jobList === undefined ? {} : { jobs: jobListJson(content.jobList) }),
  };
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

/** The file name of a partial: `<workload>.<command>[.round-<k>].shard-<i>-of-<n>.avsim-partial.json`. */
export function partialFileName(workloadName: string, command: string, shard: Shard, round?: number): string {
  return `${workloadName}.${command}${round === undefined ? '' : `.round-${round}`}.shard-${shard.index}-of-${shard.count}${PARTIAL_SUFFIX}`;
}

/**
 * A partial's lines, each ending in a newline, made one at a time: the header, a line
 * per scenario, a line per result, the digest (see the module comment). Written as they
 * come, never joined: a shard's results may be longer in all than the longest text V8
 * holds, or than its heap holds as text at once.
 */
export function* partialLines(content: PartialContent, avsimVersion: string): Generator<string> {
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
    ...(content.jobList === undefined ? {} : { job_list: jobListJson(content.jobList) }),
    options: encodeExact(content.options),
    files: content.files,
    lines: { scenarios: content.scenarios.length, results: content.results.length },
  };
  yield `${JSON.stringify(header)}\n`;
  for (const s of content.scenarios) {
    yield `${JSON.stringify({
      name: s.name,
      local_name: s.localName,
      file: s.file,
      workload_hash: workloadHash(s.workload),
      resources: encodeExact(s.resources),
      workload: encodeExact(s.workload),
    })}\n`;
  }
  const digest = createHash('sha256');
  for (const result of content.results) {
    const line = `${JSON.stringify(encodeExact(packResult(result)))}\n`;
    digest.update(line);
    yield line;
  }
  yield `${JSON.stringify({ results_digest: digest.digest('hex') })}\n`;
}

/** A partial's text, its lines joined: for a partial known to be small (tests, messages). */
export function renderPartial(content: PartialContent, avsimVersion: string): string {
  return [...partialLines(content, avsimVersion)].join('');
}

/** Freezes a decoded workload as loading freezes one (workloads are read-only everywhere). */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** Fields every decoded replication result must carry as numbers (and as typed arrays: results/types.ts). */
const RESULT_NUMBERS = ['scenario', 'replication', 'windowSeconds', 'windowStartUtc'] as const;
/**
 * Reads a partial from its text.
 *
 * @param file - Its name, for messages.
 * @throws PartialError naming `file` when the text is not a partial of this format
 *   version, or its content does not hold together (a digest or hash that does not
 *   match, a result for another job than its place says, a field of the wrong kind).
 */
export function parsePartial(input: string | Uint8Array, file: string): Partial {
  const read = new Reader(file);
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const lines = new Lines(bytes);
  let json: unknown;
  try {
    json = JSON.parse(lines.line() ?? '');
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
  const counts = read.object(doc['lines'], 'lines');
  const scenarioLines = read.whole(counts['scenarios'], 'lines.scenarios', 1);
  const resultLines = read.whole(counts['results'], 'lines.results');
  const expected = 1 + scenarioLines + resultLines + 1;
  const cutShort = (): PartialError => read.corrupt(`it ends at line ${lines.read} of the ${expected} its header announces: the file was cut short`);
  /** The next line, as JSON; `what` it is, for messages. */
  const next = (what: string): unknown => {
    const text = lines.line();
    if (text === undefined) throw cutShort();
    try {
      return JSON.parse(text);
    } catch (thrown) {
      throw read.corrupt(`line ${lines.read} (${what}) is not JSON: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    }
  };
  const scenarios = Array.from({ length: scenarioLines }, (_, s): PartialScenario => {
    const entry = read.object(next(`scenario ${s}`), `scenarios[${s}]`);
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
  // The results' digest is taken of their bytes before any of them is decoded; then they are read again, one at a time.
  const first = { position: lines.position, read: lines.read };
  for (let k = 0; k < resultLines; k++) if (!lines.skip()) throw cutShort();
  const resultBytes = lines.since(first.position);
  const trailer = read.object(next('the digest'), 'the last line');
  if (lines.line() !== undefined) throw read.corrupt(`it goes on past the ${expected} lines its header announces`);
  if (!lines.complete) throw cutShort();
  if (createHash('sha256').update(resultBytes).digest('hex') !== trailer['results_digest']) throw read.corrupt('its results do not match their digest: the file was changed or damaged');
  const jobList = doc['job_list'] === undefined ? undefined : readJobList(read, doc['job_list'], scenarios.length);
  const content = { command, options, seed, replications, files, scenarios, shard: { index, count }, jobs, ...(jobList === undefined ? {} : { jobList }) };
  if (inputHash(content) !== hash) throw read.corrupt('its workloads and settings do not match its input hash: the file was changed');
  const slice = shardRange(jobs.total, index, count);
  const planned = jobList === undefined ? scenarios.length * replications : jobList.reduce((sum, b) => sum + b.to - b.from, 0);
  if (jobs.total !== planned || jobs.start !== slice.start || jobs.end !== slice.end) {
    const whole = jobList === undefined ? `${scenarios.length} scenarios x ${replications} replications` : `a job list of ${planned} jobs`;
    throw read.corrupt(`jobs ${jobs.start}-${jobs.end - 1} of ${jobs.total}, where shard ${index} of ${count} of ${whole} is jobs ${slice.start}-${slice.end - 1}`);
  }
  if (resultLines !== jobs.end - jobs.start) throw read.corrupt(`results: ${resultLines} for ${jobs.end - jobs.start} jobs`);
  const jobOf = jobList === undefined ? (job: number): PlannedJob => ({ scenario: Math.floor(job / replications), replication: job % replications, pairPaths: false }) : listedJobs(jobList);
  lines.seek(first.position, first.read);
  const results = Array.from({ length: resultLines }, (_, k) => {
    const job = jobs.start + k;
    const field = `results[job ${job}]`;
    return checkResult(read, unpackResult(read, read.decode(next(`job ${job}`), field), field), job, jobOf(job), scenarios);
  });
  return { ...content, results, avsim, inputHash: hash };
}

/** What job k of a partial's batch is. */
interface PlannedJob {
  readonly scenario: number;
  readonly replication: number;
  readonly pairPaths: boolean;
}

/** A file's `job_list`, each block checked against the scenarios it names. */
function readJobList(read: Reader, value: unknown, scenarios: number): JobBlock[] {
  return read.array(value, 'job_list').map((entry, k) => {
    const field = `job_list[${k}]`;
    const block = read.object(entry, field);
    const scenario = read.whole(block['scenario'], `${field}.scenario`);
    if (scenario >= scenarios) throw read.corrupt(`${field}.scenario: no scenario ${scenario} of ${scenarios}`);
    const from = read.whole(block['from'], `${field}.from`);
    const to = read.whole(block['to'], `${field}.to`, from + 1);
    if (typeof block['pair_paths'] !== 'boolean') throw read.corrupt(`${field}.pair_paths: expected true or false`);
    return { scenario, from, to, pairPaths: block['pair_paths'] };
  });
}

/** Job k of a job list (k ascending, as the results are read). */
function listedJobs(blocks: readonly JobBlock[]): (job: number) => PlannedJob {
  const starts: number[] = [];
  let total = 0;
  for (const b of blocks) starts.push(total), (total += b.to - b.from);
  return (job) => {
    let i = blocks.length - 1;
    while (starts[i]! > job) i--;
    const b = blocks[i]!;
    return { scenario: b.scenario, replication: b.from + job - starts[i]!, pairPaths: b.pairPaths };
  };
}

/** A decoded result, checked to be job `job`'s and to have the shape the reducers read. */
function checkResult(read: Reader, value: unknown, job: number, planned: PlannedJob, scenarios: readonly PartialScenario[]): ReplicationResult {
  const field = `results[job ${job}]`;
  const result = read.object(value, field);
  for (const key of RESULT_NUMBERS) if (typeof result[key] !== 'number') throw read.corrupt(`${field}.${key}: expected a number`);
  for (const key of RESULT_ARRAYS) if (!(result[key] instanceof Float64Array)) throw read.corrupt(`${field}.${key}: expected numbers`);
  const { scenario, replication } = planned;
  if (result['scenario'] !== scenario || result['replication'] !== replication) {
    throw read.corrupt(`${field}: holds scenario ${String(result['scenario'])}, replication ${String(result['replication'])}, not job ${job}'s (scenario ${scenario}, replication ${replication})`);
  }
  // whatif's proposals read the calls by pair of sites of the baseline's first batch.
  if (planned.pairPaths && !(result['pairPaths'] instanceof Float64Array)) throw read.corrupt(`${field}.pairPaths: expected numbers`);
  const resources = read.array(result['resources'], `${field}.resources`);
  if (resources.length !== scenarios[scenario]!.resources.length) throw read.corrupt(`${field}.resources: ${resources.length} for ${scenarios[scenario]!.resources.length} resources`);
  resources.forEach((r, i) => {
    const resource = read.object(r, `${field}.resources[${i}]`);
    for (const key of RESOURCE_ARRAYS) if (!(resource[key] instanceof Float64Array)) throw read.corrupt(`${field}.resources[${i}].${key}: expected numbers`);
  });
  return result as unknown as ReplicationResult;
}
