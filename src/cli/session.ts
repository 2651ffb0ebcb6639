/**
 * What the commands that simulate share: where their files go, how a run shows its
 * progress and stops on a signal, and how the result set is written (whole, at the very
 * end, report included). Each command's module keeps only what is its own.
 */
import { join } from 'node:path';
import { AvsimError, InterruptedError } from '../errors.js';
import { budgetProblems, runIn } from '../analysis/budget.js';
import type { Scenario } from '../analysis/run.js';
import type { Shard } from '../analysis/shard.js';
import { workloadWarnings } from '../analysis/warnings.js';
import { outputDirProblem } from '../report/atomic-write.js';
import { resultSetProblem, writeResultSet } from '../report/result-set.js';
import type { OutputFile } from '../report/atomic-write.js';
import { preloadRenderer } from '../report/html/render.js';
import { REPORT_FILE, reportFile } from '../report/html/report.js';
import type { RenderedReport } from '../report/html/report.js';
import type { ReplicationResult } from '../results/types.js';
import { loadScenarios } from '../workload/scenarios.js';
import type { NamedWorkload } from '../workload/scenarios.js';
import { WorkloadError } from '../workload/errors.js';
import { UsageError } from './errors.js';
import type { CliValues } from './options.js';
import { startProgress } from './progress.js';
import type { Progress } from './progress.js';

/** The signals that stop a run: each exits 128 + its number, with nothing written. */
export const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * The directory a command writes to (`--out`, else `results/<workload name>/<command>`,
 * so that run, compare and size never mix their files), checked before any work: an
 * unusable one is a usage error now, not a failed write after the run.
 */
export function outputDir(values: CliValues, workloadName: string, command: string): string {
  const dir = values.out ?? join('results', workloadName, command);
  if (dir.trim() === '') throw new UsageError('--out: expected a directory, got ""', command);
  const problem = outputDirProblem(dir) ?? resultSetProblem(dir);
  if (problem !== undefined) throw new UsageError(`${values.out === undefined ? 'output directory' : '--out'} ${dir}: ${problem}`, command);
  return dir;
}

/**
 * Runs `work` with SIGINT, SIGTERM and SIGHUP aborting its signal: the workers stop, the
 * work rejects, and the rejection is rethrown as an {@link InterruptedError} naming the
 * signal (the exit code follows it). Nothing is written, since writing comes after.
 */
export async function withStopSignals<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const abort = new AbortController();
  let received: NodeJS.Signals | undefined;
  const handlers = STOP_SIGNALS.map((name) => {
    const handler = (): void => {
      received ??= name;
      abort.abort(new InterruptedError(name));
    };
    process.on(name, handler);
    return [name, handler] as const;
  });
  try {
    return await work(abort.signal);
  } catch (thrown) {
    if (received !== undefined) throw new InterruptedError(received);
    throw thrown;
  } finally {
    for (const [name, handler] of handlers) process.removeListener(name, handler);
  }
}

/**
 * Runs a simulation with a progress bar over `jobs` replications (on stderr, only when it
 * is a terminal and not --quiet); starts loading the report's renderer meanwhile unless
 * --no-report. Call it inside {@link withStopSignals}, which also covers the writing.
 */
export async function simulateWithProgress<T>(
  jobs: number,
  values: CliValues,
  work: (onProgress: (done: number, result: ReplicationResult) => void) => Promise<T>,
): Promise<T> {
  const progress = startProgress(jobs, Boolean(values.quiet));
  if (!values['no-report']) preloadRenderer();
  try {
    return await work(progress.update);
  } finally {
    progress.stop();
  }
}

/**
 * {@link simulateWithProgress} for a run that may add batches of replications
 * (--precision): a progress bar per batch, over its jobs.
 */
export async function simulateInBatches<T>(
  values: CliValues,
  work: (hooks: { onBatch: (batch: { jobs: number }) => void; onProgress: (done: number, result: ReplicationResult) => void }) => Promise<T>,
): Promise<T> {
  const progress = batchProgress(values);
  if (!values['no-report']) preloadRenderer();
  try {
    return await work({ onBatch: (batch) => progress.start(batch.jobs), onProgress: progress.update });
  } finally {
    progress.stop();
  }
}

/** A progress bar that starts afresh for each batch of a sizing. */
export function batchProgress(values: CliValues): { start(jobs: number): void; update: Progress['update']; stop(): void } {
  let progress: Progress | undefined;
  return {
    start(jobs) {
      progress?.stop();
      progress = startProgress(jobs, Boolean(values.quiet));
    },
    update: (done, result) => progress?.update(done, result),
    stop: () => progress?.stop(),
  };
}

