/** `avsim run` writes report.html unless --no-report; the commands run in-process (test/cli/in-process.ts). */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCommand } from '../../src/cli/run.js';
import { validateCommand } from '../../src/cli/validate.js';
import { invoke } from '../cli/in-process.js';
import { tempDir } from '../support/temp.js';
import { workload } from '../support/workloads.js';

it('run writes report.html beside its CSVs, and --no-report skips it', async () => {
  const out = tempDir();
  const r = await invoke(runCommand, [workload('row-5-blocked-udp.yaml'), '--out', out, '--replications', '2']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['.avsim-results', 'paths.csv', 'report.html', 'summary.csv', 'timeseries.csv']);
  expect(r.stdout).toMatch(/wrote .*\{summary,paths,timeseries\}\.csv and .*report\.html\n$/);

  const bare = tempDir();
  const s = await invoke(runCommand, [workload('row-5-blocked-udp.yaml'), '--out', bare, '--replications', '2', '--no-report']);
  expect(s.stderr).toBe('');
  expect(s.status).toBe(0);
  expect(readdirSync(bare).sort()).toEqual(['.avsim-results', 'paths.csv', 'summary.csv', 'timeseries.csv']);
  expect(s.stdout).not.toMatch(/report\.html/);
});

it('--no-report with a command that writes no report is bad usage: exit 2, nothing written', async () => {
  const out = join(tempDir(), 'out');
  const r = await invoke(validateCommand, [workload('row-5-blocked-udp.yaml'), '--no-report', '--out', out]);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/validate does not take --no-report/);
  expect(existsSync(out)).toBe(false);
});
