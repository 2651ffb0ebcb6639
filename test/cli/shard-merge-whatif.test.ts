/**
 * `avsim whatif --shard i/n` on the command line: passes of the 2 shards into one folder
 * (round 1, round 2 the last, then complete), and `avsim merge` of it writes the files of `avsim
 * whatif` on one machine, report.html included, byte for byte. With --precision a
 * shard is refused before any work (exit 2, nothing written); so is a merge with a
 * partial of another whatif among them.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { mergeCommand } from '../../src/cli/merge.js';
import { whatifCommand } from '../../src/cli/whatif.js';
import { tempDir } from '../support/temp.js';
import { WHATIF_YAML } from '../whatif/fixtures.js';
import { invoke } from './in-process.js';
import { filesOf } from './shards.js';

let root = '';
let args: string[] = [];

/** One pass of the 2 shards into `dir`: what each printed with --json. */
async function pass(dir: string, extra: readonly string[] = []): Promise<string[]> {
  const states: string[] = [];
  for (const i of [1, 2]) {
    const r = await invoke(whatifCommand, [...args, ...extra, '--shard', `${i}/2`, '--out', dir, '--json'], { keptPool: true });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { command: string; round: number; state: string; last?: boolean };
    states.push(`${doc.command} ${doc.round}:${doc.state}${doc.last === true ? ' (last)' : ''}`);
  }
  return states;
}

beforeAll(async () => {
  root = tempDir();
  writeFileSync(join(root, 'wi.yaml'), WHATIF_YAML);
  writeFileSync(join(root, 'changes.yaml'), `- name: south-open\n  patch: { network: { rules: [{ between: [hq, south], p2p: open }] } }\n`);
  args = [join(root, 'wi.yaml'), '--changes', 'p2p,edge-server', '--changes-file', join(root, 'changes.yaml'), '--top', '3'];
  expect((await invoke(whatifCommand, [...args, '--out', join(root, 'one'), '--quiet'], { keptPool: true })).status).toBe(0);
});

it('2 shards, a round per pass until complete, merge to the bytes of one machine', async () => {
  const parts = join(root, 'parts');
  const passes = [await pass(parts), await pass(parts), await pass(parts)];
  expect(passes).toEqual([
    ['whatif 1:written', 'whatif 1:written'],
    ['whatif 2:written (last)', 'whatif 2:written (last)'],
    ['whatif 2:complete', 'whatif 2:complete'],
  ]);
  const r = await invoke(mergeCommand, [parts, '--out', join(root, 'merged')]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^scenario baseline: 5 candidate changes on common random numbers /);
  expect(r.stdout).toContain("merged 4 partial results of the whatif's rounds\n");
  expect(filesOf(join(root, 'merged'))).toEqual(filesOf(join(root, 'one')));
  expect(Object.keys(filesOf(join(root, 'merged')))).toEqual(['.avsim-results', 'report.html', 'whatif.csv']);

  // Round 1 of a whatif of another --top, in place of this one's shard 2.
  const other = join(root, 'other');
  await pass(other, ['--top', '2']);
  const refused = await invoke(mergeCommand, [join(parts, 'wi.whatif.round-1.shard-1-of-2.avsim-partial.json'), join(other, 'wi.whatif.round-1.shard-2-of-2.avsim-partial.json'), '--out', join(root, 'never')]);
  expect(refused.status).toBe(2);
  expect(refused.stderr).toMatch(/^avsim: \S+other\/wi\.whatif\.round-1\.shard-2-of-2\.avsim-partial\.json belongs to another whatif \(its --top differs: 2 here, 3 in \S+\)\n$/);
  expect(existsSync(join(root, 'never'))).toBe(false);
});

it('--precision with --shard is refused before any work, exit 2, nothing written', async () => {
  const out = join(root, 'precise');
  const r = await invoke(whatifCommand, [...args, '--precision', '0.05', '--shard', '1/2', '--out', out]);
  expect(r.status).toBe(2);
  expect(r.stderr).toBe('avsim: --precision decides on every replication done so far, so it cannot run in shards: give --replications instead\nRun "avsim whatif --help" for usage.\n');
  expect(r.stdout).toBe('');
  expect(existsSync(out)).toBe(false);
});
