/**
 * `avsim compare FILE [FILE...]`: every scenario of every file in one run (one seed, one
 * replication count: common random numbers); writes comparison.csv beside the run's
 * three CSVs, and report.html. Every file is loaded (and every problem reported) first.
 */
import { compare, labelScenarios } from '../analysis/compare.js';
import { runSettings } from '../analysis/run.js';
import { precisionPlan } from '../analysis/precision.js';
import { comparisonJson, renderCompareFiles, renderComparisonTable } from '../report/comparison.js';
import { renderCompareReport } from '../report/html/compare-report.js';
import { jsonPieces, writePieces } from '../report/json.js';
import { precisionHelp, SHARD_HELP, SIMULATION_HELP } from './command.js';
import type { Command } from './command.js';
import { UsageError } from './errors.js';
import { precisionFlags, simulationOptions, SIMULATION_FLAGS } from './options.js';
import { checkBudgetOf, jobCount, loadEveryFile, outputDir, printNotes, printWarnings, scenarioWarnings, simulateInBatches, simulateWithProgress, withStopSignals, writeOutput, wroteLine } from './session.js';
import { overloadWarnings } from '../analysis/warnings.js';
import { partialsDir, runShardCommand, shardOf } from './partials.js';

export const compareCommand: Command = {
  name: 'compare',
  usage: 'avsim compare FILE [FILE...] [options]',
  summary: 'every scenario of every FILE on the same random numbers: comparison.csv',
  help: `Simulates every scenario of every FILE with one seed and one replication count, so that
replication r of each scenario sees the same calls (common random numbers), and writes
comparison.csv: per scenario and resource, the paired difference in mean concurrency
from the first scenario with its 95% interval; plus the three files of run and report.html.

Options:
${SIMULATION_HELP}
${precisionHelp(`every busy-hour blocking and every paired difference
                      is within R of its value (near zero: of 1%, or of one session)`)}
${SHARD_HELP}`,
  flags: [...SIMULATION_FLAGS, 'precision', 'max-replications', 'shard'],
  async run(files, values) {
    if (files.length === 0) throw new UsageError('compare takes one or more workload files', 'compare');
    const { loaded, problems } = loadEveryFile(files);
    if (problems.length > 0) {
      process.stderr.write(`${problems.map((p) => p.message).join('\n')}\n`);
      return 2;
    }
    const scenarios = labelScenarios(loaded);
    const options = { ...simulationOptions(values), ...precisionFlags(values) };
    const { replications } = runSettings(scenarios[0]!, options);
    const plan = precisionPlan(
      scenarios.map((s) => s.workload),
      replications,
      options,
    );
    const shard = shardOf(values);
    if (shard !== undefined && plan !== undefined) throw new UsageError('--precision decides on every replication done so far, so it cannot run in shards: give --replications instead', 'compare');
    checkBudgetOf(files.join(', '), scenarios, plan?.cap ?? replications, shard);
    const dir = shard === undefined ? outputDir(values, scenarios[0]!.workload.name, 'compare') : partialsDir(values, scenarios[0]!.workload.name, 'compare');
    const before: string[] = [];
    for (const { file, scenarios: own } of loaded) {
      const warnings = scenarioWarnings(own);
      printWarnings(file, warnings, values);
      before.push(...warnings);
    }
    if (shard !== undefined) {
      const paths = loaded.map((l) => l.file);
      const input = { command: 'compare', files: paths, scenarios: scenarios.map((s) => ({ ...s, file: paths.indexOf(s.file) })) };
      return runShardCommand(input, shard, options, values, dir);
    }
    const output = await withStopSignals(async (signal) => {
      const run =
        plan === undefined
          ? await simulateWithProgress(jobCount(scenarios, options.replications), values, (onProgress) => compare(scenarios, { ...options, signal, onProgress }))
          : await simulateInBatches(values, (hooks) => compare(scenarios, { ...options, signal, ...hooks }));
      printNotes(run.notes, values);
      const after = overloadWarnings(run.summary.summary);
      printWarnings(files.join(', '), after, values);
      await writeOutput(dir, renderCompareFiles(run), values, () => renderCompareReport(run, { warnings: [...before, ...after] }), signal);
      return run;
    });
    if (values.json) writePieces(jsonPieces(comparisonJson(output, scenarios)));
    else if (!values.quiet) {
      process.stdout.write(`${renderComparisonTable(output)}\n${wroteLine(dir, ['comparison.csv', 'summary.csv', 'paths.csv', 'timeseries.csv'], values)}`);
    }
    return 0;
  },
};
