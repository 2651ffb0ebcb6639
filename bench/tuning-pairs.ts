/**
 * What avsim's V8 tuning (src/parallel/v8-tuning.ts) is worth on a workload:
 *
 *   node dist/bench/tuning-pairs.js [PAIRS [REPLICATIONS [WORKLOAD]]]
 *
 * `avsim run` processes on 2 workers with the tuning and without it (AVSIM_V8_TUNING=0),
 * pair by pair, the order turned every other pair so that the machine's drift favours
 * neither. Checks that each pair wrote the same summary.csv, then prints each pair's CPU
 * seconds and the median of tuned / untuned CPU: below 1, the tuning saves. Defaults:
 * 6 pairs of 300 replications of workloads/enterprise.yaml.
 *
 * The tuning is process-wide, so the two cannot share a process as bench/ab.ts's builds
 * do; a pair is two processes one after the other, each ~10 s on this machine.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from 'simple-statistics';
import { avsimCpu } from './shard.js';

async function main(): Promise<void> {
  const [pairsArg = '6', replications = '300', workload] = process.argv.slice(2);
  const pairs = Number(pairsArg);
  if (!(Number.isInteger(pairs) && pairs >= 1) || !(Number(replications) >= 1)) throw new Error('usage: tuning-pairs.js [PAIRS [REPLICATIONS [WORKLOAD]]]');
  const file = resolve(workload ?? fileURLToPath(new URL('../../workloads/enterprise.yaml', import.meta.url)));
  const dir = mkdtempSync(join(tmpdir(), 'avsim-tuning-'));
  try {
    const run = async (tuning: '0' | '1', out: string): Promise<number> =>
      avsimCpu(['run', file, '--replications', replications, '--workers', '2', '--quiet', '--no-report', '--out', join(dir, out)], join(dir, `cpu-${out}`), { AVSIM_V8_TUNING: tuning });
    const ratios: number[] = [];
    for (let p = 0; p < pairs; p++) {
      const cpu = { untuned: 0, tuned: 0 };
      for (const side of p % 2 === 0 ? (['untuned', 'tuned'] as const) : (['tuned', 'untuned'] as const)) cpu[side] = await run(side === 'tuned' ? '1' : '0', side);
      const summary = (out: string): string => readFileSync(join(dir, out, 'summary.csv'), 'utf8');
      if (summary('tuned') !== summary('untuned')) throw new Error(`pair ${p + 1}: summary.csv differs with and without the tuning`);
      ratios.push(cpu.tuned / cpu.untuned);
      process.stdout.write(`pair ${p + 1}: CPU ${cpu.untuned.toFixed(1)} s untuned, ${cpu.tuned.toFixed(1)} s tuned (${(cpu.tuned / cpu.untuned).toFixed(3)})\n`);
    }
    process.stdout.write(`${file}: tuned / untuned CPU, median of ${pairs} pairs: ${median(ratios).toFixed(3)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((thrown: unknown) => {
  process.stderr.write(`${thrown instanceof Error ? thrown.message : String(thrown)}\n`);
  process.exitCode = 1;
});
