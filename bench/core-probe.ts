/**
 * Prints how many calls per second one thread simulates here: replications of the
 * enterprise workload run directly (no pool) for about a second after a warm-up. The
 * bench runs it pinned to each core in turn (`taskset`), to show whether this machine's
 * cores are equally fast at the moment: on a shared virtual machine one vCPU is at times
 * much slower than the other, and a 2-worker run then goes at the pace of both while a
 * 1-worker run may have had the fast one.
 */
import { fileURLToPath } from 'node:url';
import { compileWorkload } from '../src/model/compiled.js';
import { runReplication } from '../src/model/replication.js';
import { loadWorkloadFile } from '../src/workload/load.js';

const workload = loadWorkloadFile(fileURLToPath(new URL('../../workloads/enterprise.yaml', import.meta.url)));
const compiled = compileWorkload(workload);
for (let r = 0; r < 16; r++) runReplication({ workload, scenario: 0, replication: 1000 + r, seed: 1 }, compiled);
let calls = 0;
const started = performance.now();
for (let r = 0; performance.now() - started < 1000; r++) calls += runReplication({ workload, scenario: 0, replication: r, seed: 1 }, compiled).callsSimulated;
process.stdout.write(`${calls / ((performance.now() - started) / 1000)}\n`);
