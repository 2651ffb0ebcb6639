/**
 * The bench's sharding section: the CPU a run spread over shards costs against the same
 * run on one machine (the target: at most 5% more). Both sides write the same
 * CSV bytes, which is checked.
 *
 * - In-process: 4 shards one after another (each on a pool of its own, as each machine
 *   starts its own), each partial written to a file, read back, merged and summarised,
 *   against one run; CPU of this process, every thread.
 * - As processes (full bench only): `avsim run --shard i/4` four times and
 *   `avsim merge`, each a process of its own, against one `avsim run` process: what a
 *   cluster pays, Node's start-up and module loading in each process included.
 * - whatif, in-process: 4 shards, pass after pass until each has written the last
 *   round (each shard's slice of each round on a pool of its own, through partial
 *   files), and the merge of the rounds, against one whatif; whatif.csv checked the same.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergePartials } from '../src/analysis/merge.js';
import { parsePartial, PARTIAL_SUFFIX, renderPartial } from '../src/analysis/partial.js';
import type { Scenario } from '../src/analysis/run.js';
import { runScenarios } from '../src/analysis/run.js';
import { runShard } from '../src/analysis/shard-run.js';
import { NODE_FLAGS } from '../src/cli/node-flags.js';
import { packageVersion } from '../src/cli/package-files.js';
import { readPartialFile, roundFolder } from '../src/cli/partials.js';
import { writeFileAtomic } from '../src/report/atomic-write.js';
import { renderRunCsv } from '../src/report/csv.js';
import { renderWhatifCsv } from '../src/report/whatif.js';
import { summarize } from '../src/results/summarize.js';
import { whatif } from '../src/whatif/whatif.js';
import { mergeWhatifRounds, whatifShard, whatifSpec } from '../src/whatif/whatif-rounds.js';
import { loadScenarios } from '../src/workload/scenarios.js';

/** Workers of every run here, sharded or not: a machine of a cluster has more than one core. */
const WORKERS = 2;

/** CPU seconds of this process so far, every thread. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

const csvText = (files: ReturnType<typeof renderRunCsv>): string => files.map((f) => `${f.name}\n${String(f.data)}`).join('\n');

/** CPU seconds of one run of `file` and its CSVs, in this process. */
async function oneRun(file: string, replications: number): Promise<{ cpu: number; csv: string }> {
  const started = cpuSeconds();
  const run = await runScenarios(loadScenarios(file), { workers: WORKERS, replications });
  const csv = csvText(renderRunCsv(run.summary));
  return { cpu: cpuSeconds() - started, csv };
}

/** CPU seconds of `shards` shards of the same run one after another, through partial files, and their merge. */
async function shardedRun(file: string, replications: number, shards: number, dir: string): Promise<{ cpu: number; csv: string }> {
  const started = cpuSeconds();
  const scenarios = loadScenarios(file);
  const paths: string[] = [];
  for (let index = 1; index <= shards; index++) {
    const content = await runShard({ command: 'run', files: [file], scenarios }, { index, count: shards }, { workers: WORKERS, replications });
    const path = join(dir, `shard-${index}.avsim-partial.json`);
    await writeFileAtomic(path, renderPartial(content, 'bench'));
    paths.push(path);
  }
  const partials = [];
  for (const path of paths) partials.push({ file: path, partial: parsePartial(await readFile(path, 'utf8'), path) });
  const merged = mergePartials(partials, 'bench');
  const summary = summarize(
    merged.scenarios.map((s) => s.name),
    merged.scenarios.map((s) => s.resources),
    merged.results,
  );
  const csv = csvText(renderRunCsv(summary));
  return { cpu: cpuSeconds() - started, csv };
}

/** CPU seconds of one `avsim` process with `args`. */
function avsimCpu(args: readonly string[], report: string): number {
  const cli = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
  const preload = fileURLToPath(new URL('./cpu-report.js', import.meta.url));
  execFileSync(process.execPath, [...NODE_FLAGS, '--import', preload, cli, ...args], { env: { ...process.env, AVSIM_CPU_REPORT: report }, stdio: ['ignore', 'ignore', 'inherit'] });
  return Number(readFileSync(report, 'utf8'));
}

