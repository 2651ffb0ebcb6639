/** `avsim size` writes report.html beside sizing.csv; the command runs in-process (test/cli/in-process.ts). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { sizeCommand } from '../../src/cli/size.js';
import { invoke } from '../cli/in-process.js';
import { tempDir } from '../support/temp.js';
import { workload } from '../support/workloads.js';

it('size writes report.html: per resource, blocking against servers with the target and the chosen count', async () => {
  const out = tempDir();
  const r = await invoke(sizeCommand, [workload('row-5-blocked-udp.yaml'), '--target', '0.05', '--out', out, '--replications', '3']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['.avsim-results', 'report.html', 'sizing.csv']);
  expect(r.stdout).toMatch(/wrote .*sizing\.csv and .*report\.html/);
  const page = readFileSync(join(out, 'report.html'), 'utf8');
  const servers = readFileSync(join(out, 'sizing.csv'), 'utf8').split('\n')[1]!.split(',')[2];
  expect(page).toContain('edge:edge: blocking against the number of servers');
  expect(page).toContain('target 5%');
  expect(page).toContain(`>${servers} servers</text>`);
  expect((page.match(/<svg /g) ?? []).length).toBe(1);
});
