/**
 * The bench's sharding section: the CPU a run spread over shards costs against the same
 * run on one machine (the issue's target: at most 5% more). Both sides write the same
 * CSV bytes, which is checked.
 *
 * The two sides of a row run at the same time, each in processes of its own: this
 * shared machine moves a process's CPU time by several per cent from one minute to the
 * next, so two runs of a minute or more one after another differ by more than the 5%
 * the row tests, while two run side by side see the same machine. (Side by side, 4
 * threads share 2 cores, which makes both sides' CPU a little higher, alike.)
 *
 * - In one process per side (bench/shard-side.ts): 4 shards one after another (each on
 *   a pool of its own, as each machine starts its own), each partial written to a file,
 *   read back, merged and summarised, against one run.
 * - As `avsim` processes (full bench only): `avsim run --shard i/4` four times and
 *   `avsim merge`, each a process of its own, against one `avsim run` process: what a
 *   cluster pays, Node's start-up and module loading in each process included.
 * - whatif, in one process per side: 4 shards, pass after pass until each has written
 *   the last round (each shard's slice of each round on a pool of its own, through
 *   partial files), and the merge of the rounds, against one whatif; and 4 shards that
 *   wait (`--wait`), at once, each on one pool for both rounds.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { NODE_FLAGS } from '../src/cli/node-flags.js';
import type { Side } from './shard-side.js';
import { SIDE_SHARDS, SIDE_WORKERS } from './shard-side.js';

/** What a side reports: its CPU seconds, and the sha256 of the CSV text it wrote. */
interface SideOutcome {
  cpu: number;
  digest: string;
}

const execFileAsync = promisify(execFile);

/** Runs node with `args` (avsim's flags first) and resolves with its standard output; rejects, with its standard error, when it fails. */
async function node(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return (await execFileAsync(process.execPath, [...NODE_FLAGS, ...args], { env, encoding: 'utf8' })).stdout;
}

/** One side in a process of its own (bench/shard-side.ts). */
async function side(name: Side, replications: number, dir: string): Promise<SideOutcome> {
  const script = fileURLToPath(new URL('./shard-side.js', import.meta.url));
  return JSON.parse(await node([script, name, String(replications), dir])) as SideOutcome;
}

/** CPU seconds of one `avsim` process with `args` (bench/cpu-report.ts reports it), `env` added to this process's environment. */
export async function avsimCpu(args: readonly string[], report: string, env: NodeJS.ProcessEnv = {}): Promise<number> {
  const cli = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
  const preload = fileURLToPath(new URL('./cpu-report.js', import.meta.url));
  await node(['--import', preload, cli, ...args], { ...process.env, ...env, AVSIM_CPU_REPORT: report });
  return Number(readFileSync(report, 'utf8'));
}

/** The CPU of one `avsim run` process and, at the same time, of 4 `avsim run --shard` processes one after another and an `avsim merge`; checks their CSVs match. */
async function processSides(file: string, replications: number, dir: string): Promise<{ one: number; sharded: number }> {
  const common = [file, '--replications', String(replications), '--workers', String(SIDE_WORKERS), '--quiet', '--no-report'];
  const sharded = async (): Promise<number> => {
    let cpu = 0;
    for (let i = 1; i <= SIDE_SHARDS; i++) cpu += await avsimCpu(['run', ...common, '--shard', `${i}/${SIDE_SHARDS}`, '--out', join(dir, 'parts')], join(dir, 'cpu-sharded'));
    return cpu + (await avsimCpu(['merge', join(dir, 'parts'), '--out', join(dir, 'merged'), '--quiet', '--no-report'], join(dir, 'cpu-sharded')));
  };
  const [one, shardedCpu] = await Promise.all([avsimCpu(['run', ...common, '--out', join(dir, 'one')], join(dir, 'cpu-one')), sharded()]);
  for (const name of ['summary.csv', 'paths.csv', 'timeseries.csv']) {
    if (readFileSync(join(dir, 'one', name), 'utf8') !== readFileSync(join(dir, 'merged', name), 'utf8')) throw new Error(`sharded processes: ${name} differs from one run's`);
  }
  return { one, sharded: shardedCpu };
}

/** The two sides of a row at the same time, each in a process of its own; checks their CSVs match. */
async function sidesTogether(one: Side, sharded: Side, replications: number, root: string): Promise<{ one: number; sharded: number }> {
  const dir = mkdtempSync(join(root, `${sharded}-`));
  const [a, b] = await Promise.all([side(one, replications, dir), side(sharded, replications, dir)]);
  if (a.digest !== b.digest) throw new Error(`${sharded}: the CSVs differ from ${one}'s`);
  return { one: a.cpu, sharded: b.cpu };
}

/** One row of the bench table. */
export type AddRow = (section: string, metric: string, value: number, unit: string, target?: string) => void;

