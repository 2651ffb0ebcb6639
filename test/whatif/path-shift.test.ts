/**
 * Calls on another path (path_shift_share): opening UDP 3478 for a site whose relays run
 * over TCP 443 moves exactly its TCP-relayed calls to UDP (R4) and leaves every other
 * figure as it was; whatif says so instead of "changes nothing".
 */
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { runScenarios } from '../../src/analysis/run.js';
import { VIDEO_DOWNGRADED } from '../../src/results/types.js';
import { renderWhatifCsv, resolvedWords } from '../../src/report/whatif.js';
import { movedCalls } from '../../src/whatif/ranking.js';
import { whatif } from '../../src/whatif/whatif.js';
import { parseWorkloadValue } from '../../src/workload/load.js';
import { keptPool } from '../support/pool.js';
import { parseQuotedCsv, WHATIF_YAML } from './fixtures.js';

it('moved calls are half the differences of the path counts: what left one path arrived on another', () => {
  expect(movedCalls(new Float64Array([10, 0, 5]), new Float64Array([10, 0, 5]))).toBe(0);
  expect(movedCalls(new Float64Array([10, 7, 0]), new Float64Array([10, 0, 7]))).toBe(7);
  expect(movedCalls(new Float64Array([4, 3, 3]), new Float64Array([10, 0, 0]))).toBe(6);
});

it('opening UDP 3478 moves the TCP-relayed calls, exactly, with every figure unchanged', async () => {
  const value = parse(WHATIF_YAML) as Record<string, unknown>;
  value['network'] = { default: { p2p: 'blocked' }, rules: [{ site: 'north', edgeUdp: 'blocked' }] };
  const workload = parseWorkloadValue(value, 'wi.yaml');
  const baseline = { name: 'baseline', workload };
  const output = await whatif(baseline, { kinds: ['edge-udp'], pool: keptPool() });
  const [row] = parseQuotedCsv(renderWhatifCsv(output));
  expect(row!.name).toBe('edge-udp:north');
  for (const measure of ['edge_sessions', 'edge_blocking', 'failed_share', 'no_qos_share']) expect(row![`${measure}_delta`], measure).toBe('0');
  expect(resolvedWords(output.outcomes[0]!)).toBe('other paths only');

  // The baseline's own TCP-relayed share, from its paths, on the same seed and replications.
  const run = await runScenarios([baseline], { pool: keptPool() });
  const calls = (path: string): number => run.summary.paths.find((p) => p.path === path)!.calls;
  const all = run.summary.paths.filter((p) => p.path !== VIDEO_DOWNGRADED).reduce((sum, p) => sum + p.calls, 0);
  expect(calls('edge-tcp')).toBeGreaterThan(0);
  expect(Number(row!.path_shift_share)).toBeCloseTo(calls('edge-tcp') / all, 5);
});
