// Starts worker threads that load a file the way piscina does (require() first) and
// terminates each at a random moment around the end of the load, where a termination
// hits the last steps of loading. Node aborts the whole process if that is unsafe, so
// the caller checks that this process exits 0.
// Usage: node terminate-mid-load.cjs FILE [TERMINATIONS]
'use strict';
const { Worker } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');

const file = require('node:path').resolve(process.argv[2]);
const terminations = Number(process.argv[3] ?? 120);
const code = `Promise.resolve(require(${JSON.stringify(file)})).then(() => require('node:worker_threads').parentPort.postMessage('loaded'))`;

function loadTime() {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const worker = new Worker(code, { eval: true });
    worker.once('message', () => {
      resolve(performance.now() - start);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

(async () => {
  const times = [];
  for (let i = 0; i < 5; i++) times.push(await loadTime());
  const typical = times.sort((a, b) => a - b)[2];
  let loaded = 0;
  for (let i = 0; i < terminations; i++) {
    const worker = new Worker(code, { eval: true });
    worker.on('message', () => loaded++);
    worker.on('error', () => {});
    // From half the typical load time to a little past it.
    await new Promise((resolve) => setTimeout(resolve, typical * (0.5 + 0.7 * Math.random())));
    await worker.terminate();
  }
  process.stdout.write(JSON.stringify({ typicalLoadMs: typical, terminations, loadedBeforeTermination: loaded }) + '\n');
})().catch((error) => {
  process.stderr.write(String(error?.stack ?? error) + '\n');
  process.exit(3);
});
