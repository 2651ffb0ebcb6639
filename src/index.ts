/**
 * avsim as a library: load a workload, run its scenarios, compare scenarios on common
 * random numbers, size a resource for a blocking target, and render the reports.
 *
 * ```ts
 * import { loadScenarios, runScenarios, compare, size } from 'avsim';
 * const scenarios = loadScenarios('workloads/p2p-open-vs-blocked.yaml');
 * const comparison = await compare(scenarios, { replications: 10 });
 * const sizing = await size(scenarios[0]!, { target: 0.01 });
 * ```
 *
 * Library calls never print or exit: they return values or throw typed errors
 * ({@link WorkloadError}, {@link ReplicationError}, {@link InterruptedError}, RangeError
 * for bad options). Files are written only by the caller (see {@link writeFilesAtomic});
 * `renderRunReport`, `renderCompareReport` and `renderSizeReport` give report.html's page.
 */
export { loadScenarios, loadWorkloadFile, parseWorkloadValue, WorkloadError, WorkloadSchema, workloadJsonSchema } from './workload/index.js';
export type { NamedWorkload, Workload, WorkloadInput } from './workload/index.js';

export { planJobs, runScenarios } from './run.js';
export type { RunOptions, RunOutput, Scenario } from './run.js';
export { InterruptedError, ReplicationError, WorkerPool } from './parallel/pool.js';

export { compare, labelScenarios, ScenarioNameError } from './compare.js';
export type { CompareOutput, ComparedScenario, ScenarioFile } from './compare.js';
export { comparisonRows } from './stats/comparison.js';
export type { ComparisonRow } from './stats/comparison.js';

export { size } from './sizing/size.js';
export type { ResourceSizing, SizeOptions, SizeOutput, SizingBatch, SizingRow } from './sizing/size.js';
export { findSizingTarget, sizingTargets, withServers } from './sizing/capacity.js';
export type { SizingTarget } from './sizing/capacity.js';
export { offeredLoad } from './sizing/offered-load.js';
export type { OfferedLoad } from './sizing/offered-load.js';
export { searchFewestServers } from './sizing/search.js';
export type { Evaluate, Evaluation, SearchOptions, SearchOutcome } from './sizing/search.js';

export { summarize } from './stats/summarize.js';
export { erlangB, erlangBServers } from './stats/erlang-b.js';
export { meanInterval, ratioInterval } from './stats/interval.js';
export { PATHS } from './stats/types.js';
export type {
  Interval,
  PathName,
  PathRow,
  ReplicationResult,
  ResourceInfo,
  ResourceKind,
  RunSummary,
  ScenarioRow,
  SummaryRow,
  TimeseriesRow,
} from './stats/types.js';

export { writeFilesAtomic } from './report/atomic-write.js';
export type { OutputFile } from './report/atomic-write.js';
export { COMPARISON_COLUMNS, PATHS_COLUMNS, SIZING_COLUMNS, SUMMARY_COLUMNS, TIMESERIES_COLUMNS, renderRunCsv } from './report/csv.js';
export { renderCompareFiles, renderComparisonCsv } from './report/comparison.js';
export { renderSizingCsv } from './report/sizing.js';
export { REPORT_FILE, reportFile } from './report/html/report.js';
export type { RenderedReport } from './report/html/report.js';
export { renderRunReport } from './report/html/run-report.js';
export { renderCompareReport } from './report/html/compare-report.js';
export { renderSizeReport } from './report/html/size-report.js';
