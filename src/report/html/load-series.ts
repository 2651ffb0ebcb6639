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

/**
 * Most points a load chart draws: a day of one-minute buckets. A longer series is drawn
 * in runs of consecutive buckets (mean over the run, highest in it), so that a month at
 * one-minute resolution gives a report of a few megabytes, not tens; timeseries.csv
 * keeps every bucket.
 */
export const MAX_CHART_POINTS = 1440;

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
  const byResource = new Map<string, typeof rows>();
  for (const row of rows) {
    const list = byResource.get(row.resource);
    if (list === undefined) byResource.set(row.resource, [row]);
    else list.push(row);
  }
  return run.resources[s]!.map((info, r) => {
    const series = byResource.get(info.id) ?? [];
    const group = Math.max(1, Math.ceil(series.length / MAX_CHART_POINTS));
    const bands = bucketIntervals(run.results, s, r, group);
    if (bands.length !== Math.ceil(series.length / group)) {
      throw new RangeError(`scenario "${scenario.name}", ${info.id}: ${series.length} time-series rows for ${bands.length * group} buckets`);
    }
    const points = [];
    for (let b = 0, p = 0; b < series.length; b += group, p++) {
      const span = series.slice(b, b + group);
      const first = span[0]!;
      const last = span[span.length - 1]!;
      let weighted = 0;
      let max = 0;
      for (const row of span) {
        weighted += row.mean_concurrency * (row.t_end_s - row.t_start_s);
        if (row.max_concurrency > max) max = row.max_concurrency;
      }
      const mean = group === 1 ? first.mean_concurrency : weighted / (last.t_end_s - first.t_start_s);
      points.push({ start: first.t_start_s, end: last.t_end_s, mean, max, low: bands[p]!.low, high: bands[p]!.high });
    }
    return {
      resource: info.id,
      kind: info.kind,
      capacity: info.capacity,
      windowStart: startSeconds(simulation.start),
      windowSeconds: simulation.duration,
      replications: run.results.filter((result) => result.scenario === s).length,
      buckets: points,
    };
  });
}
