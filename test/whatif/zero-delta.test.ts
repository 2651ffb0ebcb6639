/**
 * A candidate that changes nothing the simulation sees shows a change of exactly zero,
 * with a zero-width interval, in every measure (common random numbers: the same calls,
 * the same load), and says it is not resolved from zero; one that moves load does not.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { renderWhatifCsv } from '../../src/report/whatif.js';
import { loadCandidateFile } from '../../src/whatif/candidate-file.js';
import { whatif } from '../../src/whatif/whatif.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { keptPool } from '../support/pool.js';
import { tempDir } from '../support/temp.js';
import { parseQuotedCsv, WHATIF_YAML } from './fixtures.js';

it('an unchanged workload and an unused Edge server give exactly 0 in every column; opening P2P does not', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'wi.yaml'), WHATIF_YAML);
  writeFileSync(
    join(dir, 'changes.yaml'),
    `- { name: nothing, description: the same workload }\n- { name: rename, patch: { description: another text } }\n`,
  );
  const [baseline] = loadScenarios(join(dir, 'wi.yaml'));
  const candidates = loadCandidateFile(join(dir, 'changes.yaml'), baseline!.workload);
  const output = await whatif(baseline!, { kinds: ['p2p', 'edge-server'], candidates, pool: keptPool() });
  const rows = parseQuotedCsv(renderWhatifCsv(output));
  const byName = new Map(rows.map((r) => [r.name!, r]));
  expect([...byName.keys()].sort()).toEqual(['edge-server:edge', 'nothing', 'p2p:hq~north', 'p2p:hq~south', 'p2p:north~south', 'rename']);
  // The Edge peaks far below its 1,000 sessions: a second server changes nothing.
  for (const name of ['nothing', 'rename', 'edge-server:edge']) {
    const row = byName.get(name)!;
    for (const measure of ['edge_sessions', 'edge_blocking', 'failed_share', 'no_qos_share']) {
      expect([row[`${measure}_delta`], row[`${measure}_delta_ci95_low`], row[`${measure}_delta_ci95_high`]], `${name} ${measure}`).toEqual(['0', '0', '0']);
    }
    expect(row.edge_resolved).toBe('no');
    expect(row.path_shift_share, name).toBe('0'); // the same calls on the same paths
  }
  const open = byName.get('p2p:hq~north')!;
  expect(Number(open.edge_sessions_delta_ci95_high)).toBeLessThan(0); // fewer relayed sessions, resolved
  expect(open.edge_resolved).toBe('yes');
  expect(Number(open.no_qos_share_delta)).toBeLessThan(0);
  expect(open.rank).toBe('1');
  expect(Number(open.path_shift_share)).toBeGreaterThan(0); // relayed calls go peer-to-peer
});
