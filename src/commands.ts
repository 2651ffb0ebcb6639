/**
 * The CLI's commands: each takes parsed arguments, does its work through the library,
 * writes its files atomically at the very end, and returns an exit code. Errors are
 * thrown (typed) and rendered by cli.ts.
 */
import { join } from 'node:path';
import { integerOption, UsageError } from './cli-errors.js';
import type { CliValues } from './cli.js';
import { startProgress } from './progress.js';
import { runScenarios } from './run.js';
import type { RunOutput } from './run.js';
import { renderRunCsv } from './report/csv.js';
import { runJson } from './report/json.js';
import { renderRunTable } from './report/table.js';
import { writeFilesAtomic } from './report/atomic-write.js';
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
async function simulate(scenarios: Parameters<typeof runScenarios>[0], values: CliValues): Promise<RunOutput> {
  const options = runOptions(values);
  const replications = options.replications ?? scenarios[0]!.workload.simulation.replications;
  const progress = startProgress(scenarios.length * replications, Boolean(values.quiet));
  const abort = new AbortController();
  const onSigint = (): void => abort.abort();
  process.once('SIGINT', onSigint);
  try {
    return await runScenarios(scenarios, { ...options, signal: abort.signal, onProgress: progress.update });
  } finally {
    process.removeListener('SIGINT', onSigint);
    progress.stop();
  }
}

/** `avsim run FILE`: simulate every scenario, write summary.csv, paths.csv, timeseries.csv. */
export async function commandRun(files: string[], values: CliValues): Promise<number> {
  if (files.length !== 1) throw new UsageError(`run takes exactly one workload file, got ${files.length}`);
  const file = files[0]!;
  const scenarios = loadScenarios(file);
  runOptions(values); // bad options are usage errors before any work
  const output = await simulate(scenarios, values);
  const dir = values.out ?? join('results', scenarios[0]!.workload.name);
  await writeFilesAtomic(dir, renderRunCsv(output.summary));
  if (values.json) process.stdout.write(`${JSON.stringify(runJson(output))}\n`);
  else if (!values.quiet) process.stdout.write(`${renderRunTable(output)}\nwrote ${dir}/{summary,paths,timeseries}.csv\n`);
  return 0;
}

/** `avsim validate FILE...`: every problem of every file; exit 0 only when all are valid. */
export function commandValidate(files: string[]): number {
  if (files.length === 0) throw new UsageError('validate takes one or more workload files');
  const problems: string[] = [];
  for (const file of files) {
    try {
      loadScenarios(file);
      process.stdout.write(`${file}: ok\n`);
    } catch (thrown) {
      if (!(thrown instanceof WorkloadError)) throw thrown;
      problems.push(thrown.message);
    }
  }
  if (problems.length === 0) return 0;
  process.stderr.write(`${problems.join('\n')}\n`);
  return 2;
}

/** `avsim schema`: the workload file's JSON Schema on stdout. */
export function commandSchema(): number {
  process.stdout.write(`${JSON.stringify(workloadJsonSchema(), null, 2)}\n`);
  return 0;
}

