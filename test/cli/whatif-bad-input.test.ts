/**
 * `avsim whatif`'s refusals, in-process: a bad changes file names the file, the entry and
 * the field; bad options name the flag; a whatif beyond the work budget is refused
 * although a run of its baseline fits. Each exits 2 with nothing written.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { budgetProblems } from '../../src/analysis/budget.js';
import { whatifCommand } from '../../src/cli/whatif.js';
import { whatif } from '../../src/whatif/whatif.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { tempDir } from '../support/temp.js';
import { WHATIF_YAML } from '../whatif/fixtures.js';
import { invoke } from './in-process.js';

/** Runs `avsim whatif wi.yaml --out DIR ...args` with `changes` as changes.yaml; checks exit 2, nothing written. */
async function refused(args: readonly string[], changes?: string): Promise<string> {
  const dir = tempDir();
  writeFileSync(join(dir, 'wi.yaml'), WHATIF_YAML);
  if (changes !== undefined) writeFileSync(join(dir, 'changes.yaml'), changes);
  const out = join(dir, 'out');
  const r = await invoke(whatifCommand, [join(dir, 'wi.yaml'), '--out', out, ...args.map((a) => (a === 'changes.yaml' ? join(dir, a) : a))]);
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(existsSync(out)).toBe(false);
  return r.stderr.replaceAll(`${dir}/`, '');
}

it.each([
  ['a field of a patch out of range', '- name: big\n  patch: { deployment: { edges: [{ name: edge, servers: 0 }] } }\n', /^changes\.yaml: \[0\] "big": deployment\.edges\[0\]\.servers: expected a positive integer, got 0$/m],
  ['an unknown key in an entry', '- { name: a, pach: {} }\n', /^changes\.yaml: \[0\]\.pach: unknown key/m],
  ['a patch naming an unknown site', '- name: x\n  patch: { network: { rules: [{ between: [hq, nowhere], p2p: open }] } }\n', /^changes\.yaml: \[0\] "x": network\.rules\[0\]\.between\[1\]: no site named "nowhere"/m],
  ['a patch changing the window', '- { name: w, patch: { simulation: { duration: 1h } } }\n', /^changes\.yaml: \[0\] "w": patch\.simulation: a candidate cannot change simulation/m],
  ['a patch changing the seed', '- { name: s, patch: { seed: 9 } }\n', /^changes\.yaml: \[0\] "s": patch\.seed: a candidate cannot change seed/m],
  ['two entries of one name', '- { name: a }\n- { name: a }\n', /^changes\.yaml: \[1\]\.name: duplicate name "a" \(also \[0\]\.name\)$/m],
  ['a bad name', '- { name: "open it" }\n', /^changes\.yaml: \[0\]\.name: expected a name of letters, digits/m],
  ['not a list', 'name: a\n', /^changes\.yaml: \(top level\): expected a list of candidates/m],
  ['an empty list', '[]\n', /^changes\.yaml: \(top level\): expected at least one candidate/m],
])('a changes file with %s is refused naming the file and field', async (_label, text, pattern) => {
  expect(await refused(['--changes-file', 'changes.yaml'], text)).toMatch(pattern);
});

it("every problem of a changes file is reported at once: one entry's typo does not hide another's patch", async () => {
  const stderr = await refused(['--changes-file', 'changes.yaml'], '- { name: s, patch: { seed: 9 } }\n- { name: a, pach: {} }\n- name: big\n  patch: { deployment: { edges: [{ name: edge, servers: 0 }] } }\n');
  expect(stderr.split('\n').filter((l) => l.startsWith('changes.yaml: ')).map((l) => l.split(':')[1])).toEqual([' [0] "s"', ' [1].pach', ' [2] "big"']);
});

it.each([
  ['an unknown kind', ['--changes', 'p2p,firewall'], /--changes: unknown kind "firewall" \(known: p2p, edge-udp, edge-tcp, certificate, port-policy, edge-server, cac-limit\)/],
  ['a file given to --changes', ['--changes', 'changes.yaml'], /a file of your own candidates goes to --changes-file FILE/],
  ['top 0', ['--top', '0'], /--top: expected a whole number of at least 1, got 0/],
  ['precision 2', ['--precision', '2'], /--precision: expected a relative half-width above 0 and at most 1/],
  ['a cap without precision', ['--max-replications', '30'], /--max-replications: needs --precision R/],
])('%s is refused naming the flag', async (_label, args, pattern) => {
  expect(await refused(args)).toMatch(pattern);
});

// 20 million users on a flat day: about 130 million calls a replication, so the baseline's
// three replications (400 million) fit the budget of 500 million, but the baseline and
// its candidates (three pairs of sites, one Edge server) do not.
const BIG = `name: big
simulation: { duration: 24h, replications: 3 }
deployment:
  edges: [{ name: edge }]
  pools: [{ name: pool, edge: edge }]
  sites: [{ name: a, pool: pool, users: 10000000 }, { name: b, pool: pool, users: 10000000 }]
network: { default: { p2p: blocked } }
traffic: { profile: flat }
`;

it('a whatif beyond the work budget is refused before it starts, though a run of its baseline fits', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'big.yaml'), BIG);
  const [baseline] = loadScenarios(join(dir, 'big.yaml'));
  expect(budgetProblems([baseline!.workload], 3)).toEqual([]);
  await expect(whatif(baseline!, {})).rejects.toMatchObject({ kind: 'budget' });
  const out = join(dir, 'out');
  const r = await invoke(whatifCommand, [join(dir, 'big.yaml'), '--out', out]);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/big\.yaml: refused, too large for one run .*\n {2}- the run would simulate about .* calls \(limit 500 million\).* x 3 replications .* x 5 scenarios/);
  expect(existsSync(out)).toBe(false);
});

it('sharded, the same whatif is held to one machine\'s calls per shard: refused in 2 shards, started in 16', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'big.yaml'), BIG);
  const parts = join(dir, 'parts');
  const two = await invoke(whatifCommand, [join(dir, 'big.yaml'), '--shard', '1/2', '--out', parts]);
  expect(two.status).toBe(2);
  expect(two.stderr).toMatch(/big\.yaml: refused, too large for a run in 2 shards .*\n {2}- a shard of 2 would simulate up to about .* calls \(limit 500 million a shard\)/);
  expect(existsSync(parts)).toBe(false);
  // 5 scenarios x 3 replications = 15 jobs for 16 shards: the first has none to run.
  const sixteen = await invoke(whatifCommand, [join(dir, 'big.yaml'), '--shard', '1/16', '--out', parts]);
  expect(sixteen.stderr).toBe('');
  expect(sixteen.status).toBe(0);
  expect(readdirSync(parts)).toEqual(['big.whatif.round-1.shard-1-of-16.avsim-partial.json']);
});
