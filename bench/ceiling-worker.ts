/**
 * The machine's scaling ceiling for avsim's own work (see `benchCeiling` in run.ts):
 * one worker thread runs replications of the enterprise workload directly, with no pool
 * and nothing shared, and posts the seconds they took. Two such threads at once against
 * one alone show how far this machine's cores scale on this work (caches and memory
 * bandwidth included), which no scheduling of replications can beat.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileWorkload } from '../src/model/compiled.js';
import { runReplication } from '../src/model/replication.js';
import { loadWorkloadFile } from '../src/workload/load.js';

const { file, replications } = workerData as { file: string; replications: number };
const workload = loadWorkloadFile(file);
const compiled = compileWorkload(workload);
for (let r = 0; r < 4; r++) runReplication({ workload, scenario: 0, replication: 1000 + r, seed: 1 }, compiled); // warm the JIT
const started = performance.now();
for (let r = 0; r < replications; r++) runReplication({ workload, scenario: 0, replication: r, seed: 1 }, compiled);
parentPort!.postMessage((performance.now() - started) / 1000);
