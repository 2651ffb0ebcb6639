/** `avsim compare`'s usage errors and invalid files: exit 2, nothing written; the command runs in-process (see in-process.ts). */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { compareCommand } from '../../src/cli/compare.js';
import { tempDir } from '../support/temp.js';
import { workload } from '../support/workloads.js';
import { invoke } from './in-process.js';

it('compare without files exits 2', async () => {
  const r = await invoke(compareCommand, []);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/compare takes one or more workload files/);
});

it('compare reports every invalid file, exits 2 and writes nothing', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.yaml'), 'name: a\ndeployment:\n  pools: [{ name: p }]\n  sites: [{ name: hq, pool: p, users: -5 }]\n');
  const out = join(dir, 'out');
  const r = await invoke(compareCommand, [workload('row-1-p2p-open.yaml'), join(dir, 'a.yaml'), join(dir, 'missing.yaml'), '--out', out]);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/a\.yaml: deployment\.sites\[0\]\.users: expected a positive integer, got -5/);
  expect(r.stderr).toMatch(/missing\.yaml: cannot read the workload file: no such file/);
  expect(r.stdout).toBe('');
  expect(existsSync(out)).toBe(false);
});

it('the same file twice collides even with workload-name prefixes: exit 2', async () => {
  const out = join(tempDir(), 'out');
  const file = workload('row-1-p2p-open.yaml');
  const r = await invoke(compareCommand, [file, file, '--out', out]);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/scenario "row-1-p2p-open\/baseline" appears twice/);
  expect(existsSync(out)).toBe(false);
});

it('bad options exit 2 before any work', async () => {
  const out = join(tempDir(), 'out');
  const r = await invoke(compareCommand, [workload('row-1-p2p-open.yaml'), '--replications', '0', '--out', out]);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/--replications: expected a whole number from 1 to 10000, got 0/);
  expect(existsSync(out)).toBe(false);
});
