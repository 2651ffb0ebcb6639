/**
 * Shards as separate processes, as a cluster or `xargs -P` runs them: `avsim run` and
 * `avsim compare` with `--shard i/n`, all n at once, each a process of its own writing
 * into one folder, then `avsim merge` (a process too) write the bytes of the command run
 * once (in this process: the bytes are the same either way, and a process fewer keeps
 * the test short). The CSVs: report.html, which takes the longest to render, is checked
 * in-process, as are n = 1, 2, 3 and 7 (test/cli/shard-merge-*.test.ts).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import type { Command } from '../../../src/cli/command.js';
import { compareCommand } from '../../../src/cli/compare.js';
import { runCommand } from '../../../src/cli/run.js';
import { invoke } from '../in-process.js';
import { filesOf } from '../shards.js';
import { avsim, CLI, ROOT, tempDir, workload } from './cli-harness.js';

const execFileAsync = promisify(execFile);

/** Shards 1..n of `args` at once, each a process of its own. */
async function shardProcesses(args: readonly string[], n: number, dir: string): Promise<void> {
  const shards = Array.from({ length: n }, (_, i) => execFileAsync(process.execPath, [CLI, ...args, '--shard', `${i + 1}/${n}`, '--out', dir, '--quiet'], { cwd: ROOT, encoding: 'utf8' }));
  for (const { stderr } of await Promise.all(shards)) expect(stderr).toBe('');
}

it.each([
  ['run', runCommand, [workload('row-1-p2p-open.yaml'), '--replications', '7', '--no-report'], 3],
  ['compare', compareCommand, [workload('p2p-open-vs-blocked.yaml'), '--replications', '2', '--no-report'], 2],
] as [string, Command, string[], number][])('avsim %s in shards as processes, merged by a process, gives the bytes of one run', async (_name, command, args, n) => {
  const root = tempDir();
  const one = await invoke(command, [...args, '--out', join(root, 'one'), '--quiet']);
  expect(one.stderr).toBe('');
  expect(one.status).toBe(0);
  await shardProcesses([command.name, ...args], n, join(root, 'parts'));
  const merged = avsim(['merge', join(root, 'parts'), '--out', join(root, 'merged'), '--quiet', '--no-report']);
  expect(merged.stderr).toBe('');
  expect(merged.status).toBe(0);
  expect(filesOf(join(root, 'merged'))).toEqual(filesOf(join(root, 'one')));
});
