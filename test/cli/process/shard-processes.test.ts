/**
 * Shards as separate processes, as a cluster or `xargs -P` runs them: `avsim run` (n = 1
 * and 7), `avsim compare` (n = 2) and `avsim whatif` (n = 3, a pass per round) with
 * `--shard i/n`, all n at once, each a process of its own writing into one folder, then
 * `avsim merge` (a process too) write the bytes of the command run once (in this
 * process: the bytes are the same either way, and a process fewer keeps the test
 * short). The CSVs: report.html, which takes the longest to render, is checked
 * in-process, as is every command for every n of 1, 2, 3 and 7
 * (test/cli/shard-merge-*.test.ts), so each n and each command runs as processes here
 * at least once without the whole grid of them. `avsim size` in 2 shards with `--wait`
 * goes through every round of its search in one process per shard.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import type { Command } from '../../../src/cli/command.js';
import { compareCommand } from '../../../src/cli/compare.js';
import { runCommand } from '../../../src/cli/run.js';
import { sizeCommand } from '../../../src/cli/size.js';
import { whatifCommand } from '../../../src/cli/whatif.js';
import { WHATIF_YAML } from '../../whatif/fixtures.js';
import { invoke } from '../in-process.js';
import { filesOf } from '../shards.js';
import { avsim, CLI, ROOT, tempDir, workload } from './cli-harness.js';

const execFileAsync = promisify(execFile);

/** Shards 1..n of `args` at once, each a process of its own: what each printed on stdout. */
async function shardProcesses(args: readonly string[], n: number, dir: string, output = '--quiet'): Promise<string[]> {
  const shards = Array.from({ length: n }, (_, i) => execFileAsync(process.execPath, [CLI, ...args, '--shard', `${i + 1}/${n}`, '--out', dir, output], { cwd: ROOT, encoding: 'utf8' }));
  const done = await Promise.all(shards);
  for (const { stderr } of done) expect(stderr).toBe('');
  return done.map((d) => d.stdout);
}

it.each([
  ['run', 7, runCommand, [workload('row-1-p2p-open.yaml'), '--replications', '7', '--no-report']],
  ['run', 1, runCommand, [workload('row-1-p2p-open.yaml'), '--replications', '3', '--no-report']],
  ['compare', 2, compareCommand, [workload('p2p-open-vs-blocked.yaml'), '--replications', '2', '--no-report']],
] as [string, number, Command, string[]][])('avsim %s in %i shards as processes, merged by a process, gives the bytes of one run', async (_name, n, command, args) => {
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

it('avsim whatif in 3 shards as processes, a pass per round, merged by a process, gives the bytes of one whatif', async () => {
  const root = tempDir();
  const file = join(root, 'wi.yaml');
  writeFileSync(file, WHATIF_YAML);
  const args = [file, '--changes', 'p2p,edge-server', '--no-report'];
  const one = await invoke(whatifCommand, [...args, '--out', join(root, 'one'), '--quiet']);
  expect(one.stderr).toBe('');
  expect(one.status).toBe(0);
  const states = async (): Promise<string[]> =>
    (await shardProcesses(['whatif', ...args], 3, join(root, 'parts'), '--json')).map((out) => {
      const doc = JSON.parse(out) as { round: number; state: string; last?: boolean };
      return `${doc.round}:${doc.state}${doc.last === true ? ' (last)' : ''}`;
    });
  expect(await states()).toEqual(['1:written', '1:written', '1:written']);
  expect(await states()).toEqual(['2:written (last)', '2:written (last)', '2:written (last)']);
  const merged = avsim(['merge', join(root, 'parts'), '--out', join(root, 'merged'), '--quiet', '--no-report']);
  expect(merged.stderr).toBe('');
  expect(merged.status).toBe(0);
  expect(filesOf(join(root, 'merged'))).toEqual(filesOf(join(root, 'one')));
});

it('avsim size in 2 shards with --wait, as processes at once: each goes through every round of the search, and the merge gives the bytes of one sizing', async () => {
  const root = tempDir();
  const args = [workload('p2p-open-vs-blocked.yaml'), '--target', '0.01', '--replications', '3', '--no-report'];
  const one = await invoke(sizeCommand, [...args, '--out', join(root, 'one'), '--quiet']);
  expect(one.stderr).toBe('');
  expect(one.status).toBe(0);
  const outputs = await shardProcesses(['size', ...args, '--wait', '120', '--workers', '1'], 2, join(root, 'parts'), '--json');
  for (const out of outputs) {
    const docs = out.trim().split('\n').map((line) => JSON.parse(line) as { round: number; state: string; waiting?: boolean });
    // One document per slice written (each waited on), then the search complete: every round in this one process.
    expect(docs.map((d) => `${d.round}:${d.state}${d.waiting === true ? ' (waited)' : ''}`)).toEqual(['1:written (waited)', '2:written (waited)', '2:complete']);
  }
  const merged = avsim(['merge', join(root, 'parts'), '--out', join(root, 'merged'), '--quiet', '--no-report']);
  expect(merged.stderr).toBe('');
  expect(merged.status).toBe(0);
  expect(filesOf(join(root, 'merged'))).toEqual(filesOf(join(root, 'one')));
});