/**
 * Writes a command's result set whole: `files`, plus report.html unless --no-report. The
 * report is rendered first, so a failed render writes nothing at all; a stop signal
 * before the set is in place leaves the old one untouched.
 */
export async function writeOutput(dir: string, files: readonly OutputFile[], values: CliValues, render: () => Promise<RenderedReport>, signal: AbortSignal): Promise<void> {
  const all = values['no-report'] ? [...files] : [...files, reportFile(await render())];
  try {
    await writeResultSet(dir, all, { signal });
  } catch (thrown) {
    if (thrown instanceof AvsimError || thrown instanceof RangeError) throw thrown;
    const error = thrown as NodeJS.ErrnoException;
    throw new AvsimError('output', `cannot write the results to ${dir}: ${error.message}; nothing was written (an earlier set there is as it was)`);
  }
}

/** The closing line on stdout: the files written and the report. */
export function wroteLine(dir: string, files: readonly string[], values: CliValues): string {
  const csvs = files.length === 1 ? files[0]! : `{${files.map((f) => f.replace(/\.csv$/, '')).join(',')}}.csv`;
  return `wrote ${dir}/${csvs}${values['no-report'] ? '' : ` and ${dir}/${REPORT_FILE}`}\n`;
}

/** Loads every file's scenarios, collecting every file's problems rather than stopping at the first. */
export function loadEveryFile(files: readonly string[]): { loaded: { file: string; scenarios: NamedWorkload[] }[]; problems: WorkloadError[] } {
  const loaded: { file: string; scenarios: NamedWorkload[] }[] = [];
  const problems: WorkloadError[] = [];
  for (const file of files) {
    try {
      loaded.push({ file, scenarios: loadScenarios(file) });
    } catch (thrown) {
      if (!(thrown instanceof WorkloadError)) throw thrown;
      problems.push(thrown);
    }
  }
  return { loaded, problems };
}

/** Exactly one workload file, or a usage error naming the command. */
export function oneFile(command: string, files: readonly string[]): string {
  if (files.length !== 1) throw new UsageError(`${command} takes exactly one workload file, got ${files.length}`, command);
  return files[0]!;
}

/**
 * What the scenarios set up that cannot work as meant (analysis/warnings.ts), each
 * once: a warning every scenario shares is said plainly, one only some have names them.
 */
export function scenarioWarnings(scenarios: readonly Scenario[]): string[] {
  const byText = new Map<string, string[]>();
  for (const s of scenarios) for (const w of workloadWarnings(s.workload)) byText.set(w, [...(byText.get(w) ?? []), s.name]);
  return [...byText].map(([text, names]) => (names.length === scenarios.length ? text : `scenario ${names.map((n) => `"${n}"`).join(', ')}: ${text}`));
}

/** Prints warnings on stderr (exit 0 all the same), unless --quiet: `avsim: warning: FILE: ...`. */
export function printWarnings(file: string, warnings: readonly string[], values: CliValues): void {
  if (values.quiet || warnings.length === 0) return;
  process.stderr.write(warnings.map((w) => `avsim: warning: ${file}: ${w}\n`).join(''));
}

/** Prints what the run did differently from what was asked (unless --quiet): `avsim: note: ...`. */
export function printNotes(notes: readonly string[], values: CliValues): void {
  if (values.quiet || notes.length === 0) return;
  process.stderr.write(notes.map((n) => `avsim: note: ${n}\n`).join(''));
}

/**
 * Refuses, before any work, a run of `file`'s scenarios beyond the work budget, the
 * file named (the library checks again, for its other callers); `shard`: the run's
 * `--shard i/n`, whose every shard is held to one machine's calls.
 *
 * @throws AvsimError of kind `budget`
 */
export function checkBudgetOf(file: string, scenarios: readonly Scenario[], replications: number | undefined, shard?: Shard): void {
  const problems = budgetProblems(
    scenarios.map((s) => s.workload),
    replications ?? scenarios[0]!.workload.simulation.replications,
    shard?.count,
  );
  if (problems.length > 0) throw new AvsimError('budget', `${file}: refused, too large for ${runIn(shard?.count)} (docs/workload.md, Limits):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/** Jobs a run of these scenarios makes: scenarios x replications. */
export function jobCount(scenarios: readonly Scenario[], replications: number | undefined): number {
  return scenarios.length * (replications ?? scenarios[0]!.workload.simulation.replications);
}
