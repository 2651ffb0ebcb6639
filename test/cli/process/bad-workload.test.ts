/**
 * Smoke test of a broken workload through the command's own process: exit 2, the file
 * and field on stderr, no stack trace, nothing on stdout, nothing written. Every kind of
 * defect is checked in-process in test/cli/bad-workload.test.ts.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { TWO_SITES } from '../../workload/helpers.js';
import { avsim, tempDir } from './cli-harness.js';

it('avsim run of a workload with a typo exits 2 naming file and field, writes nothing', () => {
  const dir = tempDir();
  const file = join(dir, 'bad.yaml');
  writeFileSync(file, TWO_SITES.replace('users: 50', 'users: 50, usres: 3'));
  const out = join(dir, 'out');
  const r = avsim(['run', file, '--out', out]);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/bad\.yaml: deployment\.sites\[1\]\.usres: unknown key "usres"/);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(r.stdout).toBe('');
  expect(existsSync(out)).toBe(false);
});

it('avsim run of a missing file exits 2; avsim validate exits 2 on a broken file and 0 on a valid one', () => {
  const dir = tempDir();
  const out = join(dir, 'out');
  const missing = avsim(['run', join(dir, 'no-such.yaml'), '--out', out]);
  expect(missing.status).toBe(2);
  expect(missing.stderr).toMatch(/no-such\.yaml: cannot read the workload file: no such file/);
  expect(existsSync(out)).toBe(false);

  writeFileSync(join(dir, 'bad.yaml'), TWO_SITES.replace('users: 50', 'users: -5'));
  writeFileSync(join(dir, 'ok.yaml'), TWO_SITES);
  const bad = avsim(['validate', join(dir, 'bad.yaml'), join(dir, 'ok.yaml')]);
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/bad\.yaml: deployment\.sites\[1\]\.users: expected a positive integer, got -5/);
  expect(bad.stdout).toMatch(/ok\.yaml: ok\n$/);
  expect(avsim(['validate', join(dir, 'ok.yaml')]).status).toBe(0);
});
