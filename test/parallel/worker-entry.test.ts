/**
 * Piscina loads its worker file with require() first. When that file was the ES module
 * `worker.js`, Node loaded it through require(esm). A worker terminated at the end of
 * that load aborted the whole process (`Assertion failed: facade->InstantiateModule`).
 * That happens when a failed replication closes the pool while the other worker is still
 * starting (CI, 2026-12-01, test/cli/replication-failure.test.ts). Piscina now loads the
 * CommonJS `worker-entry.cjs`, which reaches `worker.js` through import().
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { workerFilename } from '../../src/parallel/pool.js';

const require = createRequire(import.meta.url);

test("require() of the worker entry, piscina's first try, gives a promise of the task handler, not an ES module", async () => {
  const loaded: unknown = require(workerFilename());
  expect(loaded).toBeInstanceOf(Promise); // require(esm) would give the module's namespace
  const handler = await (loaded as Promise<unknown>);
  expect(typeof handler).toBe('function');
  expect((handler as { name: string }).name).toBe('runTask');
});

test('workers terminated while they load the entry never abort the process', () => {
  // 150 terminations from half the typical load time to a little past it. Pointed at
  // dist/src/parallel/worker.js (require(esm)), this process aborted in 5 of 6 tries.
  const script = fileURLToPath(new URL('../support/terminate-mid-load.cjs', import.meta.url));
  const r = spawnSync(process.execPath, [script, workerFilename(), '150'], { encoding: 'utf8', timeout: 120_000 });
  expect(r.stderr).not.toMatch(/Assertion failed|FATAL ERROR/);
  expect(r.status).toBe(0);
  const report = JSON.parse(r.stdout) as { terminations: number; loadedBeforeTermination: number };
  // The terminations fell around the end of the load: some workers finished, most did not.
  expect(report.loadedBeforeTermination).toBeGreaterThan(0);
  expect(report.loadedBeforeTermination).toBeLessThan(report.terminations);
}, 120_000);
