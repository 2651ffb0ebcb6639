/**
 * Smoke test of the command as a user runs it: `avsim run` of a small workload, a
 * process of its own, writes the three CSVs with the DESIGN.md columns and report.html,
 * leaves no temporary file, and prints the summary (the worker count in its footer) and
 * what it wrote. Every example workload runs in-process in
 * test/analysis/run-every-workload.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PATHS_COLUMNS, SUMMARY_COLUMNS, TIMESERIES_COLUMNS } from '../../../src/report/csv.js';
import { avsim, tempDir, workload } from './cli-harness.js';

it('avsim run workloads/row-1-p2p-open.yaml writes the three CSVs and report.html, and says so', () => {
  const out = tempDir();
  const r = avsim(['run', workload('row-1-p2p-open.yaml'), '--out', out, '--replications', '2']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['.avsim-results', 'paths.csv', 'report.html', 'summary.csv', 'timeseries.csv']); // no temporary files left
  const header = (name: string): string => readFileSync(join(out, name), 'utf8').split('\n')[0]!;
  expect(header('summary.csv')).toBe(SUMMARY_COLUMNS.join(','));
  expect(header('paths.csv')).toBe(PATHS_COLUMNS.join(','));
  expect(header('timeseries.csv')).toBe(TIMESERIES_COLUMNS.join(','));
  expect(readFileSync(join(out, 'summary.csv'), 'utf8').trim().split('\n').length).toBeGreaterThan(1);
  expect(readFileSync(join(out, 'report.html'), 'utf8')).toMatch(/^<!doctype html>[\s\S]*<svg /i);
  expect(r.stdout).toMatch(/^scenario baseline \(2 replications\)\n/);
  expect(r.stdout).toMatch(/calls\/s on 1 worker\)\n/);
  expect(r.stdout).toMatch(/wrote .*\{summary,paths,timeseries\}\.csv and .*report\.html\n$/);
});