/**
 * The sharding rows: the CPU of 4 shards and their merge over one run's, in a process
 * per side and (full bench) as `avsim` processes, and the CPU sharding adds per shard.
 * That extra is a fixed cost per shard (in each process Node's start-up and modules, a
 * pool's threads and a cold JIT in each worker, about a second; the partials written
 * and read back), so the bench runs what is worth spreading over 4 machines: 2,880
 * replications on 2 workers, each shard 40 s of CPU or more (docs/sharding.md: from
 * about that much a shard's fixed cost stays under 5%; 3,072 would pass the work
 * budget's 500 million calls on the one-machine side), the sides of each row at the
 * same time, about 7 minutes in all. The quick bench only exercises the code, on 16
 * replications: its run is too short for the fixed cost to be small beside it (no target).
 */
export async function benchShard(add: AddRow, quick: boolean): Promise<void> {
  const file = fileURLToPath(new URL('../../workloads/enterprise.yaml', import.meta.url));
  const replications = quick ? 16 : 2880;
  const shards = SIDE_SHARDS;
  const root = mkdtempSync(join(tmpdir(), 'avsim-bench-shard-'));
  try {
    const { one, sharded } = await sidesTogether('run', 'run-sharded', replications, root);
    const target = quick ? '' : '<= 1.05';
    add('shard', `enterprise, ${replications} replications, ${SIDE_WORKERS} workers: CPU of one run, in a process of its own`, one, 's');
    add('shard', `CPU of ${shards} shards one after another + merge (one process, through partial files) / one run, side by side`, sharded / one, 'x', target);
    add('shard', `CPU sharding adds per shard, in one process ((sharded - one) / ${shards})`, (sharded - one) / shards, 's');
    if (!quick) {
      const p = await processSides(file, replications, mkdtempSync(join(root, 'processes-')));
      add('shard', `CPU of ${shards} avsim run --shard processes + an avsim merge process / one avsim run process, side by side`, p.sharded / p.one, 'x', target);
      add('shard', `CPU sharding adds per shard, as processes ((sharded - one) / ${shards})`, (p.sharded - p.one) / shards, 's');
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * The whatif sharding rows: the CPU of a whatif of the enterprise workload (its 14
 * candidates and the baseline) in 4 shards, two passes (round 1, then round 2, the last)
 * and the merge of the rounds, over one whatif's, side by side, and what that adds per
 * shard and round run. The extra is a fixed cost of each shard's slice of each round (a
 * pool of its own: threads, modules, a cold JIT), where one whatif starts one pool for
 * all its batches, and the partials written, read back by the next round's shards and
 * by the merge; so the ratio depends on the size of the run, and is shown without a
 * target (docs/performance.md). The full bench runs 20 replications (300 of 24 h); the
 * quick bench 1, only to exercise the code.
 *
 * Then the same whatif in 4 shards that wait (`--wait`): run at once, each on one pool
 * for both rounds, waiting for the others' slices between them; that is the way to
 * shard a whatif where the shards can run at once, and its row has the issue's target
 * (at most 5% over one machine), on the largest whatif one machine may run.
 */
/**
 * Replications of the waiting-shards whatif row: the most the work budget admits for this
 * whatif on one machine (it counts the most candidates the kinds could propose), so the
 * side it is compared with can run at all; each shard then has about 30 s of CPU.
 */
const WAITING_REPLICATIONS = 140;

export async function benchWhatifShard(add: AddRow, quick: boolean): Promise<void> {
  const replications = quick ? 1 : 20;
  const shards = SIDE_SHARDS;
  const root = mkdtempSync(join(tmpdir(), 'avsim-bench-whatif-shard-'));
  try {
    const { one, sharded } = await sidesTogether('whatif', 'whatif-sharded', replications, root);
    add('shard', `whatif of enterprise, ${replications} replication${replications === 1 ? '' : 's'}, ${SIDE_WORKERS} workers: CPU of one whatif, in a process of its own`, one, 's');
    add('shard', `CPU of a whatif in ${shards} shards (2 passes, through partial files) + merge / one whatif, side by side`, sharded / one, 'x');
    // Two rounds run by each shard.
    add('shard', `CPU sharding adds per shard and round run, whatif ((sharded - one) / (${shards} x 2))`, (sharded - one) / (shards * 2), 's');
    const waiting = quick ? 1 : WAITING_REPLICATIONS;
    const w = await sidesTogether('whatif', 'whatif-waiting', waiting, mkdtempSync(join(root, 'waiting-')));
    add('shard', `whatif of enterprise, ${waiting} replication${waiting === 1 ? '' : 's'}, ${SIDE_WORKERS} workers: CPU of one whatif, in a process of its own`, w.one, 's');
    add('shard', `CPU of a whatif in ${shards} shards that wait (--wait: at once, one pool each for both rounds) + merge / one whatif, side by side`, w.sharded / w.one, 'x', quick ? '' : '<= 1.05');
    add('shard', `CPU sharding adds per waiting shard, whatif ((sharded - one) / ${shards})`, (w.sharded - w.one) / shards, 's');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
