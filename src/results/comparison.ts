/**
 * The comparison reducer (`avsim compare`): summary rows and replication results in,
 * comparison.csv rows out. Pure, like {@link summarize}.
 *
 * The difference in mean concurrency from the first scenario is paired by replication
 * index: replication r of every scenario ran on the same random numbers (common random
 * numbers), so `d_r = mean_concurrency(s, r) - mean_concurrency(first, r)` removes the
 * noise the two share, and its Student-t interval across r is far tighter than the
 * difference of two independent intervals. Scenarios that see exactly the same load on
 * a resource give `d_r = 0` for every r, hence a zero-width interval.
 */
import { meanInterval } from '../stats/interval.js';
import type { ReplicationResult, ResourceInfo, SummaryRow } from './types.js';

/** One `comparison.csv` row (columns in DESIGN.md). */
export interface ComparisonRow {
  scenario: string;
  resource: string;
  capacity: number;
  blocking_probability: number;
  mean_concurrency: number;
  p95_concurrency: number;
  peak_concurrency: number;
  /** Mean over replications of the paired difference from the first scenario; `NaN` when it lacks the resource. */
  delta_mean_concurrency: number;
  /** Student-t 95% interval of the paired difference; `NaN` with one replication or no reference. */
  delta_ci95_low: number;
  delta_ci95_high: number;
}

/**
 * Builds the comparison rows.
 *
 * @param scenarioNames - Scenario names by scenario index; index 0 is the reference.
 * @param resources - Per scenario (by index), its resources in report order.
 * @param summary - The run's summary.csv rows (one per scenario and resource).
 * @param results - Every replication's result (any order; paired by `replication`).
 * @returns One row per scenario and resource, in scenario then resource order.
 * @throws RangeError when a summary row or a replication of a paired resource is missing.
 */
export function comparisonRows(
  scenarioNames: readonly string[],
  resources: readonly (readonly ResourceInfo[])[],
  summary: readonly SummaryRow[],
  results: readonly ReplicationResult[],
): ComparisonRow[] {
  // Per scenario, per resource id: mean concurrency by replication index.
  const perReplication = scenarioNames.map((_, s) => {
    const map = new Map<string, number[]>();
    resources[s]!.forEach((info) => map.set(info.id, []));
    return map;
  });
  for (const result of results) {
    const lists = resources[result.scenario];
    if (lists === undefined) throw new RangeError(`result of unknown scenario ${result.scenario}`);
    lists.forEach((info, r) => {
      const rep = result.resources[r];
      if (rep === undefined) throw new RangeError(`scenario ${result.scenario}, replication ${result.replication}: no resource ${info.id}`);
      perReplication[result.scenario]!.get(info.id)![result.replication] = rep.occupancyIntegral / result.windowSeconds;
    });
  }

  const rows: ComparisonRow[] = [];
  scenarioNames.forEach((scenario, s) => {
    for (const info of resources[s]!) {
      const row = summary.find((x) => x.scenario === scenario && x.resource === info.id);
      if (!row) throw new RangeError(`no summary row for scenario "${scenario}", resource ${info.id}`);
      const delta = pairedDelta(perReplication[s]!.get(info.id)!, perReplication[0]!.get(info.id));
      rows.push({
        scenario,
        resource: info.id,
        capacity: row.capacity,
        blocking_probability: row.blocking_probability,
        mean_concurrency: row.mean_concurrency,
        p95_concurrency: row.p95_concurrency,
        peak_concurrency: row.peak_concurrency,
        delta_mean_concurrency: delta.mean,
        delta_ci95_low: delta.low,
        delta_ci95_high: delta.high,
      });
    }
  });
  return rows;
}

/** The paired differences' mean and interval; all `NaN` without a reference. */
function pairedDelta(values: readonly number[], reference: readonly number[] | undefined): { mean: number; low: number; high: number } {
  if (reference === undefined) return { mean: Number.NaN, low: Number.NaN, high: Number.NaN };
  const differences: number[] = [];
  for (let r = 0; r < Math.max(values.length, reference.length); r++) {
    const a = values[r];
    const b = reference[r];
    if (a === undefined || b === undefined) throw new RangeError(`replication ${r} is missing from a paired comparison`);
    differences.push(a - b);
  }
  const interval = meanInterval(differences);
  return { mean: interval.mean, low: interval.low, high: interval.high };
}
