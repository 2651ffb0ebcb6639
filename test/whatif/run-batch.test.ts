/**
 * whatif's batch runner (`runBatch`): every batch goes through it, round by round (the
 * baseline's first batch, every candidate's first batch, then the precision rounds of
 * the unresolved ones, with the baseline's replications they pair with), and a runner
 * that returns the same results gives the same bytes as the pool run without it. The
 * user's candidate repeats p2p:hq~south, so the two stay tied and get precision rounds.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { renderWhatifCsv } from '../../src/report/whatif.js';
import { loadCandidateFile } from '../../src/whatif/candidate-file.js';
import { whatif } from '../../src/whatif/whatif.js';
import type { WhatifBatchRunner } from '../../src/whatif/whatif.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { keptPool } from '../support/pool.js';
import { tempDir } from '../support/temp.js';
import { WHATIF_YAML } from './fixtures.js';

it('every batch goes through the runner, with its round, scenarios and jobs; the bytes are those without it', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'wi.yaml'), WHATIF_YAML);
  writeFileSync(join(dir, 'changes.yaml'), `- name: south-open\n  patch: { network: { rules: [{ between: [hq, south], p2p: open }] } }\n`);
  const [baseline] = loadScenarios(join(dir, 'wi.yaml'));
  const candidates = loadCandidateFile(join(dir, 'changes.yaml'), baseline!.workload);
  const options = { kinds: ['p2p', 'edge-server'] as const, candidates, precision: 0.02, maxReplications: 9 };
  const plain = await whatif(baseline!, { ...options, pool: keptPool() });

  const seen: { round: number; scenarios: string[]; jobs: string[] }[] = [];
  // Runs each job on its own, last first: a job's result depends on nothing else.
  const runBatch: WhatifBatchRunner = async (batch) => {
    seen.push({ round: batch.round, scenarios: batch.scenarios.map((s) => s.name), jobs: batch.jobs.map((j) => `${j.scenario}:${j.replication}`) });
    const results = [];
    for (const job of [...batch.jobs].reverse()) results.unshift(...(await keptPool().run([job], { scenarioNames: batch.scenarios.map((s) => s.name) })));
    return results;
  };
  const hooked = await whatif(baseline!, { ...options, runBatch });
  expect(renderWhatifCsv(hooked)).toBe(renderWhatifCsv(plain));
  expect(hooked.notes).toEqual(plain.notes);
  expect(hooked.workers).toBe(0); // no pool of its own was started

  const names = ['p2p:hq~north', 'p2p:hq~south', 'p2p:north~south', 'edge-server:edge', 'south-open'];
  expect(seen[0]).toEqual({ round: 0, scenarios: ['baseline'], jobs: ['0:0', '0:1', '0:2'] });
  expect(seen[1]).toEqual({ round: 1, scenarios: ['baseline', ...names], jobs: [1, 2, 3, 4, 5].flatMap((s) => [0, 1, 2].map((r) => `${s}:${r}`)) });
  expect(seen.map((s) => s.round)).toEqual(seen.map((_, k) => k));
  expect(plain.precision!.rounds.length).toBeGreaterThan(0);
  expect(seen.length - 2).toBe(plain.precision!.rounds.length);
  // A precision round: the baseline's next replications (once), then each chosen candidate's.
  for (const [k, batch] of seen.slice(2).entries()) {
    const from = 3 * (k + 1);
    expect(batch.jobs.slice(0, 3)).toEqual([from, from + 1, from + 2].map((r) => `0:${r}`));
    expect(batch.jobs.length).toBe(3 + 3 * plain.precision!.rounds[k]!);
  }
});
