/**
 * Compares the speed of two builds of avsim on one workload, in one process: their
 * replications alternate (A B, B A, A B, ...), so a shared machine's drift, which moves
 * a run's speed by tens of per cent over seconds, hits both alike. Before timing, it
 * checks that both builds give the same results for the same replications.
 *
 * Usage: `node --single-threaded-gc dist/bench/ab.js DIST_A DIST_B [REPLICATIONS] [WORKLOAD]`
 * where each DIST is a build's `dist` folder (`npm run build` in a checkout of it, with
 * its packages installed, or a copy of one kept inside a checkout, which finds the
 * checkout's). REPLICATIONS (default 300) are timed per build after 40 checked ones;
 * WORKLOAD defaults to workloads/enterprise.yaml. Pass two copies of one build
 * (`cp -r dist dist-copy`; the same folder twice loads its modules once, which compares
 * nothing) to see the noise of the comparison itself (docs/performance.md).
 *
 * Two builds that simulate differently (a change to the model, not only to its speed)
 * are compared by time per simulated call instead: the same replication indices, each
 * build's own calls; the first line says so.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, sum } from 'simple-statistics';
import type { CompiledWorkload } from '../src/model/compiled.js';
import type { ReplicationJob } from '../src/model/replication.js';
import type { ReplicationResult } from '../src/results/types.js';
import type { Workload } from '../src/workload/schema.js';
import { tuneV8 } from '../src/parallel/v8-tuning.js';

type Replicate = (replication: number) => ReplicationResult;

const CHECKED = 40;

async function load(dist: string, file: string): Promise<Replicate> {
  const url = (path: string): string => pathToFileURL(resolve(dist, path)).href;
  const { compileWorkload } = (await import(url('src/model/compiled.js'))) as { compileWorkload: (w: Workload) => CompiledWorkload };
  const { runReplication } = (await import(url('src/model/replication.js'))) as {
    runReplication: (job: ReplicationJob, compiled: CompiledWorkload) => ReplicationResult;
  };
  const { loadWorkloadFile } = (await import(url('src/workload/load.js'))) as { loadWorkloadFile: (file: string) => Workload };
  const workload = loadWorkloadFile(file);
  const compiled = compileWorkload(workload);
  return (replication) => runReplication({ workload, scenario: 0, replication, seed: workload.seed }, compiled);
}

/** What a replication computed, as text: equal for two builds that simulate alike. */
function signature(r: ReplicationResult): string {
  return JSON.stringify(r, (_key, value: unknown) => (ArrayBuffer.isView(value) ? Array.from(value as Float64Array) : value));
}

async function main(): Promise<void> {
  const [distA, distB, count = '300', workload] = process.argv.slice(2);
  if (distA === undefined || distB === undefined) {
    process.stderr.write('usage: ab.js DIST_A DIST_B [REPLICATIONS] [WORKLOAD]\n');
    process.exitCode = 2;
    return;
  }
  const replications = Number(count);
  tuneV8(); // both builds under the flags avsim's workers run with
  if (!(Number.isInteger(replications) && replications >= 2)) throw new RangeError(`REPLICATIONS must be a whole number of at least 2, got ${count}`);
  const file = resolve(workload ?? fileURLToPath(new URL('../../workloads/enterprise.yaml', import.meta.url)));
  const builds = [await load(distA, file), await load(distB, file)] as const;
  let alike = true;
  for (let r = 0; r < CHECKED; r++) alike &&= signature(builds[0](r)) === signature(builds[1](r));
  const times: [number[], number[]] = [[], []];
  const calls: [number, number] = [0, 0];
  for (let r = 0; r < replications; r++) {
    for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) {
      const started = performance.now();
      calls[k as 0 | 1] += builds[k]!(CHECKED + r).callsSimulated;
      times[k]!.push(performance.now() - started);
    }
  }
  const total = times.map((t) => sum(t));
  const perCall = (k: 0 | 1): number => (total[k]! / calls[k]) * 1e6; // ns per call
  const how = alike ? `after ${CHECKED} checked alike` : `the builds simulate differently (${CHECKED} replications compared): compared per simulated call`;
  process.stdout.write(`${file}: ${replications} replications each, alternated (${how})\n`);
  for (const k of [0, 1] as const) {
    const dist = k === 0 ? distA : distB;
    process.stdout.write(`${'AB'[k]} ${dist}: ${(total[k]! / 1000).toFixed(2)} s, median ${median(times[k]).toFixed(2)} ms, ${calls[k]} calls, ${(1000 / perCall(k)).toFixed(3)} M calls/s\n`);
  }
  if (alike) process.stdout.write(`B / A time: ${(total[1]! / total[0]!).toFixed(3)} (medians: ${(median(times[1]) / median(times[0])).toFixed(3)})\n`);
  process.stdout.write(`B / A time per simulated call: ${(perCall(1) / perCall(0)).toFixed(3)}\n`);
}

main().catch((thrown: unknown) => {
  process.stderr.write(`ab failed: ${thrown instanceof Error ? thrown.message : String(thrown)}\n`);
  process.exitCode = 1;
});
