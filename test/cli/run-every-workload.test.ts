import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PATHS_COLUMNS, SUMMARY_COLUMNS, TIMESERIES_COLUMNS } from '../../src/report/csv.js';
import { ROOT, avsim, tempDir } from './cli-harness.js';

const files = readdirSync(join(ROOT, 'workloads')).filter((f) => /\.(ya?ml|json)$/.test(f));

it('the repository ships workloads', () => {
  expect(files.length).toBeGreaterThanOrEqual(13);
});

it.each(files)('avsim run workloads/%s writes the three CSVs with the DESIGN.md columns and report.html', (file) => {
  const out = tempDir();
  const r = avsim(['run', join('workloads', file), '--out', out, '--replications', '2', '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toBe(''); // --quiet
  const header = (name: string): string => readFileSync(join(out, name), 'utf8').split('\n')[0]!;
  expect(header('summary.csv')).toBe(SUMMARY_COLUMNS.join(','));
  expect(header('paths.csv')).toBe(PATHS_COLUMNS.join(','));
  expect(header('timeseries.csv')).toBe(TIMESERIES_COLUMNS.join(','));
  expect(readFileSync(join(out, 'summary.csv'), 'utf8').trim().split('\n').length).toBeGreaterThan(1);
  expect(readdirSync(out).sort()).toEqual(['paths.csv', 'report.html', 'summary.csv', 'timeseries.csv']); // no temporary files left
});
