/** What `avsim size` writes and prints; the command runs in-process (see in-process.ts). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { sizeCommand } from '../../src/cli/size.js';
import { SIZING_COLUMNS } from '../../src/report/csv.js';
import { parseCsv } from '../support/csv.js';
import type { CsvRow } from '../support/csv.js';
import { tempDir } from '../support/temp.js';
import { workload } from '../support/workloads.js';
import { invoke } from './in-process.js';

function rows(path: string): { header: string; rows: CsvRow[] } {
  return parseCsv(readFileSync(path, 'utf8'));
}

it('size writes sizing.csv with the DESIGN.md columns: one row per Edge, meeting the target, one server down worse', async () => {
  const out = tempDir();
  const r = await invoke(sizeCommand, [workload('enterprise.yaml'), '--target', '0.02', '--out', out, '--replications', '3'], { keptPool: true });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['.avsim-results', 'report.html', 'sizing.csv']);
  const csv = rows(join(out, 'sizing.csv'));
  expect(csv.header).toBe(SIZING_COLUMNS.join(','));
  expect(csv.rows.map((row) => row.resource)).toEqual(['edge:edge-eu', 'edge:edge-us']); // every Edge by default
  for (const row of csv.rows) {
    const servers = Number(row.servers);
    expect(Number.isInteger(servers) && servers >= 1).toBe(true);
    expect(Number(row.capacity)).toBe(servers * 500); // sessionsPerServer: 500
    expect(row.target_blocking).toBe('0.02');
    expect(Number(row.blocking_ci95_high)).toBeLessThanOrEqual(0.02);
    expect(Number(row.blocking_probability)).toBeLessThanOrEqual(Number(row.blocking_ci95_high));
    expect(Number(row.blocking_one_server_down)).toBeGreaterThanOrEqual(Number(row.blocking_probability));
    expect(Number(row.erlang_b)).toBeGreaterThanOrEqual(0);
    expect(Number(row.erlang_b)).toBeLessThanOrEqual(1);
  }
  expect(r.stdout).toMatch(/edge:edge-eu\s+\d+\s+\d+/);
  expect(r.stdout).toMatch(/wrote .*sizing\.csv/);
});

it('size --resource sizes an MCU in A/V Conferencing servers (1,000 legs each by default) of the named scenario; --json is one document', async () => {
  const out = tempDir();
  const r = await invoke(sizeCommand, [
    workload('p2p-open-vs-blocked.yaml'),
    '--target',
    '0.05',
    '--resource',
    'mcu:pool1',
    '--scenario',
    'blocked-hq-branches',
    '--out',
    out,
    '--replications',
    '3',
    '--json',
  ], { keptPool: true });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const doc = JSON.parse(r.stdout) as {
    scenario: string;
    sizing: Record<string, number>[];
    searches: { candidates: { servers: number; blocking_ci95_high: number }[] }[];
  };
  expect(doc.scenario).toBe('blocked-hq-branches');
  const row = doc.sizing[0]!;
  expect(row['resource']).toBe('mcu:pool1');
  expect(row['units_per_server']).toBe(1000);
  expect(row['capacity']).toBe(row['servers']! * 1000);
  expect(row['blocking_ci95_high']).toBeLessThanOrEqual(0.05);
  // The answer is the fewest: one server fewer was simulated and misses the target.
  const below = doc.searches[0]!.candidates.find((c) => c.servers === row['servers']! - 1)!;
  expect(below.blocking_ci95_high).toBeGreaterThan(0.05);
  expect(row['blocking_one_server_down']).toBeGreaterThan(row['blocking_probability']!);
  expect(rows(join(out, 'sizing.csv')).rows.map((x) => x.resource)).toEqual(['mcu:pool1']);
});

it('size gives byte-identical sizing.csv with 1 and 2 workers', async () => {
  const run = async (workers: string): Promise<string> => {
    const out = tempDir();
    const r = await invoke(sizeCommand, [workload('p2p-open-vs-blocked.yaml'), '--target', '0.01', '--scenario', 'blocked-hq-branches', '--out', out, '--quiet', '--workers', workers]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    return readFileSync(join(out, 'sizing.csv'), 'utf8');
  };
  expect(await run('2')).toBe(await run('1'));
});
