/**
 * Smoke test of bad usage through the command's own process: main.ts's dispatch (no
 * command, an unknown one, a flag before any command) and a command's own refusals
 * (no file, a flag out of range) exit 2 with the reason and where help is, and no stack
 * trace. Each command's usage errors are checked in-process in test/cli/*-bad-usage and
 * bad-workload tests.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { avsim, tempDir, workload } from './cli-harness.js';

it('no command: exit 2, the general help on stderr', () => {
  const r = avsim([]);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^avsim \S+: capacity simulator/);
  expect(r.stderr).toMatch(/\nCommands:\n {2}init +write a commented starter workload/);
  expect(r.stderr).toMatch(/\n {2}run +simulate every scenario/);
});

it.each([
  [['frobnicate'], /^avsim: unknown command "frobnicate" \(expected init, validate, run, compare, size, whatif, merge, calibrate, fit, schema\)\nRun "avsim --help" for usage\.\n$/],
  [['--frob'], /^avsim: expected a command before --frob \(init, validate, run, compare, size, whatif, merge, calibrate, fit, schema\)\n/],
  [['help', 'nope'], /^avsim: unknown command "nope"\n/],
  [['run'], /^avsim: run takes exactly one workload file, got 0\nRun "avsim run --help" for usage\.\n$/],
  [['run', workload('row-1-p2p-open.yaml'), '--frob'], /^avsim: run does not take --frob\nRun "avsim run --help" for usage\.\n$/],
])('avsim %j exits 2 with the reason', (args, message) => {
  const r = avsim(args);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
});

it('a flag out of range exits 2 before any work, naming the flag, and writes nothing', () => {
  const out = join(tempDir(), 'out');
  const r = avsim(['run', workload('row-1-p2p-open.yaml'), '--workers', '0', '--out', out]);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^avsim: --workers: expected a whole number of at least 1, got 0\nRun "avsim run --help" for usage\.\n$/);
  expect(r.stdout).toBe('');
  expect(existsSync(out)).toBe(false);
});
