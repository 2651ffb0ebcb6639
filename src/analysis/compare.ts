/**
 * `avsim compare` as a library call: every scenario of every file in one run, on one
 * seed and one replication count, so that scenarios share their random numbers (common
 * random numbers), then the comparison rows against the first scenario.
 *
 * Scenario names: as written when they are distinct across all the files; when any
 * name appears in more than one file, every scenario is named `<workload name>/<scenario>`
 * (all of them, so that names in one table stay alike). Within a file names are unique
 * (validation checks it); two files with the same workload name and scenario names
 * still collide, which is an error.
 */
import { AvsimError } from '../errors.js';
import { busyHourBlockingFigures, runScenariosUntil } from './run.js';
import type { PartialRun, RunOptions, RunOutput, Scenario } from './run.js';
import { PRECISION_FLOOR } from './precision.js';
import type { PreciseFigure } from './precision.js';
import { comparisonRows } from '../results/comparison.js';
import type { ComparisonRow } from '../results/comparison.js';
import type { Workload } from '../workload/schema.js';

/** The scenarios of one workload file, as `loadScenarios` returns them. */
export interface ScenarioFile {
  readonly file: string;
  readonly scenarios: readonly { readonly name: string; readonly workload: Workload }[];
}

/** A scenario of a comparison, with the file it came from. */
export interface ComparedScenario extends Scenario {
  readonly file: string;
  /** Its name inside its file. */
  readonly localName: string;
}

/** Two scenarios would carry the same name even with their workload names prefixed. */
export class ScenarioNameError extends AvsimError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'ScenarioNameError';
  }
}

/**
 * Names the scenarios of several files for one comparison (see the module comment).
 *
 * @throws ScenarioNameError when two scenarios still share a name after prefixing.
 */
export function labelScenarios(files: readonly ScenarioFile[]): ComparedScenario[] {
  const flat = files.flatMap((f) => f.scenarios.map((s) => ({ file: f.file, localName: s.name, workload: s.workload })));
  const fileOf = new Map<string, number>();
  let collide = false;
  files.forEach((f, i) =>
    f.scenarios.forEach((s) => {
      const seen = fileOf.get(s.name);
      if (seen !== undefined && seen !== i) collide = true;
      fileOf.set(s.name, i);
    }),
  );
  const named = flat.map((s) => ({ ...s, name: collide ? `${s.workload.name}/${s.localName}` : s.localName }));
  const first = new Map<string, string>();
  for (const s of named) {
    const other = first.get(s.name);
    if (other !== undefined) {
      throw new ScenarioNameError(
        `scenario "${s.name}" appears twice (${other} and ${s.file}); give the workloads distinct names`,
      );
    }
    first.set(s.name, s.file);
  }
  return named;
}

/** Everything a comparison produces before it is written: the run, plus comparison.csv's rows. */
export interface CompareOutput extends RunOutput {
  readonly comparison: readonly ComparisonRow[];
}

/**
 * Runs every scenario (seed and replications from `options`, else from the first
 * scenario's workload) and compares each with the first. With `precision`, replications
 * are added in batches until every busy-hour blocking and every paired difference in
 * mean concurrency is within it (analysis/precision.ts).
 *
 * @throws Error when there is no scenario; the pool's errors pass through.
 */
export async function compare(scenarios: readonly Scenario[], options: RunOptions = {}): Promise<CompareOutput> {
  const rowsOf = (run: PartialRun): ComparisonRow[] =>
    comparisonRows(
      run.scenarios.map((s) => s.name),
      run.resources,
      run.summary.summary,
      run.results,
    );
  const figures = (run: PartialRun): PreciseFigure[] => [...busyHourBlockingFigures(run.summary.summary), ...deltaFigures(rowsOf(run))];
  const run = await runScenariosUntil(scenarios, options, figures, 'busy-hour blocking and paired difference');
  return { ...run, comparison: rowsOf(run) };
}

/** Every paired difference in mean concurrency that has a value (the reference's own are 0 and precise). */
function deltaFigures(rows: readonly ComparisonRow[]): PreciseFigure[] {
  return rows
    .filter((row) => Number.isFinite(row.delta_mean_concurrency))
    .map((row) => ({ value: row.delta_mean_concurrency, low: row.delta_ci95_low, high: row.delta_ci95_high, floor: PRECISION_FLOOR.units }));
}
