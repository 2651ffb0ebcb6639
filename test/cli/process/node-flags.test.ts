/**
 * Every way of starting a simulation passes the same Node flags (src/node-flags.ts): the
 * `avsim` command's shebang, `npm start` and `npm run bench`. The flags are V8's and
 * process-wide, so a place that forgot them would run (and measure) a different
 * configuration without a word.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { NODE_FLAGS } from '../../../src/cli/node-flags.js';
import { CLI, ROOT, tempDir, workload } from './cli-harness.js';

const flags = NODE_FLAGS.join(' ');

test('the avsim command starts Node with the flags, in source and as built', () => {
  for (const file of [join(ROOT, 'src/cli/main.ts'), CLI]) {
    const shebang = readFileSync(file, 'utf8').split('\n', 1)[0];
    expect(shebang, file).toBe(`#!/usr/bin/env -S node ${flags}`);
  }
});

test('npm start and npm run bench start Node with the flags', () => {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  expect(scripts['start']).toMatch(new RegExp(`^node ${flags} dist/src/cli/main\\.js `));
  expect(scripts['bench']).toMatch(new RegExp(`^node ${flags} dist/bench/run\\.js$`));
});

test('this Node accepts the flags and runs a simulation with them', () => {
  const r = spawnSync(process.execPath, [...NODE_FLAGS, CLI, 'run', workload('row-1-p2p-open.yaml'), '--replications', '2', '--workers', '1', '--json', '--no-report', '--out', join(tempDir(), 'out')], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect((JSON.parse(r.stdout) as { totals: { replications: number } }).totals.replications).toBe(2);
});
