/**
 * Prints how many calls per second one thread simulates here: replications of the
 * enterprise workload run directly (no pool) for about a second after a warm-up. The
 * bench runs it pinned to each core in turn (`taskset`), to show whether this machine's
 * cores are equally fast at the moment: on a shared virtual machine one vCPU is at times
 * much slower than the other, and a 2-worker run then goes at the pace of both while a
 * 1-worker run may have had the fast one. It also runs two at once, one on each core, to
 * show what the cores give when both are busy (a shared host may give less than twice
 * one core).
 *
 * Usage: `core-probe.js [START_MS [DURATION_MS]]`. With START_MS (a `Date.now()` instant)
 * the probe keeps simulating until then and measures from then on, so that two probes
 * started together measure over the same interval; without it, it measures from the end
 * of its warm-up. DURATION_MS defaults to 1000.
 */
import { fileURLToPath } from 'node:url';
import { compileWorkload } from '../src/model/compiled.js';
import { runReplication } from '../src/model/replication.js';
import { tuneV8 } from '../src/parallel/v8-tuning.js';
import { loadWorkloadFile } from '../src/workload/load.js';

tuneV8(); // as avsim's worker threads run

const startAt = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
const duration = Number(process.argv[3] ?? 1000);
const workload = loadWorkloadFile(fileURLToPath(new URL('../../workloads/enterprise.yaml', import.meta.url)));
const compiled = compileWorkload(workload);
let replication = 0;
const next = (): number => runReplication({ workload, scenario: 0, replication: replication++, seed: 1 }, compiled).callsSimulated;
for (let r = 0; r < 16 || (startAt !== undefined && Date.now() < startAt); r++) next();
// A probe still warming up at START_MS measures late, over less of the common interval:
// say so on stderr, where the bench can see it.
if (startAt !== undefined && Date.now() - startAt > duration / 10) process.stderr.write(`started measuring ${Date.now() - startAt} ms late\n`);
let calls = 0;
const started = performance.now();
while (performance.now() - started < duration) calls += next();
process.stdout.write(`${calls / ((performance.now() - started) / 1000)}\n`);
