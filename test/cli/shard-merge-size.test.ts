/**
 * `avsim size --shard i/n` runs the search round by round: each pass of all n shards
 * writes the next round's partials (or finds the search complete), and `avsim merge` of
 * the rounds writes the bytes of `avsim size` on one machine. A merge with a round
 * missing, or with a round of another sizing, is refused naming it.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { mergeCommand } from '../../src/cli/merge.js';
import { sizeCommand } from '../../src/cli/size.js';
import { tempDir } from '../support/temp.js';
import { workload } from '../support/workloads.js';
import { invoke } from './in-process.js';
import { filesOf } from './shards.js';

const ARGS = [workload('p2p-open-vs-blocked.yaml'), '--target', '0.01', '--replications', '3'];

/** Passes of all n shards until they say the search is complete; the states each pass printed. */
async function rounds(n: number, dir: string, args: readonly string[] = ARGS): Promise<string[][]> {
  const passes: string[][] = [];
  for (let pass = 0; pass < 20; pass++) {
    const states: string[] = [];
    for (let i = 1; i <= n; i++) {
      const r = await invoke(sizeCommand, [...args, '--shard', `${i}/${n}`, '--out', dir, '--json']);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const doc = JSON.parse(r.stdout) as { state: string; round: number };
      states.push(`${doc.round}:${doc.state}`);
    }
    passes.push(states);
    if (states.every((s) => s.endsWith(':complete'))) return passes;
  }
  throw new Error('the sharded search did not complete in 20 passes');
}

it('2 shards, round by round, merge to the bytes of one sizing', async () => {
  const root = tempDir();
  expect((await invoke(sizeCommand, [...ARGS, '--out', join(root, 'one'), '--quiet'])).status).toBe(0);
  const parts = join(root, 'parts');
  const passes = await rounds(2, parts);
  expect(passes).toEqual([['1:written', '1:written'], ['2:written', '2:written'], ['2:complete', '2:complete']]);
  const r = await invoke(mergeCommand, [parts, '--out', join(root, 'merged')]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^scenario open: fewest servers /);
  expect(filesOf(join(root, 'merged'))).toEqual(filesOf(join(root, 'one')));
});

it('a shard whose part of the round is there waits for the others; a round missing or of another sizing is refused', async () => {
  const root = tempDir();
  const parts = join(root, 'parts');
  await rounds(2, parts);
  // Shard 2's partial of round 2 gone: shard 1 waits for it, and the merge names the gap.
  const gone = join(parts, 'p2p-open-vs-blocked.size.round-2.shard-2-of-2.avsim-partial.json');
  rmSync(gone);
  const waiting = await invoke(sizeCommand, [...ARGS, '--shard', '1/2', '--out', parts]);
  expect(waiting.stdout).toBe(`round 2: this shard's part is in ${parts}; shard 2 of 2 not yet\n`);
  const merged = await invoke(mergeCommand, [parts, '--out', join(root, 'never'), '--no-report']);
  expect(merged.status).toBe(2);
  expect(merged.stderr).toMatch(/^avsim: round 2: shard 2 of 2 is missing \(a file such as p2p-open-vs-blocked\.size\.round-2\.shard-2-of-2\.avsim-partial\.json, written by --shard 2\/2\)\n$/);
  const firstOnly = join(root, 'first-only');
  mkdirSync(firstOnly);
  for (const f of readdirSync(parts).filter((f) => f.includes('round-1'))) copyFileSync(join(parts, f), join(firstOnly, f));
  expect((await invoke(mergeCommand, [firstOnly, '--out', join(root, 'never'), '--no-report'])).stderr).toMatch(/^avsim: round 2 of the search is missing: run the shards again until they say the search is complete/);
  // A round of a sizing for another target.
  const other = join(root, 'other');
  await rounds(2, other, [workload('p2p-open-vs-blocked.yaml'), '--target', '0.05', '--replications', '3']);
  const foreign = join(other, 'p2p-open-vs-blocked.size.round-1.shard-1-of-2.avsim-partial.json');
  const refused = await invoke(mergeCommand, [foreign, join(firstOnly, 'p2p-open-vs-blocked.size.round-1.shard-2-of-2.avsim-partial.json'), '--out', join(root, 'never')]);
  expect(refused.status).toBe(2);
  expect(refused.stderr).toContain(`belongs to another sizing (its target differs: `);
});
