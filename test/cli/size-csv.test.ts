import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SIZING_COLUMNS } from '../../src/report/csv.js';
import { avsim, tempDir, workload } from './cli-harness.js';

function rows(path: string): { header: string; rows: Record<string, string>[] } {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const columns = header!.split(',');
  return { header: header!, rows: lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i]!, cell]))) };
}

it('size writes sizing.csv with the DESIGN.md columns: one row per Edge, meeting the target, one server down worse', () => {
  const out = tempDir();
  const r = avsim(['size', workload('enterprise.yaml'), '--target', '0.02', '--out', out, '--replications', '3']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['report.html', 'sizing.csv']);
  const csv = rows(join(out, 'sizing.csv'));
  expect(csv.header).toBe(SIZING_COLUMNS.join(','));
  expect(csv.rows.map((row) => row.resource)).toEqual(['edge:edge-eu', 'edge:edge-us']); // every Edge by default
  for (const row of csv.rows) {
    const servers = Number(row.servers);
    expect(Number.isInteger(servers) && servers >= 1).toBe(true);
    expect(Number(row.capacity)).toBe(servers * 150); // sessionsPerServer: 150
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

it('size --resource sizes an MCU in A/V Conferencing servers (1,000 legs each by default) of the named scenario; --json is one document', () => {
  const out = tempDir();
  const r = avsim([
    'size',
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
  ]);
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

it('size gives byte-identical sizing.csv with 1 and 2 workers', () => {
  const run = (workers: string): string => {
    const out = tempDir();
    const r = avsim(['size', workload('p2p-open-vs-blocked.yaml'), '--target', '0.01', '--scenario', 'blocked-hq-branches', '--out', out, '--quiet', '--workers', workers]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    return readFileSync(join(out, 'sizing.csv'), 'utf8');
  };
  expect(run('2')).toBe(run('1'));
});
