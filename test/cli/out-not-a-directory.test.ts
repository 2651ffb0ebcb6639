/**
 * An --out that cannot take the files (a file stands where the directory would be) is a
 * usage error found before the simulation, not a failed write after it: a long run's
 * results must not be lost at the end. AVSIM_INJECT_FAULT makes the first replication
 * throw, so a command that simulated before checking would exit 1, not 2.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { avsim, tempDir, workload } from './cli-harness.js';

const FAULT = { AVSIM_INJECT_FAULT: '0:0' };

it.each([
  ['run', [workload('row-1-p2p-open.yaml')]],
  ['compare', [workload('p2p-open-vs-blocked.yaml')]],
  ['size', [workload('enterprise.yaml'), '--target', '0.01']],
])('%s with --out naming a file exits 2 before simulating, and leaves the file alone', (command, args) => {
  const file = join(tempDir(), 'taken');
  writeFileSync(file, 'not a directory\n');
  const r = avsim([command, ...args, '--out', file, '--replications', '2'], FAULT);
  expect(r.stderr).toContain(`--out ${file}: it exists and is not a directory`);
  expect(r.stderr).not.toMatch(/injected fault/);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(readFileSync(file, 'utf8')).toBe('not a directory\n');
});

it('a file further up the --out path is named', () => {
  const file = join(tempDir(), 'taken');
  writeFileSync(file, 'not a directory\n');
  const r = avsim(['run', workload('row-1-p2p-open.yaml'), '--out', join(file, 'sub', 'dir')], FAULT);
  expect(r.stderr).toContain(`${file} exists and is not a directory`);
  expect(r.status).toBe(2);
});

it('an --out whose directories do not exist yet is fine: they are made when the files are written', () => {
  const out = join(tempDir(), 'a', 'b');
  const r = avsim(['run', workload('row-1-p2p-open.yaml'), '--out', out, '--replications', '2', '--no-report', '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});
