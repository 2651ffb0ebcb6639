/** `avsim run FILE`: simulate every scenario; write summary.csv, paths.csv, timeseries.csv and report.html. */
import { runScenarios, runSettings } from '../analysis/run.js';
import { precisionPlan } from '../analysis/precision.js';
import { renderRunCsv } from '../report/csv.js';
import { renderRunReport } from '../report/html/run-report.js';
import { jsonPieces, runJson, writePieces } from '../report/json.js';
import { renderRunTable } from '../report/table.js';
import { loadScenarios } from '../workload/scenarios.js';
import { precisionHelp, SHARD_HELP, SIMULATION_HELP } from './command.js';
import type { Command } from './command.js';
import { numberFlag, precisionFlags, simulationOptions, SIMULATION_FLAGS } from './options.js';
import { UsageError } from './errors.js';
import { outputDirProblem, writeFileAtomic } from '../report/atomic-write.js';
import { renderRecordsCsv } from '../results/records-csv.js';
import { checkBudgetOf, jobCount, oneFile, outputDir, printNotes, printWarnings, scenarioWarnings, simulateInBatches, simulateWithProgress, withStopSignals, writeOutput, wroteLine } from './session.js';
import { overloadWarnings } from '../analysis/warnings.js';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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
${precisionHelp(`every busy-hour blocking is within R of its value
                      (near zero: of 1%)`)}
  --records FILE      also write the media records of one replication to FILE, as a
                      Monitoring Server export (docs/calibrate.md), for avsim calibrate and fit
  --records-replication N
                      which replication of the first scenario (default 0)
${SHARD_HELP}`,
  flags: [...SIMULATION_FLAGS, 'precision', 'max-replications', 'records', 'records-replication', 'shard'],
  async run(files, values) {
    const file = oneFile('run', files);
    const scenarios = loadScenarios(file);
    const recordsReplication = numberFlag('records-replication', values['records-replication']);
    if (recordsReplication !== undefined && values.records === undefined) throw new UsageError('--records-replication needs --records FILE', 'run');
    const options = { ...simulationOptions(values), ...precisionFlags(values), ...(values.records === undefined ? {} : { recordsReplication: recordsReplication ?? 0 }) };
    const { replications } = runSettings(scenarios[0]!, options); // bad options are refused before any work
    const plan = precisionPlan(
      scenarios.map((s) => s.workload),
      replications,
      options,
    );
    if (values.records !== undefined) checkRecordsFile(values.records);
    const shard = shardOf(values);
    if (shard !== undefined && values.records !== undefined) throw new UsageError('--records writes one replication\'s records on one machine; run it without --shard', 'run');
    if (shard !== undefined && plan !== undefined) throw new UsageError('--precision decides on every replication done so far, so it cannot run in shards: give --replications instead', 'run');
    checkBudgetOf(file, scenarios, plan?.cap ?? replications, shard);
    const dir = shard === undefined ? outputDir(values, scenarios[0]!.workload.name, 'run') : partialsDir(values, scenarios[0]!.workload.name, 'run');
    const before = scenarioWarnings(scenarios);
    printWarnings(file, before, values);
    if (shard !== undefined) return runShardCommand({ command: 'run', files: [file], scenarios }, shard, options, values, dir);
    const output = await withStopSignals(async (signal) => {
      const run =
        plan === undefined
          ? await simulateWithProgress(jobCount(scenarios, options.replications), values, (onProgress) => runScenarios(scenarios, { ...options, signal, onProgress }))
          : await simulateInBatches(values, (hooks) => runScenarios(scenarios, { ...options, signal, ...hooks }));
      printNotes(run.notes, values);
      const after = overloadWarnings(run.summary.summary);
      printWarnings(file, after, values);
      await writeOutput(dir, renderRunCsv(run.summary), values, () => renderRunReport(run, { warnings: [...before, ...after] }), signal);
      if (values.records !== undefined) {
        const records = run.results.find((r) => r.scenario === 0 && r.replication === options.recordsReplication)?.records;
        if (records === undefined) throw new Error('the records of the replication asked for are missing');
        await writeFileAtomic(values.records, renderRecordsCsv(records, scenarios[0]!.workload));
      }
      return run;
    });
    if (values.json) writePieces(jsonPieces(runJson(output)));
    else if (!values.quiet) {
      process.stdout.write(`${renderRunTable(output)}\n${wroteLine(dir, ['summary.csv', 'paths.csv', 'timeseries.csv'], values)}`);
      if (values.records !== undefined) process.stdout.write(`wrote ${values.records}: the media records of replication ${options.recordsReplication} of scenario ${scenarios[0]!.name}\n`);
    }
    return 0;
  },
};

/** `--records FILE` must be writable before the run starts: its folder exists, and FILE is not a folder. */
function checkRecordsFile(file: string): void {
  const isDirectory = ((): boolean => {
    try {
      return statSync(file).isDirectory();
    } catch {
      return false;
    }
  })();
  if (file === '' || isDirectory) throw new UsageError(`--records ${file}: expected a file to write, got ${file === '' ? 'nothing' : 'a folder'}`, 'run');
  const folder = dirname(resolve(file));
  let problem: string | undefined;
  try {
    problem = statSync(folder).isDirectory() ? outputDirProblem(folder) : `${folder} is not a folder`;
  } catch {
    problem = `its folder ${folder} does not exist`;
  }
  if (problem !== undefined) throw new UsageError(`--records ${file}: ${problem}`, 'run');
}
