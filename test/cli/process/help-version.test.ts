/**
 * Smoke test of what main.ts answers itself: `--help` (and `help`) lists every command
 * on stdout, `<command> --help` gives the command's usage and options, `--version` the
 * package's version; each exits 0.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, avsim } from './cli-harness.js';

const COMMANDS = ['run', 'compare', 'size', 'whatif', 'validate', 'schema'];

it('avsim --help and avsim help list every command on stdout and exit 0', () => {
  for (const args of [['--help'], ['help']]) {
    const r = avsim(args);
    expect(r.status, args.join(' ')).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^avsim \S+: capacity simulator/);
    for (const name of COMMANDS) expect(r.stdout).toMatch(new RegExp(`\\n {2}${name} +\\S`));
    expect(r.stdout).toMatch(/Exit codes: 0 ok, 1 simulation failure, 2 bad usage or invalid workload, 130 interrupted\./);
  }
});

it('avsim <command> --help and avsim help <command> give its usage and exit 0', () => {
  const run = avsim(['run', '--help']);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^Usage: avsim run FILE \[options\]\n/);
  expect(run.stdout).toContain('--no-report');
  const size = avsim(['help', 'size']);
  expect(size.status).toBe(0);
  expect(size.stdout).toMatch(/^Usage: avsim size FILE --target P/);
  expect(size.stdout).toContain('--target P');
  const whatif = avsim(['whatif', '--help']);
  expect(whatif.status).toBe(0);
  expect(whatif.stdout).toMatch(/^Usage: avsim whatif FILE \[--changes KIND\.\.\.\] \[--changes-file CHANGES\] \[--top N\]/);
  for (const flag of ['--changes KIND', '--changes-file CHANGES', '--top N', '--precision R', '--max-replications N']) expect(whatif.stdout).toContain(flag);
  expect(avsim(['compare', '--help']).stdout).toContain('--precision R');
  expect(run.stdout).toContain('--precision R');
});

it("avsim --version prints package.json's version and exits 0", () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const r = avsim(['--version']);
  expect(r.status).toBe(0);
  expect(r.stdout).toBe(`${version}\n`);
});
