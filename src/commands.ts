/**
 * The CLI's commands: each takes parsed arguments, does its work through the library,
 * writes its files atomically at the very end, and returns an exit code. Errors are
 * thrown (typed) and rendered by cli.ts.
 */
import { join } from 'node:path';
import { integerOption, probabilityOption, UsageError } from './cli-errors.js';
import type { CliValues } from './cli.js';
import { compare, labelScenarios, ScenarioNameError } from './compare.js';
import type { ComparedScenario, ScenarioFile } from './compare.js';
import { startProgress } from './progress.js';
import type { Progress } from './progress.js';
import { runScenarios } from './run.js';
import type { RunOptions, Scenario } from './run.js';
import { comparisonJson, renderCompareFiles, renderComparisonTable } from './report/comparison.js';
import { renderRunCsv } from './report/csv.js';
import { renderJson, runJson } from './report/json.js';
import { renderSizingCsv, renderSizingTable, sizingJson } from './report/sizing.js';
import { renderRunTable } from './report/table.js';
import { outputDirProblem, writeFilesAtomic } from './report/atomic-write.js';
import type { OutputFile } from './report/atomic-write.js';
import { renderCompareReport } from './report/html/compare-report.js';
import { preloadRenderer } from './report/html/render.js';
import { REPORT_FILE, reportFile } from './report/html/report.js';
import type { RenderedReport } from './report/html/report.js';
import { renderRunReport } from './report/html/run-report.js';
import { renderSizeReport } from './report/html/size-report.js';
import { sizingTargets } from './sizing/capacity.js';
import { size } from './sizing/size.js';
import type { SizeOutput } from './sizing/size.js';
import { loadScenarios } from './workload/scenarios.js';
import { workloadJsonSchema } from './workload/json-schema.js';
import { WorkloadError } from './workload/errors.js';

/** Options shared by the commands that simulate. */
function runOptions(values: CliValues): { seed?: number; replications?: number; workers?: number } {
  const seed = integerOption('seed', values.seed, 0);
  const replications = integerOption('replications', values.replications, 1);
  const workers = integerOption('workers', values.workers, 1);
  return {
    ...(seed === undefined ? {} : { seed }),
    ...(replications === undefined ? {} : { replications }),
    ...(workers === undefined ? {} : { workers }),
  };
}

/**
 * Runs with progress on stderr (only when it is a terminal and not --quiet) and with
 * Ctrl-C stopping the workers: the run then rejects, and nothing is written.
 */
async function simulate<T>(
  scenarios: readonly Scenario[],
  values: CliValues,
  runner: (scenarios: readonly Scenario[], options: RunOptions) => Promise<T>,
): Promise<T> {
  const options = runOptions(values);
  const replications = options.replications ?? scenarios[0]!.workload.simulation.replications;
  const progress = startProgress(scenarios.length * replications, Boolean(values.quiet));
  if (!values['no-report']) preloadRenderer();
  return withSigint(async (signal) => {
    try {
      return await runner(scenarios, { ...options, signal, onProgress: progress.update });
    } finally {
      progress.stop();
    }
  });
}

/** Runs `work` with Ctrl-C aborting its signal (the workers stop; nothing is written). */
async function withSigint<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const abort = new AbortController();
  const onSigint = (): void => abort.abort();
  process.once('SIGINT', onSigint);
  try {
    return await work(abort.signal);
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}

/**
 * The files to write: `files`, plus report.html unless --no-report. The report is
 * rendered here, before anything is written, so that it joins the CSVs' atomic batch:
 * a failed render writes nothing at all.
 */
async function withReport(files: readonly OutputFile[], values: CliValues, render: () => Promise<RenderedReport>): Promise<OutputFile[]> {
  if (values['no-report']) return [...files];
  return [...files, reportFile(await render())];
}

/**
 * The directory the files go to (`--out`, or results/<workload name>), checked before
 * any work: an unusable one is a usage error now, not a failed write after the run.
 */
function outputDir(values: CliValues, workloadName: string): string {
  const dir = values.out ?? join('results', workloadName);
  const problem = outputDirProblem(dir);
  if (problem !== undefined) throw new UsageError(`${values.out === undefined ? 'output directory' : '--out'} ${dir}: ${problem}`);
  return dir;
}

/** The closing line on stdout: the CSVs written (`{a,b}.csv` or `a.csv`) and the report. */
function wroteLine(dir: string, csvs: string, values: CliValues): string {
  return `wrote ${dir}/${csvs}${values['no-report'] ? '' : ` and ${dir}/${REPORT_FILE}`}\n`;
}

/** Loads every file's scenarios, collecting every file's problems rather than stopping at the first. */
function loadEveryFile(files: readonly string[]): { loaded: ScenarioFile[]; problems: string[] } {
  const loaded: ScenarioFile[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      loaded.push({ file, scenarios: loadScenarios(file) });
    } catch (thrown) {
      if (!(thrown instanceof WorkloadError)) throw thrown;
      problems.push(thrown.message);
    }
  }
  return { loaded, problems };
}

