/**
 * `avsim calibrate` refuses what it cannot use with exit 2, naming the file and, where
 * one is at fault, its line and column; malformed rows it can skip are warnings (the
 * first 20, then a count), on stderr and in the report. Nothing is written on a refusal.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { calibrateCommand } from '../../src/cli/calibrate.js';
import { tempDir } from '../support/temp.js';
import { HEADER, tempFile } from './calibrate-fixture.js';
import { invoke } from './in-process.js';

const GOOD = '2026-03-02T09:00:00Z,2026-03-02T09:03:00Z,audio,,a,b,london,paris,p2p';
const BAD = '2026-03-02T09:00:00Z,yesterday,audio,,a,b,london,paris,p2p';

/** Runs calibrate on `records` with --out and --report-dir in a fresh folder. */
async function calibrateFile(records: string, ...args: string[]) {
  const dir = tempDir();
  const r = await invoke(calibrateCommand, [records, '--out', join(dir, 'fitted.yaml'), '--report-dir', join(dir, 'set'), ...args]);
  return { ...r, dir };
}

it('a file with no usable row: exit 2, the malformed rows listed by line and column, nothing written', async () => {
  const r = await calibrateFile(tempFile('records.csv', `${HEADER}\n${BAD}\n${BAD}\n`));
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/records\.csv: no usable record \(2 malformed rows skipped\):\n {2}.*records\.csv:2: column end_utc: expected an ISO 8601 UTC time, got "yesterday"\n {2}.*records\.csv:3: column end_utc: /);
  expect(readdirSync(r.dir)).toEqual([]);
});

it('a header lacking columns, an empty file, a missing file: exit 2 naming the file', async () => {
  const header = await calibrateFile(tempFile('records.csv', 'start_utc,end_utc,kind,caller,callee,path\n'));
  expect(header.status).toBe(2);
  expect(header.stderr).toMatch(/records\.csv:1: missing columns conference_id, caller_location, callee_location \(expected a header with /);
  const empty = await calibrateFile(tempFile('records.csv', ''));
  expect(empty.status).toBe(2);
  expect(empty.stderr).toMatch(/records\.csv: expected a header row, got an empty file\n$/);
  const missing = await calibrateFile(join(tempDir(), 'none.csv'));
  expect(missing.status).toBe(2);
  expect(missing.stderr).toMatch(/none\.csv: cannot read the records file: no such file \(ENOENT\)\n$/);
});

it('a bad --subnets file: exit 2 with its line and column', async () => {
  const subnets = tempFile('subnets.csv', 'Identity,MaskBits,NetworkSiteID\n10.1.0.0,16,london\n10.2.0.0,40,paris\n');
  const r = await calibrateFile(tempFile('records.csv', `${HEADER}\n${GOOD}\n`), '--subnets', subnets);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('subnets.csv:3: column MaskBits: expected a prefix length from 0 to 32 for an IPv4 address, got "40"');
  const columns = await calibrateFile(tempFile('records.csv', `${HEADER}\n${GOOD}\n`), '--subnets', tempFile('subnets.csv', 'Identity,Mask\n'));
  expect(columns.status).toBe(2);
  expect(columns.stderr).toMatch(/subnets\.csv: missing columns MaskBits, NetworkSiteID\n$/);
});

it('a --base that does not load: exit 2 with the file and field', async () => {
  const base = tempFile('base.yaml', 'name: b\ndeployment:\n  pools: [{ name: p }]\n  sites: [{ name: london, pool: p, users: -5 }]\n');
  const r = await calibrateFile(tempFile('records.csv', `${HEADER}\n${GOOD}\n`), '--base', base);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/base\.yaml: deployment\.sites\[0\]\.users: expected a positive integer/);
  const broken = await calibrateFile(tempFile('records.csv', `${HEADER}\n${GOOD}\n`), '--base', tempFile('base.yaml', 'name: [\n'));
  expect(broken.status).toBe(2);
  expect(broken.stderr).toMatch(/base\.yaml: invalid YAML at line 2, column 1: /);
});

it('usage: one records file, --out required and not a folder', async () => {
  const records = tempFile('records.csv', `${HEADER}\n${GOOD}\n`);
  const none = await invoke(calibrateCommand, [records]);
  expect(none.status).toBe(2);
  expect(none.stderr).toMatch(/calibrate needs --out FITTED\.yaml/);
  const two = await invoke(calibrateCommand, [records, records, '--out', join(tempDir(), 'f.yaml')]);
  expect(two.status).toBe(2);
  expect(two.stderr).toMatch(/calibrate takes exactly one records file, got 2/);
  const folder = await invoke(calibrateCommand, [records, '--out', tempDir()]);
  expect(folder.status).toBe(2);
  expect(folder.stderr).toMatch(/--out .*: is a directory/);
  const flag = await invoke(calibrateCommand, [records, '--out', join(tempDir(), 'f.yaml'), '--seed', '3']);
  expect(flag.status).toBe(2);
  expect(flag.stderr).toMatch(/calibrate does not take --seed/);
});

it('malformed rows are skipped with a warning each (the first 20, then a count), also in the report; exit 0', async () => {
  const rows = [GOOD, ...new Array<string>(25).fill(BAD), GOOD.replace('09:00:00', '10:00:00').replace('09:03:00', '10:05:00')];
  const r = await calibrateFile(tempFile('records.csv', `${HEADER}\n${rows.join('\n')}\n`));
  expect(r.status).toBe(0);
  const warnings = r.stderr.trimEnd().split('\n');
  expect(warnings).toHaveLength(21);
  expect(warnings[0]).toMatch(/^avsim: warning: .*records\.csv:3: column end_utc: expected an ISO 8601 UTC time, got "yesterday"$/);
  expect(warnings[19]).toMatch(/records\.csv:22: column end_utc/);
  expect(warnings[20]).toMatch(/^avsim: warning: .*records\.csv: 5 more malformed rows skipped \(25 in all\)$/);
  const page = readFileSync(join(r.dir, 'set', 'report.html'), 'utf8');
  expect(page).toContain('Rows skipped and notes');
  expect(page).toContain('records.csv:22: column end_utc: expected an ISO 8601 UTC time, got &quot;yesterday&quot;');
  expect(page).toContain('5 more malformed rows skipped (25 in all)');
  expect(existsSync(join(r.dir, 'fitted.yaml'))).toBe(true);
  expect(readFileSync(join(r.dir, 'fitted.yaml'), 'utf8')).toMatch(/25 malformed rows skipped/);
});
