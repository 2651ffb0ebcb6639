/**
 * Prints the peak RSS (KiB) of one process that simulates the enterprise workload for
 * the given number of hours (argv[2]) on one worker thread, as `avsim run` does, and the
 * calls simulated. Run in a fresh process per measurement.
 */
import { fileURLToPath } from 'node:url';
import { runScenarios } from '../src/analysis/run.js';
import { loadWorkloadFile } from '../src/workload/load.js';
import type { Workload } from '../src/workload/schema.js';

const hours = Number(process.argv[2] ?? '1');
const base = loadWorkloadFile(fileURLToPath(new URL('../../workloads/enterprise.yaml', import.meta.url)));
const workload: Workload = { ...base, simulation: { ...base.simulation, duration: hours * 3600, interval: 3600 } };
const out = await runScenarios([{ name: 'baseline', workload }], { workers: 1, replications: 1 });
process.stdout.write(`${process.resourceUsage().maxRSS} ${out.summary.totals.calls_simulated}\n`);