/** `avsim run FILE`: simulate every scenario, write summary.csv, paths.csv, timeseries.csv and report.html. */
export async function commandRun(files: string[], values: CliValues): Promise<number> {
  if (files.length !== 1) throw new UsageError(`run takes exactly one workload file, got ${files.length}`);
  const file = files[0]!;
  const scenarios = loadScenarios(file);
  runOptions(values); // bad options are usage errors before any work
  const dir = outputDir(values, scenarios[0]!.workload.name);
  const output = await simulate(scenarios, values, runScenarios);
  await writeFilesAtomic(dir, await withReport(renderRunCsv(output.summary), values, () => renderRunReport(output)));
  if (values.json) process.stdout.write(`${JSON.stringify(runJson(output))}\n`);
  else if (!values.quiet) process.stdout.write(`${renderRunTable(output)}\n${wroteLine(dir, '{summary,paths,timeseries}.csv', values)}`);
  return 0;
}

/**
 * `avsim compare FILE [FILE...]`: every scenario of every file in one run (one seed,
 * one replication count: common random numbers); writes comparison.csv beside the
 * run's three CSVs, and report.html. Every file is loaded (and every problem reported)
 * before any work.
 */
export async function commandCompare(files: string[], values: CliValues): Promise<number> {
  if (files.length === 0) throw new UsageError('compare takes one or more workload files');
  const { loaded, problems } = loadEveryFile(files);
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n`);
    return 2;
  }
  let scenarios: ComparedScenario[];
  try {
    scenarios = labelScenarios(loaded);
  } catch (thrown) {
    if (thrown instanceof ScenarioNameError) throw new UsageError(thrown.message);
    throw thrown;
  }
  runOptions(values); // bad options are usage errors before any work
  const dir = outputDir(values, scenarios[0]!.workload.name);
  const output = await simulate(scenarios, values, compare);
  await writeFilesAtomic(dir, await withReport(renderCompareFiles(output), values, () => renderCompareReport(output)));
  if (values.json) process.stdout.write(renderJson(comparisonJson(output, scenarios)));
  else if (!values.quiet) {
    process.stdout.write(`${renderComparisonTable(output)}\n${wroteLine(dir, '{comparison,summary,paths,timeseries}.csv', values)}`);
  }
  return 0;
}

/**
 * `avsim size FILE --target P [--resource ID] [--scenario NAME]`: the fewest servers of
 * each Edge (or of the named resource) of the file's first scenario (or the named one)
 * meeting the blocking target; writes sizing.csv and report.html.
 */
export async function commandSize(files: string[], values: CliValues): Promise<number> {
  if (files.length !== 1) throw new UsageError(`size takes exactly one workload file, got ${files.length}`);
  const target = probabilityOption('target', values.target);
  if (target === undefined) throw new UsageError('size needs --target P, the acceptable blocking probability in (0, 1), e.g. 0.01');
  const scenarios = loadScenarios(files[0]!);
  const scenario = values.scenario === undefined ? scenarios[0]! : scenarios.find((s) => s.name === values.scenario);
  if (scenario === undefined) {
    throw new UsageError(`--scenario: no scenario "${values.scenario}" in ${files[0]} (known: ${scenarios.map((s) => s.name).join(', ')})`);
  }
  const options = runOptions(values);
  const replications = options.replications ?? scenario.workload.simulation.replications;
  if (replications < 2) {
    throw new UsageError(`size needs at least 2 replications (the search uses the blocking's 95% interval), got ${replications}; pass --replications N`);
  }
  const known = sizingTargets(scenario.workload).map((t) => t.resource);
  const listed = `known: ${known.join(', ')}`;
  if (values.resource !== undefined && !known.includes(values.resource)) {
    throw new UsageError(`--resource: no resource "${values.resource}" in scenario "${scenario.name}" of ${files[0]} (${listed})`);
  }
  if (values.resource === undefined && !known.some((id) => id.startsWith('edge:'))) {
    throw new UsageError(`${files[0]} deploys no A/V Edge; name the resource to size with --resource (${listed})`);
  }
  const dir = outputDir(values, scenario.workload.name);
  let progress: Progress | undefined;
  if (!values['no-report']) preloadRenderer();
  const output: SizeOutput = await withSigint(async (signal) => {
    try {
      return await size(scenario, {
        ...options,
        target,
        ...(values.resource === undefined ? {} : { resources: [values.resource] }),
        signal,
        onBatch: (batch) => {
          progress?.stop();
          progress = startProgress(batch.jobs, Boolean(values.quiet));
        },
        onProgress: (done, result) => progress?.update(done, result),
      });
    } finally {
      progress?.stop();
    }
  });
  const written = await withReport([{ name: 'sizing.csv', data: renderSizingCsv(output) }], values, () => renderSizeReport(output));
  await writeFilesAtomic(dir, written);
  if (values.json) process.stdout.write(renderJson(sizingJson(output)));
  else if (!values.quiet) process.stdout.write(`${renderSizingTable(output)}\n${wroteLine(dir, 'sizing.csv', values)}`);
  return 0;
}

/** `avsim validate FILE...`: every problem of every file; exit 0 only when all are valid. */
export function commandValidate(files: string[]): number {
  if (files.length === 0) throw new UsageError('validate takes one or more workload files');
  const { loaded, problems } = loadEveryFile(files);
  for (const { file } of loaded) process.stdout.write(`${file}: ok\n`);
  if (problems.length === 0) return 0;
  process.stderr.write(`${problems.join('\n')}\n`);
  return 2;
}

/** `avsim schema`: the workload file's JSON Schema on stdout. */
export function commandSchema(): number {
  process.stdout.write(`${JSON.stringify(workloadJsonSchema(), null, 2)}\n`);
  return 0;
}

