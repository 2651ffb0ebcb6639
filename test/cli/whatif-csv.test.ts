/**
 * `avsim whatif` in-process: writes whatif.csv (every candidate, in rank order, the
 * columns of docs/whatif.md, the patch as JSON that applies) and report.html as one
 * result set in results/<name>/whatif by default; --top limits the table, never the file;
 * --json prints the rows.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { whatifCommand } from '../../src/cli/whatif.js';
import { WHATIF_COLUMNS } from '../../src/report/whatif.js';
import { tempDir } from '../support/temp.js';
import { parseQuotedCsv, WHATIF_YAML } from '../whatif/fixtures.js';
import { invoke } from './in-process.js';

it('writes whatif.csv and report.html; --top 2 shows two, the file has all; --json has the same rows', async () => {
  const dir = tempDir();
  const file = join(dir, 'wi.yaml');
  writeFileSync(file, WHATIF_YAML);
  const out = join(dir, 'out');
  const r = await invoke(whatifCommand, [file, '--changes', 'p2p', '--changes', 'edge-server', '--top', '2', '--out', out, '--workers', '2']);
  expect(r.status, r.stderr).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['.avsim-results', 'report.html', 'whatif.csv']);
  const text = readFileSync(join(out, 'whatif.csv'), 'utf8');
  expect(text.split('\n')[0]).toBe(WHATIF_COLUMNS.join(','));
  const rows = parseQuotedCsv(text);
  expect(rows.map((row) => [row.rank, row.name, row.kind])).toEqual([
    ['1', 'p2p:hq~north', 'p2p'],
    ['2', 'p2p:hq~south', 'p2p'],
    ['3', 'p2p:north~south', 'p2p'],
    ['4', 'edge-server:edge', 'edge-server'],
  ]);
  expect(JSON.parse(rows[0]!.patch!)).toEqual({ network: { rules: [{ between: ['hq', 'north'], p2p: 'open' }] } });
  expect(rows.every((row) => row.replications === '3')).toBe(true);
  expect(r.stdout).toMatch(/^scenario baseline: 4 candidate changes on common random numbers \(seed 5, 3 replications each\)/);
  expect(r.stdout).toContain('p2p:hq~south');
  expect(r.stdout).not.toContain('p2p:north~south');
  expect(r.stdout).toContain('(the top 2 of 4; whatif.csv has them all)');
  const report = readFileSync(join(out, 'report.html'), 'utf8');
  expect(report).toContain('<h2>Candidate changes, ranked</h2>');
  expect(report).toContain('<svg');
  expect(report).toContain('The top 2 of 4 candidates; whatif.csv has them all.');

  const json = await invoke(whatifCommand, [file, '--changes', 'p2p', '--json', '--out', join(dir, 'json')]);
  expect(json.status).toBe(0);
  const doc = JSON.parse(json.stdout) as { candidates: { name: string; edge_sessions_delta: number }[]; busy_hours: { resource: string; busy_hour_utc: string }[] };
  expect(doc.candidates.map((c) => c.name)).toEqual(['p2p:hq~north', 'p2p:hq~south', 'p2p:north~south']);
  // The same figure as the CSV's, which keeps six significant digits.
  expect(Number(doc.candidates[0]!.edge_sessions_delta.toPrecision(6))).toBe(Number(rows[0]!.edge_sessions_delta));
  // The window holds the whole hours 09:00 and 10:00; a flat day makes either the busy one.
  expect(doc.busy_hours).toHaveLength(1);
  expect(doc.busy_hours[0]!.resource).toBe('edge:edge');
  expect(doc.busy_hours[0]!.busy_hour_utc).toMatch(/^(09|10):00$/);
});
