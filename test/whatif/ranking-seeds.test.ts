/**
 * Well-separated candidates rank the same whatever the seed: opening P2P between the
 * largest pair of sites (4,000 x 1,600 users) moves about four times the Edge load of
 * the next (4,000 x 400), which moves about two and a half times that of the smallest
 * (1,600 x 400); on three seeds each of the three ranks is resolved, in that order.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { whatif } from '../../src/whatif/whatif.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { keptPool } from '../support/pool.js';
import { tempDir } from '../support/temp.js';
import { WHATIF_YAML } from './fixtures.js';

it('the three P2P candidates rank largest pair first on every seed, each rank resolved', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'wi.yaml'), WHATIF_YAML);
  const [baseline] = loadScenarios(join(dir, 'wi.yaml'));
  for (const seed of [1, 2, 3]) {
    const output = await whatif(baseline!, { kinds: ['p2p'], seed, pool: keptPool() });
    expect(output.outcomes.map((o) => o.candidate.name), `seed ${seed}`).toEqual(['p2p:hq~north', 'p2p:hq~south', 'p2p:north~south']);
    expect(output.outcomes.map((o) => o.rankResolved), `seed ${seed}`).toEqual([true, true, true]);
    expect(output.outcomes.every((o) => o.edge.high < 0)).toBe(true);
  }
});
