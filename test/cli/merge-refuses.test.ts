/**
 * `avsim merge` refuses partials that do not make one whole run, exit 2, naming the file
 * and what is wrong, and writes nothing: a shard missing or given twice, a partial of
 * another workload, of another seed, of another cut into shards, of another avsim
 * version, a damaged one, a file that is no partial, a file or folder that is not there.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { mergeCommand } from '../../src/cli/merge.js';
import { packageVersion } from '../../src/cli/package-files.js';
import { runCommand } from '../../src/cli/run.js';
import { tempDir } from '../support/temp.js';
import { workload } from '../support/workloads.js';
import { invoke } from './in-process.js';

const NAME = 'row-1-p2p-open.run';
let root = '';
/** Shard i of 3 of the reference run. */
const a = (i: number): string => join(root, 'a', `${NAME}.shard-${i}-of-3.avsim-partial.json`);

async function shard(file: string, i: number, n: number, dir: string, extra: string[] = []): Promise<void> {
  const r = await invoke(runCommand, [workload(file), '--replications', '4', ...extra, '--shard', `${i}/${n}`, '--out', join(root, dir), '--quiet'], { keptPool: true });
  expect(r.status).toBe(0);
}

beforeAll(async () => {
  root = tempDir();
  for (const i of [1, 2, 3]) await shard('row-1-p2p-open.yaml', i, 3, 'a');
  await shard('row-1-p2p-open.yaml', 2, 3, 'seed-2', ['--seed', '2']);
  await shard('row-5-blocked-udp.yaml', 2, 3, 'other');
  await shard('row-1-p2p-open.yaml', 1, 2, 'cut-2');
});

/** Merges `files`; expects exit 2, nothing written, and returns stderr. */
async function refused(files: string[]): Promise<string> {
  const out = join(root, 'never');
  const r = await invoke(mergeCommand, [...files, '--out', out, '--no-report']);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(existsSync(out)).toBe(false);
  return r.stderr;
}

it('the three shards merge (the cases below each break this)', async () => {
  const r = await invoke(mergeCommand, [a(3), a(1), a(2), '--out', join(root, 'merged'), '--quiet', '--no-report']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});

it('a missing shard', async () => {
  expect(await refused([a(1), a(3)])).toBe(`avsim: shard 2 of 3 is missing (a file such as ${NAME}.shard-2-of-3.avsim-partial.json, written by --shard 2/3)\n`);
  expect(await refused([a(2)])).toMatch(/^avsim: shards 1 and 3 of 3 are missing /);
});

it('a shard given twice, under another name', async () => {
  const copy = join(root, 'r.json');
  copyFileSync(a(2), copy);
  expect(await refused([a(1), a(2), copy, a(3)])).toBe(`avsim: ${copy} covers jobs already in ${a(2)} (shard 2 given twice)\n`);
});

it('a partial of another workload', async () => {
  const other = join(root, 'other', 'row-5-blocked-udp.run.shard-2-of-3.avsim-partial.json');
  expect(await refused([a(1), other, a(3)])).toMatch(
    new RegExp(`^avsim: ${other.replaceAll('.', '\\.')} belongs to another run \\(its workload hash differs: scenario "baseline" [0-9a-f]{12}\\.\\.\\. here, [0-9a-f]{12}\\.\\.\\. in ${a(1).replaceAll('.', '\\.')}\\)\n$`),
  );
});

it('a partial of another seed', async () => {
  const other = join(root, 'seed-2', `${NAME}.shard-2-of-3.avsim-partial.json`);
  expect(await refused([a(1), other, a(3)])).toBe(`avsim: ${other} belongs to another run (its seed differs: 2 here, 1 in ${a(1)})\n`);
});

it('a shard of another cut into shards', async () => {
  const other = join(root, 'cut-2', `${NAME}.shard-1-of-2.avsim-partial.json`);
  expect(await refused([a(1), a(2), a(3), other])).toBe(`avsim: ${other} is shard 1/2, and ${a(1)} is of 3 shards: merge the shards of one cut\n`);
});

it('a partial of another avsim version', async () => {
  const old = join(root, 'old.json');
  writeFileSync(old, readFileSync(a(2), 'utf8').replace(`"avsim":"${packageVersion()}"`, '"avsim":"0.0.9"'));
  expect(await refused([a(1), old, a(3)])).toBe(
    `avsim: ${old} was written by avsim 0.0.9, and this is avsim ${packageVersion()}: merge with the version that ran the shards (results may differ between versions)\n`,
  );
});

it('a damaged partial, and a file that is none', async () => {
  const text = readFileSync(a(2), 'utf8');
  const cut = join(root, 'cut.json');
  writeFileSync(cut, text.slice(0, 5000));
  expect(await refused([a(1), cut, a(3)])).toMatch(new RegExp(`^avsim: ${cut.replaceAll('.', '\\.')} is corrupt \\(it ends at line \\d+ of the \\d+ its header announces: the file was cut short\\); run its shard again\n$`));
  const flipped = join(root, 'flipped.json');
  const at = text.indexOf('"~Float64Array":"') + 20;
  writeFileSync(flipped, text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1));
  expect(await refused([a(1), flipped, a(3)])).toBe(`avsim: ${flipped} is corrupt (its results do not match their digest: the file was changed or damaged); run its shard again\n`);
  const csv = join(root, 'merged', 'summary.csv');
  expect(await refused([a(1), csv])).toMatch(new RegExp(`^avsim: ${csv.replaceAll('.', '\\.')} is not an avsim partial result \\(not JSON: `));
});

it('every problem at once, each naming its file; a file or a folder that is not there', async () => {
  const stderr = await refused([a(1), join(root, 'cut.json'), join(root, 'nothing.json')]);
  expect(stderr).toMatch(/^avsim: cannot merge these partial results:\n {2}- \S+cut\.json is corrupt \(it ends at line .*\n {2}- cannot read \S+nothing\.json: ENOENT/);
  expect(await refused([join(root, 'merged')])).toBe(`avsim: ${join(root, 'merged')} holds no partial result (*.avsim-partial.json)\nRun "avsim merge --help" for usage.\n`);
});
