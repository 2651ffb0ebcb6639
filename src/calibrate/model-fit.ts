/**
 * `avsim fit` as a library call: read the deployment's records, simulate the workload
 * (every replication keeping its calls by location pair and path), and compare the two
 * (fit-comparison.ts) pair by pair and resource by resource. Where the model and the
 * deployment disagree (a firewall rule the workload does not know, an Edge certificate
 * defect, a busy hour heavier than the rates say), a test says so; with many tests, the
 * count after Holm's adjustment says whether the disagreements are more than chance.
 */
import { runScenarios } from '../analysis/run.js';
import type { RunOptions, RunOutput, Scenario } from '../analysis/run.js';
import { readRecordTables } from './calibrate.js';
import type { RecordPass } from './calibrate.js';
import { compareBusyHourLoad, comparePaths } from './fit-comparison.js';
import type { LoadComparison, PathComparison } from './fit-comparison.js';
import { fitRows } from './fit-rows.js';
import type { FitRow } from './fit-rows.js';
import { loadTopologyOf } from './load-topology.js';
import { isOwnLocation } from './media-record.js';
import { countRejections } from './multiple-testing.js';
import type { TestCount } from './multiple-testing.js';
import { offeredLoad } from './offered-load.js';
import type { ResourceLoad } from './offered-load.js';
import { twoPartyPathCounts } from './path-counts.js';
import type { ReadOptions } from './read-records.js';
import type { RecordSource } from './record-source.js';
import { locationNames, simulatedLoad, simulatedPathCounts } from './simulated-side.js';
import type { SimulatedResourceLoad } from './simulated-side.js';

/** Options of {@link fitModel}: reading the records, running the simulation, the tests' level. */
export interface ModelFitOptions extends ReadOptions, Omit<RunOptions, 'recordsReplication' | 'pairPaths'> {
  /** Significance level of the tests' count (each p-value is in fit.csv). @default 0.05 */
  readonly alpha?: number;
}

/** The comparison of a workload with the records. */
export interface Comparison {
  readonly paths: readonly PathComparison[];
  readonly observedLoad: readonly ResourceLoad[];
  readonly simulatedLoad: readonly SimulatedResourceLoad[];
  readonly busyHour: readonly LoadComparison[];
  /** fit.csv's rows. */
  readonly rows: readonly FitRow[];
  /** The p-values of fit.csv, counted at `alpha`, alone and after Holm's adjustment. */
  readonly tests: TestCount;
  /** Pairs whose records show calls that the simulation gave no media path (method `no-simulated-media`). */
  readonly withoutMedia: readonly PathComparison[];
  /** What the reader should know: locations the records name and the workload lacks. */
  readonly notes: readonly string[];
}

/** Everything `avsim fit` found. */
export interface ModelFit extends Comparison {
  readonly scenario: Scenario;
  readonly records: RecordPass;
  readonly run: RunOutput;
}

/**
 * Compares a simulated run with the records (pure).
 *
 * @param records - The deployment's records, read (calibrate.ts `readRecordTables`).
 * @param run - A run of the one scenario compared, with `pairPaths: true`.
 * @param alpha - Level of the tests' count. @default 0.05
 */
export function compareWithRecords(records: RecordPass, run: RunOutput, alpha = 0.05): Comparison {
  const workload = run.scenarios[0]!.workload;
  const observedPaths = twoPartyPathCounts(records.tables);
  const paths = comparePaths(observedPaths, simulatedPathCounts(run.results, workload));
  const observedLoad = offeredLoad(records.tables, loadTopologyOf(workload));
  const simulated = simulatedLoad(run.results, run.resources[0]!);
  const busyHour = compareBusyHourLoad(observedLoad, simulated.flatMap((s) => (s.busy === undefined ? [] : [s.busy])));
  const rows = fitRows({ paths, observedLoad, simulatedLoad: simulated, busyHour });
  const known = new Set(locationNames(workload));
  const unknown = [...new Set(records.tables.locations.map((l) => l.name))].filter((name) => isOwnLocation(name) && !known.has(name));
  const pools = new Set(workload.deployment.pools.map((p) => p.name));
  const unknownPools = [...records.tables.pools].filter((p) => !pools.has(p));
  const notes = [
    ...(unknown.length > 0 ? [`the records name location${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}, which the workload lacks: their calls are compared with nothing`] : []),
    ...(unknownPools.length > 0 ? [`the records' conference legs name pool${unknownPools.length > 1 ? 's' : ''} ${unknownPools.join(', ')}, which the workload lacks: their MCU load is compared with nothing`] : []),
  ];
  return {
    paths, observedLoad, simulatedLoad: simulated, busyHour, rows,
    tests: countRejections(rows.map((r) => r.p_value), alpha),
    withoutMedia: paths.filter((p) => p.method === 'no-simulated-media'),
    notes,
  };
}

/**
 * Reads the records, simulates the scenario and compares them. The records are read
 * first: a file that cannot be used is refused before any simulation.
 *
 * @param scenario - The workload (one scenario) to check.
 * @param source - The deployment's records.
 * @param options - Subnets, run options (seed, replications, workers, signal, progress), level.
 * @throws CalibrationInputError when the records cannot be used; what runScenarios throws.
 */
export async function fitModel(scenario: Scenario, source: RecordSource, options: ModelFitOptions = {}): Promise<ModelFit> {
  const { subnets, maxIssues, alpha, ...runOptions } = options;
  const records = await readRecordTables(source, {
    ...(subnets === undefined ? {} : { subnets }),
    ...(maxIssues === undefined ? {} : { maxIssues }),
    ...(runOptions.signal === undefined ? {} : { signal: runOptions.signal }),
  });
  const run = await runScenarios([scenario], { ...runOptions, pairPaths: true });
  return { scenario, records, run, ...compareWithRecords(records, run, alpha) };
}
