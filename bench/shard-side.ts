/**
 * One side of a sharding row of the bench (bench/shard.ts), in a process of its own so
 * that the two sides of a row can run at the same time:
 *
 *   node dist/bench/shard-side.js SIDE REPLICATIONS DIR
 *
 * SIDE is `run` (one run of workloads/enterprise.yaml), `run-sharded` (the same in 4
 * shards one after another, each on a pool of its own as each machine starts its own,
 * through partial files in DIR, and their merge), `whatif` or `whatif-sharded` (a whatif
 * of its first scenario, whole or in 4 shards pass after pass until each has written the
 * last round, and the merge of the rounds), or `whatif-waiting` (the 4 shards at once,
 * each on a pool of its own kept for both rounds, waiting for the others between them
 * as `--wait` does, their simulations taking turns, and the merge). Prints one line of
 * JSON: the CPU seconds the
 * side took in this process (every thread, the workers' included), and the sha256 of
 * the CSV text it wrote (every CSV of a run; whatif.csv), which the two sides of a row
 * must share.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergePartials } from '../src/analysis/merge.js';
import type { PartialFile } from '../src/analysis/merge.js';
import { PARTIAL_SUFFIX, partialLines } from '../src/analysis/partial.js';
import { runScenarios } from '../src/analysis/run.js';
import { runShard } from '../src/analysis/shard-run.js';
import { packageVersion } from '../src/cli/package-files.js';
import { readPartialFile, roundFolder } from '../src/cli/partials.js';
import { WorkerPool } from '../src/parallel/pool.js';
import { writeFileAtomic } from '../src/report/atomic-write.js';
import { renderRunCsv } from '../src/report/csv.js';
import { renderWhatifCsv } from '../src/report/whatif.js';
import { summarize } from '../src/results/summarize.js';
import { whatif } from '../src/whatif/whatif.js';
import { mergeWhatifRounds, whatifShard, whatifSpec } from '../src/whatif/whatif-rounds.js';
import { loadScenarios } from '../src/workload/scenarios.js';

/** Workers of every side, sharded or not: a machine of a cluster has more than one core. */
export const SIDE_WORKERS = 2;
/** Shards of every sharded side. */
export const SIDE_SHARDS = 4;

export type Side = 'run' | 'run-sharded' | 'whatif' | 'whatif-sharded' | 'whatif-waiting';

const FILE = fileURLToPath(new URL('../../workloads/enterprise.yaml', import.meta.url));

/** CPU seconds of this process so far, every thread. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

const csvText = (files: ReturnType<typeof renderRunCsv>): string => files.map((f) => `${f.name}\n${String(f.data)}`).join('\n');

async function oneRun(replications: number): Promise<string> {
  const run = await runScenarios(loadScenarios(FILE), { workers: SIDE_WORKERS, replications });
  return csvText(renderRunCsv(run.summary));
}

async function shardedRun(replications: number, dir: string): Promise<string> {
  const scenarios = loadScenarios(FILE);
  const paths: string[] = [];
  for (let index = 1; index <= SIDE_SHARDS; index++) {
    const content = await runShard({ command: 'run', files: [FILE], scenarios }, { index, count: SIDE_SHARDS }, { workers: SIDE_WORKERS, replications });
    const path = join(dir, `shard-${index}${PARTIAL_SUFFIX}`);
    await writeFileAtomic(path, partialLines(content, 'bench'));
    paths.push(path);
  }
  const partials = [];
  for (const path of paths) partials.push(await readPartialFile(path));
  const merged = mergePartials(partials, 'bench');
  const summary = summarize(
    merged.scenarios.map((s) => s.name),
    merged.scenarios.map((s) => s.resources),
    merged.results,
  );
  return csvText(renderRunCsv(summary));
}

async function oneWhatif(replications: number): Promise<string> {
  const [baseline] = loadScenarios(FILE);
  return renderWhatifCsv(await whatif(baseline!, { replications, workers: SIDE_WORKERS }));
}

/** What a driver following docs/sharding.md does: pass after pass of every shard until each has written the last round (or said complete), then the merge of the rounds. */
async function shardedWhatif(replications: number, dir: string): Promise<string> {
  const [baseline] = loadScenarios(FILE);
  const version = packageVersion();
  const spec = whatifSpec(baseline!, FILE, { replications });
  const store = roundFolder(dir, baseline!.workload.name, 'whatif');
  for (let pass = 1, done = 0; done < SIDE_SHARDS; pass++) {
    if (pass > 3) throw new Error('sharded whatif: the last round not written after 3 passes');
    done = 0;
    for (let index = 1; index <= SIDE_SHARDS; index++) {
      const outcome = await whatifShard(spec, { index, count: SIDE_SHARDS }, store, version, { workers: SIDE_WORKERS });
      if (outcome.state === 'complete' || (outcome.state === 'written' && outcome.last)) done++;
    }
  }
  const { output } = await mergeWhatifRounds(await partialsOf(dir), version);
  return renderWhatifCsv(output);
}

