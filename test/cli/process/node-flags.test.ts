/**
 * Every way of starting a simulation passes the same Node flags (src/cli/node-flags.ts):
 * the `avsim` command's shebang, `npm start` and `npm run bench`. The flags are V8's and
 * process-wide, so a place that forgot them would run (and measure) a different
 * configuration without a word. The V8 tuning avsim sets from code before its workers
 * start (src/parallel/v8-tuning.ts) must be accepted by this Node and change no result.
 */
import { spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';
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

/** `avsim run` of a small workload on one worker into `out`, with the V8 tuning or (`tuning` '0') without. */
function runWith(tuning: string | undefined, out = join(tempDir(), 'out')): SpawnSyncReturns<string> {
  const env = { ...process.env };
  delete env['AVSIM_V8_TUNING'];
  if (tuning !== undefined) env['AVSIM_V8_TUNING'] = tuning;
  return spawnSync(process.execPath, [...NODE_FLAGS, CLI, 'run', workload('row-1-p2p-open.yaml'), '--replications', '2', '--workers', '1', '--json', '--no-report', '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
}

test('this Node accepts the flags and the V8 tuning, and runs a simulation with them', () => {
  // V8 reports a flag it does not know, or a value it cannot read, on stderr.
  const r = runWith(undefined);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect((JSON.parse(r.stdout) as { totals: { replications: number } }).totals.replications).toBe(2);
});

test('the V8 tuning changes how fast, never what: the same files without it', () => {
  const dir = tempDir();
  expect(runWith(undefined, join(dir, 'tuned')).status).toBe(0);
  expect(runWith('0', join(dir, 'untuned')).status).toBe(0);
  for (const name of ['summary.csv', 'paths.csv', 'timeseries.csv']) {
    const tuned = readFileSync(join(dir, 'tuned', name), 'utf8');
    expect(tuned.split('\n').length, name).toBeGreaterThan(2);
    expect(readFileSync(join(dir, 'untuned', name), 'utf8'), name).toBe(tuned);
  }
});
