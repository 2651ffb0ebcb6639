/**
 * Batching jobs into tasks changes no result, and a failure inside a task still names
 * the replication that failed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { runScenarios } from '../../src/analysis/run.js';
import { runCommand } from '../../src/cli/run.js';
import { summaryJson } from '../../src/report/json.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { invoke } from '../cli/in-process.js';
import { tempDir } from '../support/temp.js';
import { workload } from '../support/workloads.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

test('one job per task and many give byte-identical summaries', async () => {
  const scenarios = loadScenarios(workload('p2p-open-vs-blocked.yaml'));
  const one = await runScenarios(scenarios, { replications: 24, workers: 2, maxJobsPerTask: 1 });
  const many = await runScenarios(scenarios, { replications: 24, workers: 2, maxJobsPerTask: 16 });
  expect(JSON.stringify(summaryJson(many.summary))).toBe(JSON.stringify(summaryJson(one.summary)));
});

test('a replication that fails inside a task is the one named', async () => {
  // 64 replications on one worker go in tasks [0,16) [16,28) [28,37) ...: 33 is the
  // sixth job of the third task. `avsim run` in-process; the worker reads the variable as it starts.
  vi.stubEnv('AVSIM_INJECT_FAULT', '0:33');
  const out = join(tempDir(), 'out');
  const r = await invoke(runCommand, [workload('row-1-p2p-open.yaml'), '--out', out, '--replications', '64', '--workers', '1']);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/scenario "baseline", replication 33 failed: injected fault/);
  expect(existsSync(out)).toBe(false);
});
