/**
 * avsim as a library: load a workload, run its scenarios, compare scenarios on common
 * random numbers, size a resource for a blocking target, rank candidate changes
 * (`whatif`), and render the result files.
 *
 * ```ts
 * import { loadScenarios, runScenarios, compare, size } from 'avsim';
 * const scenarios = loadScenarios('workloads/p2p-open-vs-blocked.yaml');
 * const comparison = await compare(scenarios, { replications: 10 });
 * const sizing = await size(scenarios[0]!, { target: 0.01 });
 * ```
 *
 * Library calls never print or exit: they return values or throw an {@link AvsimError}
 * whose `kind` says what went wrong (`usage` for a bad option, `workload` for an invalid
 * file, `interrupted`, `simulation`, ...). Files are written only by the caller
 * ({@link writeResultSet}, whole sets); the `render*` functions give each file's contents.
 */
export { AvsimError, InterruptedError, OptionError, ReplicationError } from './errors.js';
export type { ErrorKind } from './errors.js';

export { loadScenarios, loadWorkloadFile, WorkloadError, workloadJsonSchema } from './workload/index.js';
export type { NamedWorkload, Workload, WorkloadInput } from './workload/index.js';

export { runScenarios } from './analysis/run.js';
export type { RunOptions, RunOutput, Scenario } from './analysis/run.js';
export { compare, labelScenarios } from './analysis/compare.js';
export type { CompareOutput, ComparedScenario } from './analysis/compare.js';
export { size } from './analysis/size.js';
export type { SizeOptions, SizeOutput, SizingRow } from './analysis/size.js';
export { whatif } from './whatif/whatif.js';
export type { CandidateOutcome, WhatifOptions, WhatifOutput } from './whatif/whatif.js';
export { loadCandidateFile } from './whatif/candidate-file.js';
export { CHANGE_KINDS } from './whatif/kinds.js';
export type { Candidate, ChangeKind } from './whatif/kinds.js';
export { WorkerPool } from './parallel/pool.js';

export { erlangB, erlangBServers } from './stats/erlang-b.js';
export type { ComparisonRow } from './results/comparison.js';
export type { PathRow, ReplicationResult, SummaryRow, TimeseriesRow } from './results/types.js';

export { writeResultSet } from './report/result-set.js';
export { renderRunCsv } from './report/csv.js';
export { renderCompareFiles } from './report/comparison.js';
export { renderSizingCsv } from './report/sizing.js';
export { renderWhatifCsv } from './report/whatif.js';
export { renderRunReport } from './report/html/run-report.js';
export type { ReportOptions } from './report/html/report.js';
export { renderCompareReport } from './report/html/compare-report.js';
export { renderSizeReport } from './report/html/size-report.js';
export { renderWhatifReport } from './report/html/whatif-report.js';
