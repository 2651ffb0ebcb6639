/**
 * A whatif in n = 1, 2, 3 and 7 shards, round by round (the baseline's batch, then every
 * candidate's), each partial through its file's text: every pass of all n shards writes
 * the next round (or finds the whatif complete), and the merge of the rounds gives the
 * bytes of the whatif on one machine (whatif.csv, the table, the JSON, report.html).
 * With 7 shards, 4 of round 1's (3 jobs) are empty. The merge refuses a round's shard
 * missing or given twice, a round missing, and a partial of another whatif or command.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { PartialFile } from '../../src/analysis/merge.js';
import { parsePartial, PARTIAL_SUFFIX, partialFileName, renderPartial } from '../../src/analysis/partial.js';
import type { RoundStore } from '../../src/analysis/rounds.js';
import { runShard } from '../../src/analysis/shard-run.js';
import { renderWhatifReport } from '../../src/report/html/whatif-report.js';
import { renderWhatifCsv, renderWhatifTable, whatifJson } from '../../src/report/whatif.js';
import { loadCandidateFile } from '../../src/whatif/candidate-file.js';
import type { Candidate } from '../../src/whatif/kinds.js';
import { whatif } from '../../src/whatif/whatif.js';
import type { WhatifOptions, WhatifOutput } from '../../src/whatif/whatif.js';
import { mergeWhatifRounds, whatifShard, whatifSpec } from '../../src/whatif/whatif-rounds.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import type { NamedWorkload } from '../../src/workload/scenarios.js';
import { keptPool } from '../support/pool.js';
import { tempDir } from '../support/temp.js';
import { WHATIF_YAML } from './fixtures.js';

const VERSION = '0.0.0-test';
const FILE = 'wi.yaml';

let baseline: NamedWorkload;
let candidates: Candidate[];
let one: WhatifOutput;
let oneReport: string;

const optionsOf = (extra: WhatifOptions = {}): WhatifOptions => ({ kinds: ['p2p', 'edge-server'], candidates, ...extra });

/** Partial files by name, as their text: the folder the shards share. */
type Folder = Map<string, string>;

function storeOf(folder: Folder): RoundStore {
  return {
    async read(round, count) {
      const prefix = `wi.whatif.round-${round}.shard-`;
      return [...folder]
        .filter(([name]) => name.startsWith(prefix) && name.endsWith(`-of-${count}${PARTIAL_SUFFIX}`))
        .map(([file, text]) => ({ file, partial: parsePartial(text, file) }));
    },
    async write(content, round) {
      const file = partialFileName(content.scenarios[0]!.workload.name, content.command, content.shard, round);
      folder.set(file, renderPartial(content, VERSION));
      return file;
    },
  };
}

/** Passes of all n shards until they say complete: each pass's states, and the folder. */
async function shardAll(n: number, extra: WhatifOptions = {}): Promise<{ passes: string[]; folder: Folder }> {
  const folder: Folder = new Map();
  const spec = whatifSpec(baseline, FILE, optionsOf(extra));
  const passes: string[] = [];
  for (let pass = 0; pass < 5; pass++) {
    const states = new Set<string>();
    for (let index = 1; index <= n; index++) {
      const outcome = await whatifShard(spec, { index, count: n }, storeOf(folder), VERSION, { pool: keptPool() });
      states.add(`${outcome.round}:${outcome.state}${outcome.state === 'written' && outcome.last ? ' (last)' : ''}`);
    }
    passes.push([...states].join(' '));
    if (states.has(`2:complete`)) break;
  }
  return { passes, folder };
}

const read = (folder: Folder, names: readonly string[] = [...folder.keys()]): PartialFile[] => names.map((file) => ({ file, partial: parsePartial(folder.get(file)!, file) }));

const partial = (round: number, i: number, n: number): string => `wi.whatif.round-${round}.shard-${i}-of-${n}${PARTIAL_SUFFIX}`;

beforeAll(async () => {
  const dir = tempDir();
  writeFileSync(join(dir, FILE), WHATIF_YAML);
  writeFileSync(join(dir, 'changes.yaml'), `- name: south-open\n  description: the user's own\n  patch: { network: { rules: [{ between: [hq, south], p2p: open }] } }\n`);
  baseline = loadScenarios(join(dir, FILE))[0]!;
  candidates = loadCandidateFile(join(dir, 'changes.yaml'), baseline.workload);
  one = await whatif(baseline, { ...optionsOf(), pool: keptPool() });
  oneReport = (await renderWhatifReport(one)).html;
});

it.each([1, 2, 3, 7])('%i shards: one round per pass, then complete; the merge gives the bytes of one machine', async (n) => {
  const { passes, folder } = await shardAll(n);
  expect(passes).toEqual(['1:written', '2:written (last)', '2:complete']);
  expect(folder.size).toBe(2 * n);
  const { output } = await mergeWhatifRounds(read(folder), VERSION);
  expect(output.outcomes).toHaveLength(5);
  expect(renderWhatifCsv(output)).toBe(renderWhatifCsv(one));
  expect(renderWhatifTable(output)).toBe(renderWhatifTable(one));
  expect(JSON.stringify(whatifJson(output))).toBe(JSON.stringify(whatifJson(one)));
  expect((await renderWhatifReport(output)).html).toBe(oneReport);
});

