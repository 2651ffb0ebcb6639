/**
 * The statistical core of `avsim calibrate` and `avsim fit`, for the CLI to wire in:
 * read a records CSV in one streaming pass (calibrate.ts), fit the workload
 * (workload-fit.ts), render it as commented YAML (workload-yaml.ts) and calibration.csv
 * (calibration-rows.ts); for `avsim fit`, count paths and offered load (path-counts.ts,
 * offered-load.ts), read a simulation's (simulated-side.ts) and compare the two
 * (fit-comparison.ts, fit-rows.ts; model-fit.ts does it all).
 */
export { calibrate, readRecordTables } from './calibrate.js';
export type { CalibrateOptions, Calibration, RecordPass } from './calibrate.js';
export { calibrationBaseOf } from './calibration-base.js';
export type { CalibrationBase } from './calibration-base.js';
export { CALIBRATION_COLUMNS, calibrationRows, renderCalibrationCsv } from './calibration-rows.js';
export type { CalibrationRow } from './calibration-rows.js';
export { compareBusyHourLoad, comparePaths } from './fit-comparison.js';
export type { LoadComparison, LoadTestMethod, PathComparison, PathTestMethod, SimulatedLoad } from './fit-comparison.js';
export { FIT_COLUMNS, fitRows, renderFitCsv } from './fit-rows.js';
export type { FitRow, FitRowsInput } from './fit-rows.js';
export { compareWithRecords, fitModel } from './model-fit.js';
export type { Comparison, ModelFit, ModelFitOptions } from './model-fit.js';
export { countRejections, holmAdjusted } from './multiple-testing.js';
export type { TestCount } from './multiple-testing.js';
export { CalibrationInputError, formatIssue } from './input-error.js';
export type { RecordIssue } from './input-error.js';
export { loadTopologyOf, resourcesOf } from './load-topology.js';
export type { LoadTopology } from './load-topology.js';
export { OPTIONAL_COLUMNS, RECORD_KINDS, RECORD_PATHS, REQUIRED_COLUMNS } from './media-record.js';
export type { MediaRecord, RecordKind, RecordPath } from './media-record.js';
export { offeredLoad } from './offered-load.js';
export type { HourLoad, ResourceLoad } from './offered-load.js';
export { pathCounts, twoPartyPathCounts } from './path-counts.js';
export type { PairPathCounts, PathCounts } from './path-counts.js';
export { readRecords } from './read-records.js';
export { readWarnings } from './read-warnings.js';
export type { ReadOptions, ReadReport } from './read-records.js';
export { fileRecordSource, textRecordSource } from './record-source.js';
export type { RecordSource } from './record-source.js';
export { locationNames, simulatedLoad, simulatedPathCounts } from './simulated-side.js';
export type { SimulatedHour, SimulatedPairCounts, SimulatedPathCounts, SimulatedResourceLoad } from './simulated-side.js';
export { parseSubnetsCsv } from './subnet-map.js';
export type { SubnetMap } from './subnet-map.js';
export { fitWorkload } from './workload-fit.js';
export type { FitOptions, LocationFit, WorkloadFit } from './workload-fit.js';
export { fittedWorkloadYaml } from './workload-yaml.js';
export type { FitSource } from './workload-yaml.js';