/**
 * The process side: one `avsim run` against 4 shard processes and a merge process, in
 * the order one, sharded, sharded, one, the least of each kept (interference only adds
 * CPU); checks the CSVs match.
 */
function processRuns(file: string, replications: number, shards: number, dir: string): { one: number; sharded: number } {
  const report = join(dir, 'cpu');
  const common = [file, '--replications', String(replications), '--workers', String(WORKERS), '--quiet', '--no-report'];
  let one = Infinity;
  let sharded = Infinity;
  for (const side of ['one', 'sharded', 'sharded', 'one']) {
    rmSync(join(dir, 'parts'), { recursive: true, force: true });
    if (side === 'one') {
      one = Math.min(one, avsimCpu(['run', ...common, '--out', join(dir, 'one')], report));
      continue;
    }
    let cpu = 0;
    for (let i = 1; i <= shards; i++) cpu += avsimCpu(['run', ...common, '--shard', `${i}/${shards}`, '--out', join(dir, 'parts')], report);
    cpu += avsimCpu(['merge', join(dir, 'parts'), '--out', join(dir, 'merged'), '--quiet', '--no-report'], report);
    sharded = Math.min(sharded, cpu);
  }
  for (const name of ['summary.csv', 'paths.csv', 'timeseries.csv']) {
    if (readFileSync(join(dir, 'one', name), 'utf8') !== readFileSync(join(dir, 'merged', name), 'utf8')) throw new Error(`sharded processes: ${name} differs from one run's`);
  }
  return { one, sharded };
}

/** CPU seconds of one whatif of `baseline` and its whatif.csv, in this process. */
async function oneWhatif(baseline: Scenario, replications: number): Promise<{ cpu: number; csv: string }> {
  const started = cpuSeconds();
  const out = await whatif(baseline, { replications, workers: WORKERS });
  return { cpu: cpuSeconds() - started, csv: renderWhatifCsv(out) };
}

/**
 * CPU seconds of a whatif in `shards` shards, pass after pass into the fresh folder `dir`
 * until every shard has written the last round (or said complete), and the merge of its
 * rounds: what a driver following docs/sharding.md does.
 */
async function shardedWhatif(baseline: Scenario, file: string, replications: number, shards: number, dir: string): Promise<{ cpu: number; csv: string }> {
  const started = cpuSeconds();
  const version = packageVersion();
  const spec = whatifSpec(baseline, file, { replications });
  const store = roundFolder(dir, baseline.workload.name, 'whatif');
  for (let pass = 1, done = 0; done < shards; pass++) {
    if (pass > 3) throw new Error('sharded whatif: the last round not written after 3 passes');
    done = 0;
    for (let index = 1; index <= shards; index++) {
      const outcome = await whatifShard(spec, { index, count: shards }, store, version, { workers: WORKERS });
      if (outcome.state === 'complete' || (outcome.state === 'written' && outcome.last)) done++;
    }
  }
  const partials = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(PARTIAL_SUFFIX)).sort()) partials.push(await readPartialFile(join(dir, name)));
  const { output } = await mergeWhatifRounds(partials, version);
  return { cpu: cpuSeconds() - started, csv: renderWhatifCsv(output) };
}

/** One row of the bench table. */
export type AddRow = (section: string, metric: string, value: number, unit: string, target?: string) => void;

/**
 * The sharding rows: the CPU of 4 shards and their merge over one run's, in-process and
 * (full bench) as processes, and the CPU sharding adds per shard. That extra is a fixed
 * cost per shard (in each process Node's start-up and modules, a pool's threads and a
 * cold JIT in each worker, about a second; the merge process reading the partials back,
 * under one), so the bench runs what is worth spreading over 4 machines. In-process:
 * 1,024 replications on 2 workers, about 70 s of CPU, in the order one, sharded,
 * sharded, one, the best of each kept (interference only adds time). As processes,
 * where the start-ups weigh: 2,048 replications, 4 shards of about 35 s of CPU, in the
 * same order. About 7 minutes in all. The quick bench only exercises the code: its run
 * is too short for the fixed cost to be small beside it (no target).
 */
