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
 * the bucket's mean occupancy (`bucketIntegral / bucket length`) and its interval. With
 * `group` above 1, per run of `group` consecutive buckets (the last run may be shorter):
 * the mean occupancy over the run, so a long series can be drawn with fewer points.
 *
 * @param results - Replication results of any scenarios, in job order; only those of
 *   `scenario` are read.
 * @param scenario - Scenario index.
 * @param r - The resource's index in each result's `resources`.
 * @returns One interval per bucket (ends `NaN` with fewer than two replications); empty
 *   when the scenario has no replication.
 * @throws RangeError when a replication of the scenario lacks resource `r`.
 */
export function bucketIntervals(results: readonly ReplicationResult[], scenario: number, r: number, group = 1): MeanInterval[] {
  const reps = results.filter((result) => result.scenario === scenario);
  const edges = reps[0]?.bucketEdges;
  if (edges === undefined) return [];
  const buckets = edges.length - 1;
  const out: MeanInterval[] = [];
  const values = new Float64Array(reps.length);
  for (let b = 0; b < buckets; b += group) {
    const end = Math.min(b + group, buckets);
    const length = edges[end]! - edges[b]!;
    reps.forEach((rep, i) => {
      const resource = rep.resources[r];
      if (resource === undefined) {
        throw new RangeError(`scenario ${scenario}, replication ${rep.replication}: no resource at index ${r}`);
      }
      let integral = 0;
      for (let k = b; k < end; k++) integral += resource.bucketIntegral[k]!;
      values[i] = integral / length;
    });
    out.push(meanInterval(values));
  }
  return out;
}
