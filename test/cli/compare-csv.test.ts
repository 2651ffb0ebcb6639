/** What `avsim compare` writes and prints; the command runs in-process (see in-process.ts). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { compareCommand } from '../../src/cli/compare.js';
import { COMPARISON_COLUMNS, PATHS_COLUMNS, SUMMARY_COLUMNS, TIMESERIES_COLUMNS } from '../../src/report/csv.js';
import { parseCsv } from '../support/csv.js';
import type { CsvRow as Row } from '../support/csv.js';
import { tempDir } from '../support/temp.js';
import { workload } from '../support/workloads.js';
import { invoke } from './in-process.js';

function readCsv(path: string): { header: string; rows: Row[] } {
  return parseCsv(readFileSync(path, 'utf8'));
}

it('compare writes comparison.csv with the DESIGN.md columns beside the run files, one row per scenario and resource', async () => {
  const out = tempDir();
  const r = await invoke(compareCommand, [workload('p2p-open-vs-blocked.yaml'), '--out', out, '--replications', '3'], { keptPool: true });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['.avsim-results', 'comparison.csv', 'paths.csv', 'report.html', 'summary.csv', 'timeseries.csv']);
  const { header, rows } = readCsv(join(out, 'comparison.csv'));
  expect(header).toBe(COMPARISON_COLUMNS.join(','));
  expect(readCsv(join(out, 'summary.csv')).header).toBe(SUMMARY_COLUMNS.join(','));
  expect(readCsv(join(out, 'paths.csv')).header).toBe(PATHS_COLUMNS.join(','));
  expect(readCsv(join(out, 'timeseries.csv')).header).toBe(TIMESERIES_COLUMNS.join(','));

  const scenarios = ['open', 'blocked-hq-branches', 'blocked-all-inter-site'];
  const resources = ['edge:edge', 'mcu:pool1', 'ports:hq', 'ports:branch-north', 'ports:branch-south'];
  expect(rows.map((row) => `${row.scenario} ${row.resource}`)).toEqual(scenarios.flatMap((s) => resources.map((id) => `${s} ${id}`)));
  // Figures are those of summary.csv for the same scenario and resource.
  const summary = readCsv(join(out, 'summary.csv')).rows;
  for (const row of rows) {
    const same = summary.find((x) => x.scenario === row.scenario && x.resource === row.resource)!;
    for (const column of ['capacity', 'blocking_probability', 'mean_concurrency', 'p95_concurrency', 'peak_concurrency']) {
      expect(row[column], `${row.scenario} ${row.resource} ${column}`).toBe(same[column]);
    }
    const [delta, low, high] = [row.delta_mean_concurrency, row.delta_ci95_low, row.delta_ci95_high].map(Number) as [number, number, number];
    expect(low).toBeLessThanOrEqual(delta);
    expect(delta).toBeLessThanOrEqual(high);
  }
  // The first scenario is the reference; blocking P2P moves load onto the Edge.
  for (const row of rows.filter((x) => x.scenario === 'open')) expect([row.delta_mean_concurrency, row.delta_ci95_low, row.delta_ci95_high]).toEqual(['0', '0', '0']);
  const edge = rows.find((x) => x.scenario === 'blocked-hq-branches' && x.resource === 'edge:edge')!;
  expect(Number(edge.delta_ci95_low)).toBeGreaterThan(0);
  // The table on stdout names every scenario and the reference.
  for (const s of scenarios) expect(r.stdout).toContain(s);
  expect(r.stdout).toMatch(/paired difference in mean concurrency from "open"/);
  expect(r.stdout).toMatch(/wrote .*\{comparison,summary,paths,timeseries\}\.csv/);
});

it('compare of several files: names collide, so every scenario carries its workload name; --json is one document', async () => {
  const out = tempDir();
  const r = await invoke(compareCommand, [
    workload('row-8-certificate-internal.yaml'),
    workload('row-8b-certificate-cname.yaml'),
    '--out',
    out,
    '--replications',
    '2',
    '--json',
  ], { keptPool: true });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const doc = JSON.parse(r.stdout) as { seed: number; replications: number; reference: string; comparison: Row[]; files: Row[] };
  expect(doc.seed).toBe(1);
  expect(doc.replications).toBe(2);
  expect(doc.reference).toBe('row-8-certificate-internal/baseline');
  expect(doc.files.map((f) => f['scenario'])).toEqual(['row-8-certificate-internal/baseline', 'row-8b-certificate-cname/baseline']);
  const { rows } = readCsv(join(out, 'comparison.csv'));
  expect([...new Set(rows.map((row) => row.scenario))]).toEqual(['row-8-certificate-internal/baseline', 'row-8b-certificate-cname/baseline']);
  expect(doc.comparison.length).toBe(rows.length);
  // R8: with the defect every relayed call fails, so the workaround adds the Edge's whole load.
  const edge = rows.find((row) => row.scenario === 'row-8b-certificate-cname/baseline' && row.resource === 'edge:edge')!;
  expect(Number(edge.delta_mean_concurrency)).toBeCloseTo(Number(edge.mean_concurrency), 3);
});
