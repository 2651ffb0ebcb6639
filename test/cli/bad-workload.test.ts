/**
 * What `avsim run` and `avsim validate` do with a broken workload, in-process (see
 * in-process.ts); test/cli/process/bad-workload.test.ts checks the same through the
 * command's own process.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/run.js';
import { validateCommand } from '../../src/cli/validate.js';
import { tempDir } from '../support/temp.js';
import { workload } from '../support/workloads.js';
import { TWO_SITES } from '../workload/helpers.js';
import { invoke } from './in-process.js';

const VALID = TWO_SITES;

// Each broken file: exit 2, a message naming the file and field, no stack trace, nothing written.
const CASES: [string, string, RegExp][] = [
  ['syntax error', 'name: t\ndeployment: [\n', /bad\.yaml: invalid YAML at line \d+, column \d+/],
  ['typo key', VALID.replace('users: 50', 'users: 50, usres: 3'), /bad\.yaml: deployment\.sites\[1\]\.usres: unknown key "usres"/],
  ['wrong type', VALID.replace('users: 50', 'users: -5'), /bad\.yaml: deployment\.sites\[1\]\.users: expected a positive integer, got -5/],
  ['bad reference', VALID.replace('pool: pool1, users: 50', 'pool: pool9, users: 50'), /bad\.yaml: deployment\.sites\[1\]\.pool: no pool named "pool9"/],
  [
    'C1 violation',
    VALID.replace('users: 50 }', 'users: 50, portPolicy: { minMediaPort: 40000, maxMediaPort: 40010 } }'),
    /bad\.yaml: deployment\.sites\[1\]\.portPolicy: expected at least 40 ports \(C1/,
  ],
  ['C3 violation', VALID.replace('{ name: edge }', '{ name: edge, loadBalanced: true, publicIpBehindNat: true }'), /publicIpBehindNat: .*\(C3\)/],
];

describe('a broken workload gives exit 2, the field, no stack trace, no output', () => {
  it.each(CASES)('%s', async (_label, text, message) => {
    const dir = tempDir();
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, text);
    const out = join(dir, 'out');
    const r = await invoke(runCommand, [file, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('missing file', async () => {
    const out = join(tempDir(), 'out');
    const r = await invoke(runCommand, ['no/such/file.yaml', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no\/such\/file\.yaml: cannot read the workload file: no such file/);
    expect(existsSync(out)).toBe(false);
  });

  it('the valid base of these cases does run (the cases fail for their defect alone)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ok.yaml'), VALID);
    const r = await invoke(runCommand, [join(dir, 'ok.yaml'), '--out', join(dir, 'out'), '--replications', '2', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('validate reports every problem of every file and exits 2; 0 when all are valid', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), VALID.replace('users: 50', 'users: -5').replace('pool: pool1, users: 100', 'pool: nope, users: 100'));
    writeFileSync(join(dir, 'ok.yaml'), VALID);
    const bad = await invoke(validateCommand, [join(dir, 'a.yaml'), join(dir, 'ok.yaml')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/users: expected a positive integer, got -5/);
    expect(bad.stderr).toMatch(/sites\[0\]\.pool: no pool named "nope"/);
    expect(bad.stdout).toMatch(/ok\.yaml: ok/);
    expect((await invoke(validateCommand, [join(dir, 'ok.yaml')])).status).toBe(0);
  });

  it('bad usage exits 2 (an unknown command: test/cli/process/bad-usage.test.ts)', async () => {
    const none = await invoke(runCommand, []);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^avsim: run takes exactly one workload file, got 0\nRun "avsim run --help" for usage\.\n$/);
    const out = join(tempDir(), 'out');
    const r = await invoke(runCommand, [workload('row-1-p2p-open.yaml'), '--workers', '0', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--workers: expected a whole number of at least 1, got 0/);
    expect(existsSync(out)).toBe(false);
  });
});
