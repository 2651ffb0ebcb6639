/**
 * `run --precision`: the decision to add a batch reads only completed batches, so 1 and
 * 2 workers stop at the same replication count with byte-identical CSVs, which are those
 * of a plain run of that many replications; the run stops once every busy-hour blocking
 * is within the precision asked, not before. `compare --precision` adds its paired
 * differences to what must be precise.
 */
import { textOf } from '../../src/report/atomic-write.js';
import { expect, it } from 'vitest';
import { compare } from '../../src/analysis/compare.js';
import { isPrecise } from '../../src/analysis/precision.js';
import { busyHourBlockingFigures, runScenarios } from '../../src/analysis/run.js';
import type { RunOptions } from '../../src/analysis/run.js';
import { renderRunCsv } from '../../src/report/csv.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { workload } from '../support/workloads.js';

const scenarios = loadScenarios(workload('p2p-open-vs-blocked.yaml')).slice(0, 2);

async function files(options: RunOptions): Promise<{ replications: number; batches: readonly number[]; csv: Record<string, string>; precise: boolean[] }> {
  const run = await runScenarios(scenarios, options);
  const csv = Object.fromEntries(renderRunCsv(run.summary).map((f) => [f.name, textOf(f.data)]));
  const precise = busyHourBlockingFigures(run.summary.summary).map((f) => isPrecise(f, 0.15));
  return { replications: run.replications, batches: run.precision?.batches ?? [run.replications], csv, precise };
}

it('1 and 2 workers stop at the same count with the same bytes, those of a plain run of that count', async () => {
  const asked = { replications: 3, precision: 0.15 } as const;
  const one = await files({ ...asked, workers: 1 });
  const two = await files({ ...asked, workers: 2 });
  expect(one.batches.length).toBeGreaterThan(1); // it did add batches
  expect(one.replications).toBeLessThan(30); // and stopped before the cap
  expect(one.batches).toEqual(one.batches.map((_, i) => 3 * (i + 1)));
  expect(two.batches).toEqual(one.batches);
  expect(two.csv).toEqual(one.csv);
  expect(one.precise.every(Boolean)).toBe(true);
  const plain = await files({ replications: one.replications, workers: 2 });
  expect(plain.csv).toEqual(one.csv);
  // One batch fewer was not yet precise: otherwise the run would have stopped there.
  const before = await files({ replications: one.replications - 3, workers: 2 });
  expect(before.precise.every(Boolean)).toBe(false);
});

it('compare --precision pins down the paired differences too: every one is within the precision when it stops', async () => {
  const output = await compare(scenarios, { replications: 3, precision: 0.15, workers: 2 });
  const deltas = output.comparison.filter((row) => Number.isFinite(row.delta_mean_concurrency));
  expect(output.precision!.figures).toBe(busyHourBlockingFigures(output.summary.summary).length + deltas.length);
  expect(output.precision!.imprecise).toBe(0);
  for (const row of deltas) expect(isPrecise({ value: row.delta_mean_concurrency, low: row.delta_ci95_low, high: row.delta_ci95_high, floor: 1 }, 0.15), row.resource).toBe(true);
  // Pinning the differences down too takes at least the replications the blocking alone takes.
  const run = await runScenarios(scenarios, { replications: 3, precision: 0.15, workers: 2 });
  expect(output.replications).toBeGreaterThanOrEqual(run.replications);
});
