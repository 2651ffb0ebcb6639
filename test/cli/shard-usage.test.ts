/**
 * `--shard i/n` on the command line: a bad slice or a result set as the partials' folder
 * is a usage error before any work (exit 2), as is `--wait` without a shard or out of
 * its range; more shards than jobs leave some empty, and those still write their
 * partial, which the merge counts.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { compareCommand } from '../../src/cli/compare.js';
import { mergeCommand } from '../../src/cli/merge.js';
import { runCommand } from '../../src/cli/run.js';
import { sizeCommand } from '../../src/cli/size.js';
import { validateCommand } from '../../src/cli/validate.js';
import { whatifCommand } from '../../src/cli/whatif.js';
import { tempDir } from '../support/temp.js';
import { workload } from '../support/workloads.js';
import { invoke } from './in-process.js';
import { filesOf } from './shards.js';

const FILE = workload('row-1-p2p-open.yaml');

it.each([
  [runCommand, [FILE]],
  [compareCommand, [FILE]],
  [sizeCommand, [FILE, '--target', '0.01']],
])('%# a shard outside 1..n is refused, exit 2, nothing written', async (command, args) => {
  const out = join(tempDir(), 'parts');
  const r = await invoke(command, [...args, '--shard', '4/3', '--out', out]);
  expect(r.status).toBe(2);
  expect(r.stderr).toBe(`avsim: --shard: expected i from 1 to 3 in i/3, got 4 (a Kubernetes Indexed Job passes JOB_COMPLETION_INDEX + 1)\nRun "avsim ${command.name} --help" for usage.\n`);
  expect(existsSync(out)).toBe(false);
});

it.each([
  [sizeCommand, [FILE, '--target', '0.01', '--wait', '60'], 'avsim: --wait is for a shard (--shard i/n) waiting for the other shards of each round: give --shard too'],
  [whatifCommand, [FILE, '--shard', '1/2', '--wait', '0'], 'avsim: --wait: expected a whole number from 1 to 86400, got 0'],
  [whatifCommand, [FILE, '--shard', '1/2', '--wait', '86401'], 'avsim: --wait: expected a whole number from 1 to 86400, got 86401'],
  [sizeCommand, [FILE, '--target', '0.01', '--shard', '1/2', '--wait', 'soon'], 'avsim: --wait: expected a number, got "soon"'],
  [runCommand, [FILE, '--shard', '1/2', '--wait', '60'], 'avsim: run does not take --wait'],
])('%# --wait without a shard, out of range or on a command of one round is refused, exit 2, nothing written', async (command, args, message) => {
  const out = join(tempDir(), 'parts');
  const r = await invoke(command, [...args, '--out', out]);
  expect(r.stderr).toBe(`${message}\nRun "avsim ${command.name} --help" for usage.\n`);
  expect(r.status).toBe(2);
  expect(existsSync(out)).toBe(false);
});

it('a result set as the partials folder is refused: the next write to it would take the partials away', async () => {
  const out = tempDir();
  writeFileSync(join(out, '.avsim-results'), 'avsim result set\n');
  const r = await invoke(runCommand, [FILE, '--shard', '1/2', '--out', out]);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^avsim: --out \S+: it is a result set \(it holds \.avsim-results\): give the shards a folder of their own, and avsim merge --out this one\n/);
});

it('with more shards than jobs, the empty shards write their partials too, and the merge is one run', async () => {
  const root = tempDir();
  const args = [FILE, '--replications', '2', '--no-report'];
  expect((await invoke(runCommand, [...args, '--out', join(root, 'one'), '--quiet'], { keptPool: true })).status).toBe(0);
  const parts = join(root, 'parts');
  mkdirSync(parts);
  const outputs: string[] = [];
  for (const i of [1, 2, 3]) outputs.push((await invoke(runCommand, [...args, '--shard', `${i}/3`, '--out', parts], { keptPool: true })).stdout);
  expect(outputs[0]).toBe(`wrote ${join(parts, 'row-1-p2p-open.run.shard-1-of-3.avsim-partial.json')}: shard 1 of 3, no job (2 jobs for 3 shards); merge all 3 with avsim merge\n`);
  expect(outputs[2]).toMatch(/: shard 3 of 3, job 2 of 2; merge all 3 with avsim merge\n$/);
  expect((await invoke(mergeCommand, [parts, '--out', join(root, 'merged'), '--quiet', '--no-report'])).status).toBe(0);
  expect(filesOf(join(root, 'merged'))).toEqual(filesOf(join(root, 'one')));
});

it('a run too large for one machine is refused there and in too few shards, and runs in enough of them (each held to one machine\'s calls)', async () => {
  const root = tempDir();
  const file = join(root, 'big.yaml');
  // 2 million calls a replication x 1,000 replications: 2 billion calls, four machines' worth.
  writeFileSync(
    file,
    [
      'name: big',
      'simulation: { warmup: 0, duration: 1h, interval: 1h, replications: 1000 }',
      'deployment:',
      '  edges: [{ name: edge }]',
      '  pools: [{ name: pool, edge: edge }]',
      '  sites: [{ name: hq, pool: pool, users: 2000000 }]',
      'traffic: { profile: flat, perUserPerHour: { peerAudio: 1, peerVideo: 0, conference: 0, liveMeeting: 0 } }',
      '',
    ].join('\n'),
  );
  const parts = join(root, 'parts');
  const alone = await invoke(runCommand, [file, '--out', join(root, 'one')]);
  expect(alone.status).toBe(2);
  expect(alone.stderr).toMatch(/refused, too large for one run .*\n {2}- the run would simulate about 2 billion calls \(limit 500 million\): .*--shard i\/n spreads it over machines\n/);
  const three = await invoke(runCommand, [file, '--shard', '1/3', '--out', parts]);
  expect(three.status).toBe(2);
  expect(three.stderr).toMatch(/refused, too large for a run in 3 shards .*\n {2}- a shard of 3 would simulate up to about 668 million calls \(limit 500 million a shard\)/);
  expect(existsSync(parts)).toBe(false);
  // 2,000 shards of 1,000 jobs: the first has none, so it is quick, and it writes its partial.
  const many = await invoke(runCommand, [file, '--shard', '1/2000', '--out', parts]);
  expect(many.stderr).toBe('');
  expect(many.status).toBe(0);
  expect(many.stdout).toMatch(/shard 1 of 2000, no job \(1000 jobs for 2000 shards\)/);
  // validate checks the same budget, for the shard count given.
  const checked = await Promise.all([[], ['--shard', '1/3'], ['--shard', '2/2000']].map((shard) => invoke(validateCommand, [file, ...shard])));
  expect(checked.map((r) => r.status)).toEqual([2, 2, 0]);
  expect(checked[0]!.stderr).toMatch(/big\.yaml: refused, too large for one run: the run would simulate about 2 billion calls/);
  expect(checked[1]!.stderr).toMatch(/big\.yaml: refused, too large for a run in 3 shards: a shard of 3 would simulate up to about 668 million calls/);
  expect(checked[2]!.stdout).toBe(`${file}: ok\n`);
});
