/**
 * An --out that cannot take the files (a file stands where the directory would be) is a
 * usage error found before the simulation, not a failed write after it: a long run's
 * results must not be lost at the end. AVSIM_INJECT_FAULT makes the first replication
 * throw (each worker reads it as it starts), so a command that simulated before
 * checking would exit 1, not 2. The commands run in-process (see in-process.ts).
 */
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { compareCommand } from '../../src/cli/compare.js';
import { runCommand } from '../../src/cli/run.js';
import { sizeCommand } from '../../src/cli/size.js';
import { tempDir } from '../support/temp.js';
import { workload } from '../support/workloads.js';
import { invoke } from './in-process.js';

beforeEach(() => {
  vi.stubEnv('AVSIM_INJECT_FAULT', '0:0');
});

afterEach(() => {
  vi.unstubAllEnvs();
});

it.each([
  ['run', runCommand, [workload('row-1-p2p-open.yaml')]],
  ['compare', compareCommand, [workload('p2p-open-vs-blocked.yaml')]],
  ['size', sizeCommand, [workload('enterprise.yaml'), '--target', '0.01']],
] as const)('%s with --out naming a file exits 2 before simulating, and leaves the file alone', async (_name, command, args) => {
  const file = join(tempDir(), 'taken');
  writeFileSync(file, 'not a directory\n');
  const r = await invoke(command, [...args, '--out', file, '--replications', '2']);
  expect(r.stderr).toContain(`--out ${file}: it exists and is not a directory`);
  expect(r.stderr).not.toMatch(/injected fault/);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(readFileSync(file, 'utf8')).toBe('not a directory\n');
});

it.each([
  ['an empty --out', (): string => '', /--out: expected a directory, got ""/],
  ['a dangling symbolic link', (): string => {
    const link = join(tempDir(), 'link');
    symlinkSync(join(tempDir(), 'gone'), link);
    return link;
  }, /it is a symbolic link/],
  ['a folder of files avsim did not write', (): string => {
    const home = tempDir();
    writeFileSync(join(home, 'notes.txt'), 'mine');
    return home;
  }, /holds files avsim did not write \(notes\.txt\)/],
] as const)('%s is refused before simulating (exit 2), and nothing is written', async (_label, out, message) => {
  const dir = out();
  const before = dir === '' ? [] : readdirSync(join(dir, '..'));
  const r = await invoke(runCommand, [workload('row-1-p2p-open.yaml'), '--out', dir, '--replications', '2']);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/injected fault/);
  expect(r.status).toBe(2);
  if (dir !== '') expect(readdirSync(join(dir, '..'))).toEqual(before);
});

it('a file further up the --out path is named', async () => {
  const file = join(tempDir(), 'taken');
  writeFileSync(file, 'not a directory\n');
  const r = await invoke(runCommand, [workload('row-1-p2p-open.yaml'), '--out', join(file, 'sub', 'dir')]);
  expect(r.stderr).toContain(`${file} exists and is not a directory`);
  expect(r.status).toBe(2);
});

it('an --out whose directories do not exist yet is fine: they are made when the files are written', async () => {
  vi.unstubAllEnvs(); // this one simulates
  const out = join(tempDir(), 'a', 'b');
  const r = await invoke(runCommand, [workload('row-1-p2p-open.yaml'), '--out', out, '--replications', '2', '--no-report', '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['.avsim-results', 'paths.csv', 'summary.csv', 'timeseries.csv']);
});

it('the injected fault does fail a run that simulates (so the cases above would see it)', async () => {
  const out = join(tempDir(), 'out');
  const r = await invoke(runCommand, [workload('row-1-p2p-open.yaml'), '--out', out, '--replications', '2', '--no-report']);
  expect(r.stderr).toMatch(/injected fault/);
  expect(r.status).toBe(1);
});

it.each([
  ['a missing folder', (): string => join(tempDir(), 'gone', 'records.csv'), /--records .*records\.csv: its folder .*gone does not exist/],
  ['a folder', (): string => tempDir(), /--records .*: expected a file to write, got a folder/],
] as const)('run --records into %s is refused before simulating (exit 2), and nothing is written', async (_label, records, message) => {
  const out = join(tempDir(), 'out');
  const r = await invoke(runCommand, [workload('row-1-p2p-open.yaml'), '--records', records(), '--out', out, '--replications', '2']);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/injected fault/);
  expect(r.status).toBe(2);
  expect(() => readdirSync(out)).toThrow();
});