it('refuses a shard missing or given twice, a round missing, a partial of another whatif or command', async () => {
  const { folder } = await shardAll(3);
  const names = [...folder.keys()];
  const without = (name: string) => names.filter((f) => f !== name);
  await expect(mergeWhatifRounds(read(folder, without(partial(2, 2, 3))), VERSION)).rejects.toThrow(
    `round 2: shard 2 of 3 is missing (a file such as ${partial(2, 2, 3)}, written by --shard 2/3)`,
  );
  folder.set('copy.json', folder.get(partial(1, 3, 3))!);
  await expect(mergeWhatifRounds(read(folder, [...names, 'copy.json']), VERSION)).rejects.toThrow(`round 1: copy.json covers jobs already in ${partial(1, 3, 3)} (shard 3 given twice)`);
  await expect(mergeWhatifRounds(read(folder, names.filter((f) => f.includes('round-1'))), VERSION)).rejects.toThrow(
    'round 2 of the whatif is missing: run the shards again until they say the whatif is complete (docs/sharding.md, Whatif), then merge',
  );

  const other = await shardAll(3, { seed: 6 });
  other.folder.forEach((text, name) => folder.set(`seed-6/${name}`, text));
  await expect(mergeWhatifRounds(read(folder, [...without(partial(2, 1, 3)), `seed-6/${partial(2, 1, 3)}`]), VERSION)).rejects.toThrow(
    `seed-6/${partial(2, 1, 3)} belongs to another whatif (its seed differs: 6 here, 5 in ${partial(1, 1, 3)})`,
  );
  const top = await shardAll(3, { top: 2 });
  top.folder.forEach((text, name) => folder.set(`top-2/${name}`, text));
  await expect(mergeWhatifRounds(read(folder, [...without(partial(1, 2, 3)), `top-2/${partial(1, 2, 3)}`]), VERSION)).rejects.toThrow(
    `top-2/${partial(1, 2, 3)} belongs to another whatif (its --top differs: 2 here, none in ${partial(1, 1, 3)})`,
  );

  const run = await runShard({ command: 'run', files: [FILE], scenarios: [baseline] }, { index: 1, count: 1 }, { replications: 1, pool: keptPool() });
  folder.set('run.json', renderPartial(run, VERSION));
  await expect(mergeWhatifRounds(read(folder, [...names, 'run.json']), VERSION)).rejects.toThrow(`run.json belongs to another whatif (it is a partial of avsim run, not whatif in ${partial(1, 1, 3)})`);
});

it('with a wait, a shard goes on through every round in one call, waiting for the others between them', async () => {
  const folder: Folder = new Map();
  const spec = whatifSpec(baseline, FILE, optionsOf());
  const store = storeOf(folder);
  const shard = (index: number) => ({ index, count: 3 });
  let wroteRound1: () => void = () => undefined;
  const written = new Promise<void>((resolve) => (wroteRound1 = resolve));
  const waited: number[] = [];
  const first = whatifShard(spec, shard(1), store, VERSION, { pool: keptPool() }, {
    seconds: 60,
    pollMs: 5,
    onWritten: (o) => {
      waited.push(o.round);
      wroteRound1();
    },
  });
  await written;
  // Shard 1 is waiting on round 1 (not on the pool): the others write theirs, pass by pass.
  for (const index of [2, 3]) expect((await whatifShard(spec, shard(index), store, VERSION, { pool: keptPool() })).state).toBe('written');
  const outcome = await first;
  expect(waited).toEqual([1]);
  expect(outcome).toMatchObject({ state: 'written', round: 2, last: true });
  for (const index of [2, 3]) expect(await whatifShard(spec, shard(index), store, VERSION, { pool: keptPool() })).toMatchObject({ round: 2, last: true });
  const { output } = await mergeWhatifRounds(read(folder), VERSION);
  expect(renderWhatifCsv(output)).toBe(renderWhatifCsv(one));
});

it('a wait that runs out is an error naming the shards missing, and keeps the slice written', async () => {
  const folder: Folder = new Map();
  const spec = whatifSpec(baseline, FILE, optionsOf());
  const waiting = whatifShard(spec, { index: 2, count: 3 }, storeOf(folder), VERSION, { pool: keptPool() }, { seconds: 0.2, pollMs: 20 });
  await expect(waiting).rejects.toMatchObject({ kind: 'timeout', message: expect.stringContaining('round 1: shards 1, 3 of 3 did not write their slices within --wait 0.2 s') });
  expect([...folder.keys()]).toEqual([partial(1, 2, 3)]);
});
