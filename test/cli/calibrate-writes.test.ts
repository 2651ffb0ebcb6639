/**
 * `avsim calibrate` in-process (test/cli/in-process.ts): the fitted workload goes to
 * --out, calibration.csv, a copy of the workload and report.html to the result set, and
 * what it wrote loads with the real loader, with a base and without one.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { CALIBRATION_COLUMNS } from '../../src/calibrate/calibration-rows.js';
import { calibrateCommand } from '../../src/cli/calibrate.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { tempDir } from '../support/temp.js';
import { roundTripFiles } from './calibrate-fixture.js';
import { invoke } from './in-process.js';

let files: Awaited<ReturnType<typeof roundTripFiles>>;
beforeAll(async () => {
  files = await roundTripFiles();
});

it('with --base: writes FITTED.yaml, and calibration.csv, fitted.yaml and report.html into --report-dir, and says so', async () => {
  const out = join(files.dir, 'hq-fitted.yaml');
  const set = join(tempDir(), 'set');
  const r = await invoke(calibrateCommand, [files.records, '--base', files.workload, '--out', out, '--report-dir', set]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(readdirSync(set).sort()).toEqual(['.avsim-results', 'calibration.csv', 'fitted.yaml', 'report.html']);
  const yaml = readFileSync(out, 'utf8');
  expect(readFileSync(join(set, 'fitted.yaml'), 'utf8')).toBe(yaml);
  const [scenario] = loadScenarios(out);
  expect(scenario!.workload.name).toBe('hq-fitted'); // named after --out
  expect(scenario!.workload.deployment.sites.map((s) => s.users)).toEqual([2000, 1500, 1000]); // from the base
  expect(readFileSync(join(set, 'calibration.csv'), 'utf8').split('\n')[0]).toBe(CALIBRATION_COLUMNS.join(','));
  const page = readFileSync(join(set, 'report.html'), 'utf8');
  expect(page).toContain('avsim calibrate: hq-fitted');
  expect(page).toContain('london: calls per user per hour, by local hour');
  expect(page).toContain('two-party audio: Q-Q plot against the fitted lognormal');
  expect(r.stdout).toMatch(/^calibrated from \d+ records of .*records\.csv \(\d+ two-party calls, \d+ conferences; 0 rows skipped\): 4 locations with rates of their own; holding times peerAudio lognormal, peerVideo exponential, conference lognormal\n/);
  expect(r.stdout).toContain(`wrote ${out}\nwrote ${set}/calibration.csv, ${set}/fitted.yaml and ${set}/report.html\n`);
});

it('without a base: a minimal deployment that loads, the result set by default in results/<fitted name>/calibrate', async () => {
  const cwd = process.cwd();
  const here = tempDir();
  process.chdir(here);
  try {
    const r = await invoke(calibrateCommand, [files.records, '--out', 'guess.yaml', '--quiet', '--no-report']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(join(here, 'results', 'guess', 'calibrate')).sort()).toEqual(['.avsim-results', 'calibration.csv', 'fitted.yaml']);
    const [scenario] = loadScenarios(join(here, 'guess.yaml'));
    expect(scenario!.workload.deployment.sites.map((s) => s.name).sort()).toEqual(['bangalore', 'london', 'newyork']);
    expect(scenario!.workload.deployment.edges.map((e) => e.name)).toEqual(['edge']);
    expect(readFileSync(join(here, 'guess.yaml'), 'utf8')).toContain('# assumption: no base workload');
  } finally {
    process.chdir(cwd);
  }
  expect(existsSync(join(cwd, 'results', 'guess'))).toBe(false);
});
