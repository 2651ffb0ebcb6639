/**
 * `avsim size FILE --target P [--resource ID] [--scenario NAME]`: the fewest servers of
 * each Edge (or of the named resource) of the file's first scenario (or the named one)
 * meeting the blocking target; writes sizing.csv and report.html.
 */
import { checkSizeOptions, size, sizingWorkers } from '../analysis/size.js';
import type { Redundancy, SizeOptions, SizingPeriod } from '../analysis/size.js';
import { renderSizeReport } from '../report/html/size-report.js';
import { renderJson } from '../report/json.js';
import { renderSizingCsv, renderSizingTable, sizingJson } from '../report/sizing.js';
import { loadScenarios } from '../workload/scenarios.js';
import { workersOf } from './command-pool.js';
import { SHARD_HELP, SIMULATION_HELP, WAIT_HELP } from './command.js';
import type { Command } from './command.js';
import { UsageError } from './errors.js';
import { numberFlag, simulationOptions, SIMULATION_FLAGS } from './options.js';
import { batchProgress, checkBudgetOf, oneFile, outputDir, printNotes, printWarnings, scenarioWarnings, withStopSignals, writeOutput, wroteLine } from './session.js';
import { findScenario, workerNotes } from '../analysis/run.js';
import { preloadRenderer } from '../report/html/render.js';
import { sizeShard, sizingSpec } from '../analysis/size-rounds.js';
import type { SizingSpec } from '../analysis/size-rounds.js';
import type { Shard } from '../analysis/shard.js';
import type { CliValues } from './options.js';
import { packageVersion } from './package-files.js';
import { partialsDir, roundFolder, roundShardCommand, shardOf, waitSecondsOf } from './partials.js';

export const sizeCommand: Command = {
  name: 'size',
  usage: 'avsim size FILE --target P [--resource ID] [--scenario NAME] [options]',
  summary: 'fewest servers whose blocking meets a target: sizing.csv',
  help: `Finds the fewest servers whose simulated blocking's upper 95% bound is at most P in the
busy hour, for every A/V Edge of FILE's first scenario, or for the resources --resource names.

Options:
  --target P          the acceptable blocking probability, strictly between 0 and 1 (0.01 = 1%)
  --resource ID       size edge:<name> (A/V Edge servers), mcu:<pool> (A/V Conferencing
                      servers), ports:<site> (media ports), link:<target>:audio|video
                      (a CAC limit, in whole sessions) or mediation:<pool> (Mediation
                      sessions) instead of every Edge; repeat it for several
  --scenario NAME     size this scenario of FILE instead of the first
  --over PERIOD       where the target must hold: busy-hour (default) or window (the whole
                      measured window, which a daily profile makes far easier to meet)
  --redundancy n+1    the target must still hold with one server down (Edge, MCU)
${SIMULATION_HELP}
${SHARD_HELP}
                      Sharded, the search runs one round per pass: run all n shards into one
                      folder until they say "complete", then avsim merge it (docs/sharding.md)
${WAIT_HELP}`,
  flags: [...SIMULATION_FLAGS, 'target', 'resource', 'scenario', 'over', 'redundancy', 'shard', 'wait'],
  async run(files, values) {
    const file = oneFile('size', files);
    const target = numberFlag('target', values.target);
    if (target === undefined) throw new UsageError('size needs --target P, the acceptable blocking probability in (0, 1), e.g. 0.01', 'size');
    const scenario = findScenario(loadScenarios(file), values.scenario);
    const options: SizeOptions = {
      ...simulationOptions(values),
      target,
      ...(values.resource === undefined ? {} : { resources: values.resource }),
      ...(values.over === undefined ? {} : { over: values.over as SizingPeriod }),
      ...(values.redundancy === undefined ? {} : { redundancy: values.redundancy as Redundancy }),
    };
    checkSizeOptions(scenario, options); // bad options are refused before any work
    // The search runs the scenario a few times over; each batch is checked as it starts too.
    const shard = shardOf(values);
    checkBudgetOf(file, [scenario], options.replications, shard);
    const wait = waitSecondsOf(values, 'size');
    if (shard !== undefined) return sizeShardCommand(sizingSpec(scenario, file, options), shard, options, values, wait);
    const dir = outputDir(values, scenario.workload.name, 'size');
    printNotes(workerNotes(options.workers), values);
    const warnings = scenarioWarnings([scenario]);
    printWarnings(file, warnings, values);
    const progress = batchProgress(values);
    if (!values['no-report']) preloadRenderer();
    const output = await withStopSignals(async (signal) => {
      let sizing;
      try {
        sizing = await size(scenario, { ...options, signal, onBatch: (batch) => progress.start(batch.jobs), onProgress: progress.update });
      } finally {
        progress.stop();
      }
      await writeOutput(dir, [{ name: 'sizing.csv', data: renderSizingCsv(sizing) }], values, () => renderSizeReport(sizing, { warnings }), signal);
      return sizing;
    });
    if (values.json) process.stdout.write(renderJson(sizingJson(output)));
    else if (!values.quiet) process.stdout.write(`${renderSizingTable(output)}\n${wroteLine(dir, ['sizing.csv'], values)}`);
    return 0;
  },
};

/** `avsim size --shard i/n`: this shard's part of the search's next round, or with `--wait` of every round left (analysis/size-rounds.ts). */
async function sizeShardCommand(spec: SizingSpec, shard: Shard, options: SizeOptions, values: CliValues, wait: number | undefined): Promise<number> {
  const dir = partialsDir(values, spec.scenario.workload.name, 'size');
  printNotes(workerNotes(options.workers), values);
  printWarnings(spec.file, scenarioWarnings([spec.scenario]), values);
  const store = roundFolder(dir, spec.scenario.workload.name, 'size');
  const poolWorkers = () => sizingWorkers(spec.scenario.workload, spec.resources.length, spec.replications, options.workers, shard.count);
  return roundShardCommand(shard, dir, { command: 'size', work: 'the search', writes: 'sizing.csv' }, values, wait, workersOf(options), poolWorkers, (runOptions, roundWait) =>
    sizeShard(spec, shard, store, packageVersion(), runOptions, roundWait),
  );
}
