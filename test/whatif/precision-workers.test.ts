/**
 * `whatif --precision`: batches go to the candidates whose rank is unresolved, not
 * evenly; the decision reads only completed batches, so 1 and 2 workers give the same
 * replication counts and byte-identical whatif.csv. A user's candidate that repeats
 * p2p:hq~south has the very same change, so the two overlap until both are within the
 * precision or at the cap, while the others, resolved, stop at the first batch.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { WorkerPool } from '../../src/parallel/pool.js';
import { renderWhatifCsv } from '../../src/report/whatif.js';
import { loadCandidateFile } from '../../src/whatif/candidate-file.js';
import { whatif } from '../../src/whatif/whatif.js';
import type { WhatifOutput } from '../../src/whatif/whatif.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { tempDir } from '../support/temp.js';
import { WHATIF_YAML } from './fixtures.js';

async function on(workers: number): Promise<WhatifOutput> {
  const dir = tempDir();
  writeFileSync(join(dir, 'wi.yaml'), WHATIF_YAML);
  writeFileSync(join(dir, 'changes.yaml'), `- name: south-open\n  patch: { network: { rules: [{ between: [hq, south], p2p: open }] } }\n`);
  const [baseline] = loadScenarios(join(dir, 'wi.yaml'));
  const candidates = loadCandidateFile(join(dir, 'changes.yaml'), baseline!.workload);
  const pool = new WorkerPool(workers);
  try {
    return await whatif(baseline!, { kinds: ['p2p', 'edge-server'], candidates, precision: 0.02, maxReplications: 12, pool });
  } finally {
    await pool.close();
  }
}

it('1 and 2 workers stop at the same counts with the same whatif.csv, and the counts differ by candidate', async () => {
  const one = await on(1);
  const two = await on(2);
  const counts = (o: WhatifOutput) => o.outcomes.map((x) => [x.candidate.name, x.replications]);
  expect(counts(two)).toEqual(counts(one));
  expect(renderWhatifCsv(two)).toBe(renderWhatifCsv(one));
  expect(two.precision!.rounds).toEqual(one.precision!.rounds);
  const spent = Object.fromEntries(counts(one));
  expect(spent['south-open']).toBeGreaterThan(3); // the tied pair got more
  expect(spent['p2p:hq~south']).toBe(spent['south-open']);
  expect(spent['p2p:hq~north']).toBe(3); // resolved at once: not evenly
  expect(one.precision!.rounds.length).toBeGreaterThan(0);
  // The exact zero (a server more on an idle Edge) is precise at once: it never gets more.
  expect(one.outcomes.find((o) => o.candidate.name === 'edge-server:edge')!.replications).toBe(3);
});
