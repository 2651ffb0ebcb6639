/**
 * The load charts' input, read from a run: per resource of a scenario, the time series
 * of timeseries.csv (mean and maximum per bucket) joined with the confidence band the
 * replications give ({@link bucketIntervals}), placed in the day by the scenario's
 * `simulation.start`.
 */
import type { RunOutput } from '../../analysis/run.js';
import { bucketIntervals } from '../../results/bucket-interval.js';
import type { LoadSeries } from './load-chart.js';
import { startSeconds } from '../../workload/time-text.js';

/** What the report reads of a run (a `RunOutput` or `CompareOutput` fits). */
export type ReportRun = Pick<RunOutput, 'scenarios' | 'seed' | 'replications' | 'resources' | 'results' | 'summary'>;

/**
 * One {@link LoadSeries} per resource of scenario `s`, in report order.
 *
 * @throws RangeError when the time series of a resource does not have one row per bucket.
 */
export function loadSeries(run: ReportRun, s: number): LoadSeries[] {
  const scenario = run.scenarios[s]!;
  const { simulation } = scenario.workload;
  const rows = run.summary.timeseries.filter((row) => row.scenario === scenario.name);
  return run.resources[s]!.map((info, r) => {
    const series = rows.filter((row) => row.resource === info.id);
    const bands = bucketIntervals(run.results, s, r);
    if (bands.length !== series.length) {
      throw new RangeError(`scenario "${scenario.name}", ${info.id}: ${series.length} time-series rows for ${bands.length} buckets`);
    }
    return {
      resource: info.id,
      kind: info.kind,
      capacity: info.capacity,
      windowStart: startSeconds(simulation.start),
      windowSeconds: simulation.duration,
      replications: run.results.filter((result) => result.scenario === s).length,
      buckets: series.map((row, b) => ({
        start: row.t_start_s,
        end: row.t_end_s,
        mean: row.mean_concurrency,
        max: row.max_concurrency,
        low: bands[b]!.low,
        high: bands[b]!.high,
      })),
    };
  });
}
