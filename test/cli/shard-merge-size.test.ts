/**
 * `avsim size --shard i/n` runs the search round by round: each pass of all n shards
 * writes the next round's partials (or finds the search complete), and `avsim merge` of
 * the rounds writes the bytes of `avsim size` on one machine. A shard whose part of a
 * round is there waits for the others; a merge with a round missing, incomplete or of
 * another sizing is refused naming it.
 */
import { copyFileSync, cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { mergeCommand } from '../../src/cli/merge.js';
import { sizeCommand } from '../../src/cli/size.js';
import { tempDir } from '../support/temp.js';
import { workload } from '../support/workloads.js';
import { invoke } from './in-process.js';
import { filesOf } from './shards.js';

const FILE = workload('p2p-open-vs-blocked.yaml');
const ARGS = [FILE, '--target', '0.01', '--replications', '3'];
const PARTIAL = (round: number, i: number): string => `p2p-open-vs-blocked.size.round-${round}.shard-${i}-of-2.avsim-partial.json`;

/** One pass of the 2 shards: the state each printed. */
async function pass(dir: string, args: readonly string[] = ARGS): Promise<string[]> {
  const states: string[] = [];
  for (const i of [1, 2]) {
    const r = await invoke(sizeCommand, [...args, '--shard', `${i}/2`, '--out', dir, '--json'], { keptPool: true });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { state: string; round: number };
    states.push(`${doc.round}:${doc.state}`);
  }
  return states;
}

let root = '';
let parts = '';
beforeAll(async () => {
  root = tempDir();
  parts = join(root, 'parts');
  expect((await invoke(sizeCommand, [...ARGS, '--out', join(root, 'one'), '--quiet'], { keptPool: true })).status).toBe(0);
});

it('2 shards, one round per pass until they say complete, merge to the bytes of one sizing', async () => {
  const passes: string[][] = [];
  do passes.push(await pass(parts));
  while (!passes[passes.length - 1]!.every((s) => s.endsWith(':complete')) && passes.length < 20);
  expect(passes).toEqual([['1:written', '1:written'], ['2:written', '2:written'], ['2:complete', '2:complete']]);
  const r = await invoke(mergeCommand, [parts, '--out', join(root, 'merged')]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^scenario open: fewest servers /);
  expect(filesOf(join(root, 'merged'))).toEqual(filesOf(join(root, 'one')));
});

it('a shard whose part of the round is there waits for the others; a round missing or of another sizing is refused', async () => {
  const gap = join(root, 'gap');
  cpSync(parts, gap, { recursive: true });
  rmSync(join(gap, PARTIAL(2, 2)));
  const waiting = await invoke(sizeCommand, [...ARGS, '--shard', '1/2', '--out', gap], { keptPool: true });
  expect(waiting.stdout).toBe(`round 2: this shard's part is in ${gap}; shard 2 of 2 not yet\n`);
  const merged = await invoke(mergeCommand, [gap, '--out', join(root, 'never'), '--no-report']);
  expect(merged.status).toBe(2);
  expect(merged.stderr).toBe(`avsim: round 2: shard 2 of 2 is missing (a file such as ${PARTIAL(2, 2)}, written by --shard 2/2)\n`);

  const firstOnly = join(root, 'first-only');
  mkdirSync(firstOnly);
  for (const f of readdirSync(parts).filter((f) => f.includes('round-1'))) copyFileSync(join(parts, f), join(firstOnly, f));
  const early = await invoke(mergeCommand, [firstOnly, '--out', join(root, 'never'), '--no-report']);
  expect(early.stderr).toMatch(/^avsim: round 2 of the search is missing: run the shards again until they say the search is complete/);

  // Round 1 of a sizing for another target, beside this one's.
  const other = join(root, 'other');
  expect(await pass(other, [FILE, '--target', '0.05', '--replications', '3'])).toEqual(['1:written', '1:written']);
  const foreign = join(other, PARTIAL(1, 1));
  const refused = await invoke(mergeCommand, [foreign, join(parts, PARTIAL(1, 2)), '--out', join(root, 'never')]);
  expect(refused.status).toBe(2);
  expect(refused.stderr).toBe(`avsim: ${join(parts, PARTIAL(1, 2))} belongs to another sizing (its target differs: 0.01 here, 0.05 in ${foreign})\n`);
});
