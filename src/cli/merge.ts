/**
 * `avsim merge PARTIAL... [--out DIR]`: the partial results of a run spread over
 * machines (`--shard i/n` of run, compare, size or whatif) put back together, checked, and
 * written as the result set the command writes on one machine, with the same bytes
 * (docs/sharding.md). Each command's output is rebuilt by the same reducers and
 * renderers its own module uses; the table on stdout lacks only the wall time, which
 * belongs to no single machine.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ComparedScenario, CompareOutput } from '../analysis/compare.js';
import { mergePartials } from '../analysis/merge.js';
import type { MergedRun, PartialFile } from '../analysis/merge.js';
import { PARTIAL_SUFFIX, PartialError } from '../analysis/partial.js';
import type { PartialScenario } from '../analysis/partial.js';
import type { RunOutput, Scenario } from '../analysis/run.js';
import { mergeSizeRounds } from '../analysis/size-rounds.js';
import { mergeWhatifRounds } from '../whatif/whatif-rounds.js';
import { overloadWarnings } from '../analysis/warnings.js';
import { AvsimError } from '../errors.js';
import { comparisonJson, renderCompareFiles, renderComparisonTable } from '../report/comparison.js';
import { renderRunCsv } from '../report/csv.js';
import { renderCompareReport } from '../report/html/compare-report.js';
import { preloadRenderer } from '../report/html/render.js';
import { renderRunReport } from '../report/html/run-report.js';
import { renderSizeReport } from '../report/html/size-report.js';
import { renderWhatifReport } from '../report/html/whatif-report.js';
import { renderWhatifCsv, renderWhatifTable, whatifJson } from '../report/whatif.js';
import { jsonPieces, renderJson, runJson, writePieces } from '../report/json.js';
import { renderSizingCsv, renderSizingTable, sizingJson } from '../report/sizing.js';
import { renderRunTable } from '../report/table.js';
import { comparisonRows } from '../results/comparison.js';
import { summarize } from '../results/summarize.js';
import type { Command } from './command.js';
import { UsageError } from './errors.js';
import type { CliValues } from './options.js';
import { packageVersion } from './package-files.js';
import { readPartialFile } from './partials.js';
import { outputDir, printNotes, printWarnings, scenarioWarnings, withStopSignals, writeOutput, wroteLine } from './session.js';

export const mergeCommand: Command = {
  name: 'merge',
  usage: 'avsim merge PARTIAL... [--out DIR] [options]',
  summary: 'put the partial results of --shard i/n back together: the files of one run',
  help: `Reads the partial results that run, compare, size or whatif wrote with --shard i/n
(files named *${PARTIAL_SUFFIX}; a folder stands for those in it), checks that they
belong to one run and cover every shard exactly once (for size and whatif, every round
of the search or the whatif), and writes the files the command writes on one machine,
byte for byte the same. Refused, exit 2, with the file named: a shard or round missing,
a shard given twice, a partial of another run (another workload, seed, replication
count, options or command), of another avsim version, or damaged.

Options:
  --out DIR           where to write (default results/<workload name>/<command>, as the command)
  --json              print the command's JSON document on stdout (wall time and speeds null)
  --quiet             print nothing but errors and warnings
  --no-report         write the CSVs only, no report.html`,
  flags: ['out', 'json', 'quiet', 'no-report'],
  async run(args, values) {
    if (args.length === 0) throw new UsageError('merge takes the partial result files (or folders of them) of every shard', 'merge');
    const partials = await readEvery(partialFiles(args));
    const version = packageVersion();
    if (!values['no-report']) preloadRenderer();
    const command = commandOf(partials);
    if (command === 'size') return mergeSize(partials, version, values);
    if (command === 'whatif') return mergeWhatif(partials, version, values);
    const merged = mergePartials(partials, version);
    switch (merged.command) {
      case 'run':
        return mergeRun(merged, values);
      case 'compare':
        return mergeCompare(merged, values);
      default:
        throw new PartialError(`${partials[0]!.file}: this avsim cannot merge partials of avsim ${merged.command}`);
    }
  },
};

/** The files named: each file as given, each folder's partials sorted by name. */
function partialFiles(args: readonly string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    let folder = false;
    try {
      folder = statSync(arg).isDirectory();
    } catch {
      // not there: reading it names it
    }
    if (!folder) {
      files.push(arg);
      continue;
    }
    const inside = readdirSync(arg)
      .filter((name) => name.endsWith(PARTIAL_SUFFIX))
      .sort()
      .map((name) => join(arg, name));
    if (inside.length === 0) throw new UsageError(`${arg} holds no partial result (*${PARTIAL_SUFFIX})`, 'merge');
    files.push(...inside);
  }
  return files;
}

