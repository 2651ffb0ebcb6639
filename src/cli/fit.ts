/**
 * `avsim fit WORKLOAD RECORDS.csv`: simulates the workload (its first scenario, or
 * --scenario) and compares it with the deployment's records: paths per location pair
 * and overall, and each A/V Edge's and MCU's busy-hour erlangs, each with a test; writes
 * fit.csv and report.html as a result set (default results/<workload name>/fit).
 */
import { readRecordTables } from '../calibrate/calibrate.js';
import { compareWithRecords } from '../calibrate/model-fit.js';
import type { ModelFit } from '../calibrate/model-fit.js';
import { readWarnings } from '../calibrate/read-warnings.js';
import { renderFitCsv } from '../report/calibration-csv.js';
import { findScenario, runScenarios, runSettings } from '../analysis/run.js';
import { renderFitReport } from '../report/html/fit-report.js';
import { disagreements } from '../report/html/fit-report.js';
import { formatNumber } from '../report/number-format.js';
import { loadScenarios } from '../workload/scenarios.js';
import { printReadWarnings, recordsSource, subnetsOf, withInputIssues } from './calibrate.js';
import { SIMULATION_HELP } from './command.js';
import type { Command } from './command.js';
import { UsageError } from './errors.js';
import { simulationOptions, SIMULATION_FLAGS } from './options.js';
import { checkBudgetOf, jobCount, outputDir, printNotes, printWarnings, scenarioWarnings, simulateWithProgress, withStopSignals, writeOutput, wroteLine } from './session.js';

/** What `--json` prints: the verdict and its counts (fit.csv has every row). */
function fitJson(fit: ModelFit, dir: string): unknown {
  return {
    workload: fit.scenario.workload.name,
    scenario: fit.scenario.name,
    records: { file: fit.records.source, rows: fit.records.tables.records, skipped: fit.records.read.skipped },
    seed: fit.run.seed,
    replications: fit.run.replications,
    tests: fit.tests,
    disagreements: disagreements(fit),
    notes: fit.notes,
    files: [`${dir}/fit.csv`],
  };
}

/** The closing lines on stdout: the counts, each disagreement, the files. */
function summaryText(fit: ModelFit): string {
  const t = fit.tests;
  const found = disagreements(fit);
  const head =
    `fit of ${fit.scenario.workload.name} (scenario ${fit.scenario.name}, ${fit.run.replications} replications) against ${formatNumber(fit.records.tables.records)} records of ${fit.records.source}:\n` +
    `  ${t.tests} tests, ${t.below} with p below ${t.level}, ${t.holm} after Holm's adjustment (family-wise ${t.level})\n`;
  return found.length === 0 ? `${head}  no disagreement beyond chance\n` : `${head}${found.map((f) => `  disagrees: ${f}\n`).join('')}`;
}

export const fitCommand: Command = {
  name: 'fit',
  usage: 'avsim fit WORKLOAD RECORDS.csv [--scenario NAME] [--subnets FILE] [options]',
  summary: 'compare a workload with Monitoring Server media records: fit.csv',
  help: `Simulates WORKLOAD (its first scenario, or --scenario) and compares it with the
deployment's media records (docs/calibrate.md): per location pair and overall, the
shares of the media paths (P2P, Edge UDP, Edge TCP) by a chi-square test; per A/V
Edge and MCU, the busy hour's offered erlangs by Welch's test (or, with one day of
records, a prediction test). Writes fit.csv (every comparison, its p-value and Holm's
adjustment) and report.html: where the workload and the deployment disagree.

Options:
  --scenario NAME     compare this scenario of WORKLOAD instead of the first
  --subnets FILE      sites by subnet, for rows whose location is empty (as calibrate)
${SIMULATION_HELP}`,
  flags: [...SIMULATION_FLAGS, 'scenario', 'subnets'],
  async run(files, values) {
    if (files.length !== 2) throw new UsageError(`fit takes a workload file and a records file, got ${files.length} file${files.length === 1 ? '' : 's'}`, 'fit');
    const [file, recordsFile] = files as [string, string];
    const scenario = findScenario(loadScenarios(file), values.scenario);
    const options = simulationOptions(values);
    runSettings(scenario, options); // bad options are refused before any work
    checkBudgetOf(file, [scenario], options.replications);
    const dir = outputDir(values, scenario.workload.name, 'fit');
    const subnets = await withInputIssues(async () => subnetsOf(values));
    const source = recordsSource(recordsFile);
    const warnings = scenarioWarnings([scenario]);
    printWarnings(file, warnings, values);
    const fit = await withStopSignals(async (signal) => {
      const records = await withInputIssues(() => readRecordTables(source, { signal, ...(subnets === undefined ? {} : { subnets }) }));
      printReadWarnings(readWarnings(records), values);
      const run = await simulateWithProgress(jobCount([scenario], options.replications), values, (onProgress) =>
        runScenarios([scenario], { ...options, pairPaths: true, signal, onProgress }),
      );
      printNotes(run.notes, values);
      const result: ModelFit = { scenario, records, run, ...compareWithRecords(records, run) };
      printReadWarnings(result.notes, values);
      await writeOutput(dir, [{ name: 'fit.csv', data: renderFitCsv(result.rows) }], values, () => renderFitReport(result), signal);
      return result;
    });
    if (values.json) process.stdout.write(`${JSON.stringify(fitJson(fit, dir))}\n`);
    else if (!values.quiet) process.stdout.write(`${summaryText(fit)}${wroteLine(dir, ['fit.csv'], values)}`);
    return 0;
  },
};
