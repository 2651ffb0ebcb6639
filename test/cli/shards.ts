/** Helpers of the sharding tests: run a command's n shards in-process, and read a folder's files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Command } from '../../src/cli/command.js';
import { mergeCommand } from '../../src/cli/merge.js';
import { invoke } from './in-process.js';

/** Runs shards 1..n of `command args` (in that order, each its own call) into folder `dir`. */
export async function runShards(command: Command, args: readonly string[], n: number, dir: string): Promise<void> {
  for (let i = 1; i <= n; i++) {
    const r = await invoke(command, [...args, '--shard', `${i}/${n}`, '--out', dir, '--quiet'], { keptPool: true });
    expect(r.stderr, `shard ${i}/${n}`).toBe('');
    expect(r.status, `shard ${i}/${n}`).toBe(0);
  }
}

/** Every file of a folder by name, as text. */
export function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

/** The CSV files of a folder (what a --no-report merge writes besides the set's marker). */
export function csvsOf(dir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(filesOf(dir)).filter(([name]) => name.endsWith('.csv')));
}

/**
 * Merges the partials in `parts` for each n: the CSVs, without the report, compared
 * with one run's; then, for the last n, the whole set with report.html (rendering the
 * report is most of a merge's time, and the same whatever n).
 */
export async function expectMergesEqual(root: string, counts: readonly number[], expected: Record<string, string>): Promise<void> {
  const csvs = Object.fromEntries(Object.entries(expected).filter(([name]) => name.endsWith('.csv')));
  for (const n of counts) {
    const r = await invoke(mergeCommand, [join(root, `parts-${n}`), '--out', join(root, `merged-${n}`), '--no-report']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`merged ${n} shard${n === 1 ? '' : 's'} of `);
    expect(csvsOf(join(root, `merged-${n}`)), `${n} shards`).toEqual(csvs);
  }
  const last = counts[counts.length - 1]!;
  const r = await invoke(mergeCommand, [join(root, `parts-${last}`), '--out', join(root, 'merged-with-report'), '--quiet']);
  expect(r.status).toBe(0);
  expect(filesOf(join(root, 'merged-with-report')), `${last} shards, with the report`).toEqual(expected);
}
