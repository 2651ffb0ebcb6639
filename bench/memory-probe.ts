/**
 * Prints the peak RSS (KiB) of one process that simulates the enterprise workload for
 * the given number of hours (argv[2]), then its heap after a full collection (KiB) and the
 * calls simulated. Run in a fresh process per measurement.
 */
import { fileURLToPath } from 'node:url';
import { compileWorkload } from '../src/model/compiled.js';
import { runReplication } from '../src/model/replication.js';
import { loadWorkloadFile } from '../src/workload/load.js';
import type { Workload } from '../src/workload/schema.js';

const hours = Number(process.argv[2] ?? '1');
const base = loadWorkloadFile(fileURLToPath(new URL('../../workloads/enterprise.yaml', import.meta.url)));
const workload: Workload = { ...base, simulation: { ...base.simulation, duration: hours * 3600 } };
const result = runReplication({ workload, scenario: 0, replication: 0, seed: 1 }, compileWorkload(workload));
// Retained memory after a full collection, when run with --expose-gc: what the
// replication still holds, as opposed to garbage the collector had not yet reclaimed.
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const retained = process.memoryUsage().heapUsed;
process.stdout.write(`${process.resourceUsage().maxRSS} ${retained / 1024} ${result.callsSimulated}\n`);
