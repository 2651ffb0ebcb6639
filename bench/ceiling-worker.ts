/**
 * One copy of the plain M/M/c/c loop in a worker thread (see `ceiling` in run.ts):
 * posts the seconds it took. Two at once against one alone measure how far this
 * machine's cores scale on work that shares nothing, the ceiling for any speed-up.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lossPlainLoop } from './kernel.js';

const { horizon } = workerData as { horizon: number };
lossPlainLoop(1, 80, 100, 1e4); // warm up the JIT, as the timed runs of run.ts do
parentPort!.postMessage(lossPlainLoop(1, 80, 100, horizon).seconds);
