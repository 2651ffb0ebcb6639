/** `avsim run --quiet` prints nothing at all and still writes every file; the command runs in-process (see in-process.ts). */
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { runCommand } from '../../src/cli/run.js';
import { tempDir } from '../support/temp.js';
import { workload } from '../support/workloads.js';
import { invoke } from './in-process.js';

it('--quiet: nothing on stdout or stderr, the three CSVs and report.html written', async () => {
  const out = tempDir();
  const r = await invoke(runCommand, [workload('row-1-p2p-open.yaml'), '--out', out, '--replications', '2', '--quiet']);
  expect(r.status).toBe(0);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe('');
  expect(readdirSync(out).sort()).toEqual(['.avsim-results', 'paths.csv', 'report.html', 'summary.csv', 'timeseries.csv']);
  // Without it the same run prints its summary (so the capture does see what the command writes).
  const loud = await invoke(runCommand, [workload('row-1-p2p-open.yaml'), '--out', tempDir(), '--replications', '2']);
  expect(loud.stdout).toMatch(/^scenario baseline \(2 replications\)\n/);
});