/**
 * A shard's pool that simulates only when no other shard's does: 4 machines' shards
 * share these 2 cores without all their workers competing for them at once (8 threads
 * on 2 cores cost each other CPU in switches and caches, which 4 machines would not),
 * as the pass-by-pass side runs one shard at a time.
 */
class TakingTurns extends WorkerPool {
  private static turn: Promise<void> = Promise.resolve();

  override async run(...args: Parameters<WorkerPool['run']>): ReturnType<WorkerPool['run']> {
    const before = TakingTurns.turn;
    let done = (): void => undefined;
    TakingTurns.turn = new Promise((resolve) => (done = resolve));
    await before;
    try {
      return await super.run(...args);
    } finally {
      done();
    }
  }
}

/** What 4 machines running `avsim whatif --shard i/4 --wait` at once on one folder do (their simulations taking turns), then the merge of the rounds. */
async function waitingWhatif(replications: number, dir: string): Promise<string> {
  const [baseline] = loadScenarios(FILE);
  const version = packageVersion();
  const spec = whatifSpec(baseline!, FILE, { replications });
  const store = roundFolder(dir, baseline!.workload.name, 'whatif');
  const shard = async (index: number): Promise<void> => {
    const pool = new TakingTurns(SIDE_WORKERS);
    try {
      const outcome = await whatifShard(spec, { index, count: SIDE_SHARDS }, store, version, { pool }, { seconds: 3600, pollMs: 100 });
      if (!(outcome.state === 'written' && outcome.last)) throw new Error(`waiting shard ${index}: ended at round ${outcome.round}, ${outcome.state}`);
    } finally {
      await pool.close();
    }
  };
  await Promise.all(Array.from({ length: SIDE_SHARDS }, (_, i) => shard(i + 1)));
  return renderWhatifCsv((await mergeWhatifRounds(await partialsOf(dir), version)).output);
}

async function partialsOf(dir: string): Promise<PartialFile[]> {
  const partials = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(PARTIAL_SUFFIX)).sort()) partials.push(await readPartialFile(join(dir, name)));
  return partials;
}

async function main(): Promise<void> {
  const [side, count, dir] = process.argv.slice(2);
  const replications = Number(count);
  if (dir === undefined || !(Number.isInteger(replications) && replications >= 1)) throw new Error('usage: shard-side.js run|run-sharded|whatif|whatif-sharded|whatif-waiting REPLICATIONS DIR');
  const started = cpuSeconds();
  let csv: string;
  if (side === 'run') csv = await oneRun(replications);
  else if (side === 'run-sharded') csv = await shardedRun(replications, dir);
  else if (side === 'whatif') csv = await oneWhatif(replications);
  else if (side === 'whatif-sharded') csv = await shardedWhatif(replications, dir);
  else if (side === 'whatif-waiting') csv = await waitingWhatif(replications, dir);
  else throw new Error(`unknown side "${side}"`);
  const cpu = cpuSeconds() - started;
  process.stdout.write(`${JSON.stringify({ cpu, digest: createHash('sha256').update(csv).digest('hex') })}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