export async function benchShard(add: AddRow, quick: boolean): Promise<void> {
  const file = fileURLToPath(new URL('../../workloads/enterprise.yaml', import.meta.url));
  const replications = quick ? 16 : 1024;
  const shards = 4;
  const dir = mkdtempSync(join(tmpdir(), 'avsim-bench-shard-'));
  try {
    let one = Infinity;
    let sharded = Infinity;
    const csv: Record<string, string> = {};
    for (const side of quick ? ['one', 'sharded'] : ['one', 'sharded', 'sharded', 'one']) {
      const r = side === 'one' ? await oneRun(file, replications) : await shardedRun(file, replications, shards, dir);
      if (side === 'one') one = Math.min(one, r.cpu);
      else sharded = Math.min(sharded, r.cpu);
      csv[side] = r.csv;
    }
    if (csv['one'] !== csv['sharded']) throw new Error("sharded in-process: the CSVs differ from one run's");
    const target = quick ? '' : '<= 1.05';
    add('shard', `enterprise, ${replications} replications, ${WORKERS} workers: CPU of one run, in-process`, one, 's');
    add('shard', `CPU of ${shards} shards one after another + merge (in-process, through partial files) / one run`, sharded / one, 'x', target);
    add('shard', `CPU sharding adds per shard, in-process ((sharded - one) / ${shards})`, (sharded - one) / shards, 's');
    if (!quick) {
      const p = processRuns(file, 2 * replications, shards, dir);
      add('shard', `${2 * replications} replications: CPU of ${shards} avsim run --shard processes + an avsim merge process / one avsim run process`, p.sharded / p.one, 'x', target);
      add('shard', `CPU sharding adds per shard, as processes ((sharded - one) / ${shards})`, (p.sharded - p.one) / shards, 's');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The whatif sharding rows: the CPU of a whatif of the enterprise workload (its 14
 * candidates and the baseline) in 4 shards, two passes (round 1, then round 2, the last)
 * and the merge of the rounds, over one whatif's, and what that adds per shard and
 * round run. The extra is a fixed cost of each shard's slice of each round (a pool of
 * its own: threads, modules, a cold JIT), where one whatif starts one pool for all its
 * batches, and the partials written, read back by the next round's shards and by the
 * merge; so the ratio depends on the size of the run, and is shown without a target
 * (docs/performance.md). The full bench runs 20 replications (300 of 24 h), sides in
 * the order one, sharded, sharded, one, the best of each kept; the quick bench 1
 * replication once each, only to exercise the code.
 */
export async function benchWhatifShard(add: AddRow, quick: boolean): Promise<void> {
  const replications = quick ? 1 : 20;
  const shards = 4;
  const { one, sharded } = await whatifShardCpu(replications, shards, quick ? ['one', 'sharded'] : ['one', 'sharded', 'sharded', 'one']);
  add('shard', `whatif of enterprise, ${replications} replication${replications === 1 ? '' : 's'}, ${WORKERS} workers: CPU of one whatif, in-process`, one, 's');
  add('shard', `CPU of a whatif in ${shards} shards (2 passes, through partial files) + merge / one whatif`, sharded / one, 'x');
  // Two rounds run by each shard.
  add('shard', `CPU sharding adds per shard and round run, whatif ((sharded - one) / (${shards} x 2))`, (sharded - one) / (shards * 2), 's');
}

/**
 * The least CPU seconds of one whatif of the enterprise workload and of the same in
 * `shards` shards, over the sides in `order`; throws when their whatif.csv differ.
 */
export async function whatifShardCpu(replications: number, shards: number, order: readonly ('one' | 'sharded')[]): Promise<{ one: number; sharded: number }> {
  const file = fileURLToPath(new URL('../../workloads/enterprise.yaml', import.meta.url));
  const [baseline] = loadScenarios(file);
  const root = mkdtempSync(join(tmpdir(), 'avsim-bench-whatif-shard-'));
  try {
    let one = Infinity;
    let sharded = Infinity;
    const csv: Record<string, string> = {};
    let k = 0;
    for (const side of order) {
      const r = side === 'one' ? await oneWhatif(baseline!, replications) : await shardedWhatif(baseline!, file, replications, shards, join(root, `parts-${++k}`));
      if (side === 'one') one = Math.min(one, r.cpu);
      else sharded = Math.min(sharded, r.cpu);
      csv[side] = r.csv;
    }
    if (csv['one'] !== csv['sharded']) throw new Error("sharded whatif: whatif.csv differs from one whatif's");
    return { one, sharded };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
