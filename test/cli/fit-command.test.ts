/**
 * `avsim fit` in-process (test/cli/in-process.ts): fit.csv and report.html as a result
 * set; the verdict on stdout (or --json); a workload without the deployment's firewall
 * rule named at its pair; bad input refused with exit 2 before any simulation.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { FIT_COLUMNS } from '../../src/calibrate/fit-rows.js';
import { fitCommand } from '../../src/cli/fit.js';
import { tempDir } from '../support/temp.js';
import { HEADER, roundTripFiles, tempFile } from './calibrate-fixture.js';
import { invoke } from './in-process.js';

let files: Awaited<ReturnType<typeof roundTripFiles>>;
beforeAll(async () => {
  files = await roundTripFiles(302);
});

it('the workload against its own records: fit.csv and report.html, no disagreement', async () => {
  const out = join(tempDir(), 'fit');
  const r = await invoke(fitCommand, [files.workload, files.records, '--out', out, '--replications', '4'], { keptPool: true });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['.avsim-results', 'fit.csv', 'report.html']);
  expect(readFileSync(join(out, 'fit.csv'), 'utf8').split('\n')[0]).toBe(FIT_COLUMNS.join(','));
  expect(r.stdout).toMatch(/^fit of round-trip \(scenario baseline, 4 replications\) against \d+ records of .*records\.csv:\n {2}\d+ tests, \d+ with p below 0\.05, 0 after Holm's adjustment \(family-wise 0\.05\)\n {2}no disagreement beyond chance\n/);
  expect(r.stdout).toMatch(/wrote .*fit\/fit\.csv and .*fit\/report\.html\n$/);
  const page = readFileSync(join(out, 'report.html'), 'utf8');
  expect(page).toContain('No disagreement beyond chance');
  expect(page).toContain('Media paths by location pair: records against simulation');
  expect(page).toContain('edge:edge: offered erlangs by clock hour');
});

it('a workload without the firewall rule: the disagreement named at its pair, in words and in --json', async () => {
  const out = join(tempDir(), 'fit');
  const r = await invoke(fitCommand, [files.withoutRule, files.records, '--out', out, '--replications', '4', '--no-report'], { keptPool: true });
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/ {2}disagrees: london to bangalore: the records take 100% edge-udp of \d+ calls; the simulation 100% p2p of \d+ \(chi-square [\d.]+ on 1 df, p < 0\.0001\)\.\n/);
  const json = await invoke(fitCommand, [files.withoutRule, files.records, '--out', out, '--replications', '4', '--json', '--no-report'], { keptPool: true });
  const doc = JSON.parse(json.stdout) as { workload: string; tests: { holm: number }; disagreements: string[] };
  expect(doc.workload).toBe('without-rule');
  expect(doc.tests.holm).toBe(3); // both directions and all pairs together
  expect(doc.disagreements.filter((d) => d.startsWith('bangalore to london') || d.startsWith('london to bangalore'))).toHaveLength(2);
  expect(readdirSync(out).sort()).toEqual(['.avsim-results', 'fit.csv']);
});

it('bad input: exit 2 naming the file, before any simulation', async () => {
  const one = await invoke(fitCommand, [files.workload]);
  expect(one.status).toBe(2);
  expect(one.stderr).toMatch(/fit takes a workload file and a records file, got 1 file/);
  const bad = tempFile('records.csv', `${HEADER}\nyesterday,2026-03-02T09:03:00Z,audio,,a,b,london,paris,p2p\n`);
  const none = await invoke(fitCommand, [files.workload, bad, '--out', join(tempDir(), 'fit')]);
  expect(none.status).toBe(2);
  expect(none.stderr).toMatch(/records\.csv: no usable record \(1 malformed row skipped\):\n {2}.*records\.csv:2: column start_utc: expected an ISO 8601 UTC time, got "yesterday"/);
  const scenario = await invoke(fitCommand, [files.workload, files.records, '--scenario', 'nope']);
  expect(scenario.status).toBe(2);
  expect(scenario.stderr).toMatch(/--scenario: no scenario "nope"/);
});
