/**
 * The confidence band of a time series: per bucket, the Student-t 95% interval of a
 * resource's mean occupancy across replications. `timeseries.csv` carries the mean and
 * the maximum only; the report draws this band around the mean. Pure, like
 * {@link summarize}: it reads replication results and never changes them.
 */
import { meanInterval } from '../stats/interval.js';
import type { MeanInterval } from '../stats/interval.js';
import type { ReplicationResult } from './types.js';

/**
 * Per time-series bucket of one resource of one scenario: the mean over replications of
 * the bucket's mean occupancy (`bucketIntegral / bucket length`) and its interval.
 *
 * @param results - Replication results of any scenarios, in job order; only those of
 *   `scenario` are read.
 * @param scenario - Scenario index.
 * @param r - The resource's index in each result's `resources`.
 * @returns One interval per bucket (ends `NaN` with fewer than two replications); empty
 *   when the scenario has no replication.
 * @throws RangeError when a replication of the scenario lacks resource `r`.
 */
export function bucketIntervals(results: readonly ReplicationResult[], scenario: number, r: number): MeanInterval[] {
  const reps = results.filter((result) => result.scenario === scenario);
  const edges = reps[0]?.bucketEdges;
  if (edges === undefined) return [];
  const out: MeanInterval[] = [];
  const values = new Float64Array(reps.length);
  for (let b = 0; b + 1 < edges.length; b++) {
    const length = edges[b + 1]! - edges[b]!;
    reps.forEach((rep, i) => {
      const resource = rep.resources[r];
      if (resource === undefined) {
        throw new RangeError(`scenario ${scenario}, replication ${rep.replication}: no resource at index ${r}`);
      }
      values[i] = resource.bucketIntegral[b]! / length;
    });
    out.push(meanInterval(values));
  }
  return out;
}