/** Reads every file, collecting every file's problem rather than stopping at the first. */
async function readEvery(files: readonly string[]): Promise<PartialFile[]> {
  const read: PartialFile[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      read.push(await readPartialFile(file));
    } catch (thrown) {
      if (!(thrown instanceof AvsimError)) throw thrown;
      problems.push(thrown.message);
    }
  }
  if (problems.length === 1) throw new PartialError(problems[0]!);
  if (problems.length > 1) throw new PartialError(`cannot merge these partial results:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return read;
}

/** The command most partials are of (the merge's checks name the others). */
function commandOf(partials: readonly PartialFile[]): string {
  const counts = new Map<string, number>();
  for (const p of partials) counts.set(p.partial.command, (counts.get(p.partial.command) ?? 0) + 1);
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/** The run as runScenarios returns it, from its merged results; the wall time and workers are unknown here. */
function runOutputOf(merged: MergedRun, scenarios: readonly Scenario[]): RunOutput {
  const resources = merged.scenarios.map((s) => s.resources);
  const summary = summarize(
    merged.scenarios.map((s) => s.name),
    resources,
    merged.results,
  );
  return { scenarios, seed: merged.seed, replications: merged.replications, resources, results: merged.results, summary, wallSeconds: Number.NaN, workers: 0, notes: [] };
}

/** Prints the warnings the command printed after its run (overloads), and returns them with those the shards printed before. */
function runWarnings(file: string, before: readonly string[], run: RunOutput, values: CliValues): string[] {
  const after = overloadWarnings(run.summary.summary);
  printWarnings(file, [...before, ...after], values);
  return [...before, ...after];
}

async function mergeRun(merged: MergedRun, values: CliValues): Promise<number> {
  const scenarios = merged.scenarios.map((s) => ({ name: s.name, workload: s.workload }));
  const dir = outputDir(values, scenarios[0]!.workload.name, 'run');
  const run = runOutputOf(merged, scenarios);
  const file = merged.files[0] ?? '';
  const warnings = runWarnings(file, scenarioWarnings(scenarios), run, values);
  await withStopSignals((signal) => writeOutput(dir, renderRunCsv(run.summary), values, () => renderRunReport(run, { warnings }), signal));
  // The JSON of one machine's run, its wall time and speeds null: no one machine ran it.
  if (values.json) writePieces(jsonPieces(runJson(run)));
  else if (!values.quiet) process.stdout.write(`${renderRunTable({ summary: run.summary })}\n${mergedLine(merged)}${wroteLine(dir, ['summary.csv', 'paths.csv', 'timeseries.csv'], values)}`);
  return 0;
}

async function mergeCompare(merged: MergedRun, values: CliValues): Promise<number> {
  const scenarios: ComparedScenario[] = merged.scenarios.map((s) => ({ name: s.name, localName: s.localName, file: merged.files[s.file] ?? '', workload: s.workload }));
  const dir = outputDir(values, scenarios[0]!.workload.name, 'compare');
  const run = runOutputOf(merged, scenarios);
  const output: CompareOutput = { ...run, comparison: comparisonRows(run.scenarios.map((s) => s.name), run.resources, run.summary.summary, run.results) };
  // As compare warns: each file's own scenarios, under their names in the file.
  const before: string[] = [];
  merged.files.forEach((file, f) => {
    const own = merged.scenarios.filter((s: PartialScenario) => s.file === f).map((s) => ({ name: s.localName, workload: s.workload }));
    const warnings = scenarioWarnings(own);
    printWarnings(file, warnings, values);
    before.push(...warnings);
  });
  const after = overloadWarnings(run.summary.summary);
  printWarnings(merged.files.join(', '), after, values);
  await withStopSignals((signal) => writeOutput(dir, renderCompareFiles(output), values, () => renderCompareReport(output, { warnings: [...before, ...after] }), signal));
  if (values.json) writePieces(jsonPieces(comparisonJson(output, scenarios)));
  else if (!values.quiet) {
    process.stdout.write(`${renderComparisonTable(output)}\n${mergedLine(merged)}${wroteLine(dir, ['comparison.csv', 'summary.csv', 'paths.csv', 'timeseries.csv'], values)}`);
  }
  return 0;
}

async function mergeSize(partials: readonly PartialFile[], version: string, values: CliValues): Promise<number> {
  const { spec, output } = await mergeSizeRounds(partials, version);
  const dir = outputDir(values, spec.scenario.workload.name, 'size');
  const warnings = scenarioWarnings([spec.scenario]);
  printWarnings(spec.file, warnings, values);
  await withStopSignals((signal) => writeOutput(dir, [{ name: 'sizing.csv', data: renderSizingCsv(output) }], values, () => renderSizeReport(output, { warnings }), signal));
  if (values.json) process.stdout.write(renderJson(sizingJson(output)));
  else if (!values.quiet) process.stdout.write(`${renderSizingTable(output)}\nmerged ${partials.length} partial results of the search's rounds\n${wroteLine(dir, ['sizing.csv'], values)}`);
  return 0;
}

async function mergeWhatif(partials: readonly PartialFile[], version: string, values: CliValues): Promise<number> {
  const { spec, output } = await mergeWhatifRounds(partials, version);
  const dir = outputDir(values, spec.baseline.workload.name, 'whatif');
  const warnings = scenarioWarnings([spec.baseline]);
  printWarnings(spec.file, warnings, values);
  printNotes(output.notes, values);
  await withStopSignals((signal) => writeOutput(dir, [{ name: 'whatif.csv', data: renderWhatifCsv(output) }], values, () => renderWhatifReport(output, { warnings }), signal));
  if (values.json) process.stdout.write(renderJson(whatifJson(output)));
  else if (!values.quiet) process.stdout.write(`${renderWhatifTable(output)}\nmerged ${partials.length} partial results of the whatif's rounds\n${wroteLine(dir, ['whatif.csv'], values)}`);
  return 0;
}

/** "merged 7 shards of 20 jobs". */
function mergedLine(merged: MergedRun): string {
  return `merged ${merged.shards} shard${merged.shards === 1 ? '' : 's'} of ${merged.results.length} jobs\n`;
}
