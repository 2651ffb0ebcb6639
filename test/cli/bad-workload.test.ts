import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TWO_SITES } from '../workload/helpers.js';
import { avsim, tempDir } from './cli-harness.js';

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
  it.each(CASES)('%s', (_label, text, message) => {
    const dir = tempDir();
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, text);
    const out = join(dir, 'out');
    const r = avsim(['run', file, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('missing file', () => {
    const out = join(tempDir(), 'out');
    const r = avsim(['run', 'no/such/file.yaml', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no\/such\/file\.yaml: cannot read the workload file: no such file/);
    expect(existsSync(out)).toBe(false);
  });

  it('the valid base of these cases does run (the cases fail for their defect alone)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ok.yaml'), VALID);
    const r = avsim(['run', join(dir, 'ok.yaml'), '--out', join(dir, 'out'), '--replications', '2', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('validate reports every problem of every file and exits 2; 0 when all are valid', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), VALID.replace('users: 50', 'users: -5').replace('pool: pool1, users: 100', 'pool: nope, users: 100'));
    writeFileSync(join(dir, 'ok.yaml'), VALID);
    const bad = avsim(['validate', join(dir, 'a.yaml'), join(dir, 'ok.yaml')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/users: expected a positive integer, got -5/);
    expect(bad.stderr).toMatch(/sites\[0\]\.pool: no pool named "nope"/);
    expect(bad.stdout).toMatch(/ok\.yaml: ok/);
    expect(avsim(['validate', join(dir, 'ok.yaml')]).status).toBe(0);
  });

  it('bad usage exits 2', () => {
    expect(avsim(['run']).status).toBe(2);
    expect(avsim(['frobnicate']).status).toBe(2);
    const r = avsim(['run', 'workloads/row-1-p2p-open.yaml', '--workers', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--workers: expected a whole number of at least 1, got 0/);
  });
});
