/**
 * Smoke test of the calibration as a user runs it, each command a process of its own:
 * `avsim run --records` of a known workload, `avsim calibrate` of those records with the
 * workload as base, `avsim fit` of the fitted workload against them. Exit codes, files
 * and the closing lines; what the commands compute is tested in-process
 * (test/calibrate/round-trip-*.test.ts, test/cli/calibrate-*.test.ts, fit-command).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ROUND_TRIP } from '../../calibrate/round-trip-fixture.js';
import { avsim, tempDir } from './cli-harness.js';

it('run --records, calibrate, fit: each exits 0 and writes its files', () => {
  const dir = tempDir();
  const workload = join(dir, 'round-trip.yaml');
  writeFileSync(workload, stringify(ROUND_TRIP));
  const records = join(dir, 'records.csv');
  const run = avsim(['run', workload, '--records', records, '--replications', '1', '--out', join(dir, 'run'), '--no-report', '--quiet']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);

  const fitted = join(dir, 'fitted.yaml');
  const calibrate = avsim(['calibrate', records, '--base', workload, '--out', fitted, '--report-dir', join(dir, 'calibrate')]);
  expect(calibrate.stderr).toBe('');
  expect(calibrate.status).toBe(0);
  expect(calibrate.stdout).toMatch(/^calibrated from \d+ records/);
  expect(readdirSync(join(dir, 'calibrate')).sort()).toEqual(['.avsim-results', 'calibration.csv', 'fitted.yaml', 'report.html']);

  const fit = avsim(['fit', fitted, records, '--replications', '3', '--out', join(dir, 'fit')]);
  expect(fit.stderr).toBe('');
  expect(fit.status).toBe(0);
  // The verdict itself is tested in-process, on more replications.
  expect(fit.stdout).toMatch(/^fit of fitted \(scenario baseline, 3 replications\) against \d+ records of .*\n {2}\d+ tests, /);
  expect(fit.stdout).toMatch(/\nwrote .*fit\.csv and .*report\.html\n$/);
  expect(readdirSync(join(dir, 'fit')).sort()).toEqual(['.avsim-results', 'fit.csv', 'report.html']);

  const bad = avsim(['calibrate', workload, '--out', join(dir, 'x.yaml')]);
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/round-trip\.yaml:1: missing columns /);
});
