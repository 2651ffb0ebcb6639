/** Helpers of the sharding tests: run a command's n shards in-process, and read a folder's files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Command } from '../../src/cli/command.js';
import { invoke } from './in-process.js';

/** Runs shards 1..n of `command args` (in that order, each its own call) into folder `dir`. */
export async function runShards(command: Command, args: readonly string[], n: number, dir: string): Promise<void> {
  for (let i = 1; i <= n; i++) {
    const r = await invoke(command, [...args, '--shard', `${i}/${n}`, '--out', dir, '--quiet']);
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
