/** `avsim run FILE`: simulate every scenario; write summary.csv, paths.csv, timeseries.csv and report.html. */
import { runScenarios, runSettings } from '../analysis/run.js';
import { renderRunCsv } from '../report/csv.js';
import { renderRunReport } from '../report/html/run-report.js';
import { runJson } from '../report/json.js';
import { renderRunTable } from '../report/table.js';
import { loadScenarios } from '../workload/scenarios.js';
import { SHARD_HELP, SIMULATION_HELP } from './command.js';
import type { Command } from './command.js';
import { simulationOptions, SIMULATION_FLAGS } from './options.js';
import { checkBudgetOf, jobCount, oneFile, outputDir, printNotes, printWarnings, scenarioWarnings, simulateWithProgress, withStopSignals, writeOutput, wroteLine } from './session.js';
import { overloadWarnings } from '../analysis/warnings.js';
import { partialsDir, runShardCommand, shardOf } from './partials.js';

export const runCommand: Command = {
  name: 'run',
  usage: 'avsim run FILE [options]',
  summary: 'simulate every scenario of FILE: summary.csv, paths.csv, timeseries.csv, report.html',
  help: `Simulates every scenario of the workload FILE (replications x scenarios) and writes
summary.csv (per resource: capacity, offered, blocked, concurrency, busy hour),
paths.csv (calls by media path), timeseries.csv (load per time bucket) and report.html.

Options:
${SIMULATION_HELP}
${SHARD_HELP}`,
  flags: [...SIMULATION_FLAGS, 'shard'],
  async run(files, values) {
    const file = oneFile('run', files);
    const scenarios = loadScenarios(file);
    const options = simulationOptions(values);
    runSettings(scenarios[0]!, options); // bad options are refused before any work
    checkBudgetOf(file, scenarios, options.replications);
    const shard = shardOf(values);
    const dir = shard === undefined ? outputDir(values, scenarios[0]!.workload.name, 'run') : partialsDir(values, scenarios[0]!.workload.name, 'run');
    const before = scenarioWarnings(scenarios);
    printWarnings(file, before, values);
    if (shard !== undefined) return runShardCommand({ command: 'run', files: [file], scenarios }, shard, options, values, dir);
    const output = await withStopSignals(async (signal) => {
      const run = await simulateWithProgress(jobCount(scenarios, options.replications), values, (onProgress) =>
        runScenarios(scenarios, { ...options, signal, onProgress }),
      );
      printNotes(run.notes, values);
      const after = overloadWarnings(run.summary.summary);
      printWarnings(file, after, values);
      await writeOutput(dir, renderRunCsv(run.summary), values, () => renderRunReport(run, { warnings: [...before, ...after] }), signal);
      return run;
    });
    if (values.json) process.stdout.write(`${JSON.stringify(runJson(output))}\n`);
    else if (!values.quiet) process.stdout.write(`${renderRunTable(output)}\n${wroteLine(dir, ['summary.csv', 'paths.csv', 'timeseries.csv'], values)}`);
    return 0;
  },
};
