/**
 * `avsim whatif FILE [--changes KIND...] [--changes-file CHANGES] [--top N] [--scenario NAME]`:
 * the candidate changes of FILE's first scenario (or the named one), simulated on common
 * random numbers against it and ranked by the paired change in busy-hour Edge sessions;
 * writes whatif.csv and report.html (docs/whatif.md).
 */
import { expectedCalls, findScenario, workerNotes } from '../analysis/run.js';
import { compileWorkload } from '../model/compiled.js';
import { renderJson } from '../report/json.js';
import { renderWhatifReport } from '../report/html/whatif-report.js';
import { renderWhatifCsv, renderWhatifTable, whatifJson } from '../report/whatif.js';
import { loadScenarios } from '../workload/scenarios.js';
import { loadCandidateFile } from '../whatif/candidate-file.js';
import { CHANGE_KINDS, KIND_WORDS, parseKinds } from '../whatif/kinds.js';
import { whatif, whatifSettings, whatifWorkers } from '../whatif/whatif.js';
import type { WhatifOptions } from '../whatif/whatif.js';
import { whatifShard, whatifSpec } from '../whatif/whatif-rounds.js';
import type { WhatifSpec } from '../whatif/whatif-rounds.js';
import type { Shard } from '../analysis/shard.js';
import { workersOf } from './command-pool.js';
import { precisionHelp, SHARD_HELP, SIMULATION_HELP, WAIT_HELP } from './command.js';
import type { Command } from './command.js';
import { UsageError } from './errors.js';
import { numberFlag, precisionFlags, simulationOptions, SIMULATION_FLAGS } from './options.js';
import type { CliValues } from './options.js';
import { packageVersion } from './package-files.js';
import { partialsDir, roundFolder, roundShardCommand, shardOf, waitSecondsOf } from './partials.js';
import { checkBudgetOf, oneFile, outputDir, printNotes, printWarnings, scenarioWarnings, simulateInBatches, withStopSignals, writeOutput, wroteLine } from './session.js';

/** `text` in lines of at most `width` characters, each after `indent` spaces. */
function wrap(text: string, indent: number, width = 92): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line].map((l) => `${' '.repeat(indent)}${l}`);
}

/** The kinds, one paragraph each: the name, then its words wrapped beside it. */
const KINDS_HELP = CHANGE_KINDS.map((k) => {
  const [first, ...rest] = wrap(KIND_WORDS[k], 37);
  return [`                        ${k.padEnd(13)}${first!.trimStart()}`, ...rest].join('\n');
}).join('\n');

export const whatifCommand: Command = {
  name: 'whatif',
  usage: 'avsim whatif FILE [--changes KIND...] [--changes-file CHANGES] [--top N] [options]',
  summary: 'candidate changes ranked by their effect on busy-hour Edge load: whatif.csv',
  help: `Proposes single changes to FILE's first scenario (or --scenario NAME), simulates each on
the same calls as the scenario (common random numbers: same seed, same replications) and
ranks them by the paired change in busy-hour Edge sessions, lowest first, beside the
changes in the busiest Edge's blocking, in failed calls and in the no-QoS share, each with
its 95% interval, and the share of calls that take another media path. Writes whatif.csv
(every candidate) and report.html (docs/whatif.md).

Options:
  --changes KIND      propose only these kinds (repeat it, or separate with commas):
${KINDS_HELP}
                      (default: every kind, unless --changes-file is given)
  --changes-file CHANGES
                      also rank your own candidates: a YAML list of { name, description,
                      patch }, each patch an RFC 7386 merge patch over the scenario; alone,
                      only these are ranked
  --top N             show the best N in the table and report (whatif.csv keeps them all);
                      with --precision, only the ranks of the top N need resolving
  --scenario NAME     the baseline: this scenario of FILE instead of the first
${SIMULATION_HELP}
${precisionHelp(
    `each rank that matters is resolved (the candidate's
                      interval apart from its neighbours') or its Edge change is within R
                      of its value (near zero: of one session); only candidates of
                      unresolved ranks get more`,
    'candidate',
  )}
${SHARD_HELP}
                      Sharded, the whatif runs one round per pass (the baseline's batch, then
                      every candidate's, the last): run all n shards into one folder twice,
                      then avsim merge it; not with --precision (docs/sharding.md)
${WAIT_HELP}`,
  flags: [...SIMULATION_FLAGS, 'changes', 'changes-file', 'top', 'scenario', 'precision', 'max-replications', 'shard', 'wait'],
  async run(files, values) {
    const file = oneFile('whatif', files);
    const baseline = findScenario(loadScenarios(file), values.scenario);
    const top = numberFlag('top', values.top);
    const candidates = values['changes-file'] === undefined ? undefined : loadCandidateFile(values['changes-file'], baseline.workload);
    const options: WhatifOptions = {
      ...simulationOptions(values),
      ...precisionFlags(values),
      file,
      ...(values.changes === undefined ? {} : { kinds: parseKinds(values.changes) }),
      ...(candidates === undefined ? {} : { candidates }),
      ...(top === undefined ? {} : { top }),
    };
    // Bad options and a whatif beyond the work budget are refused before any work; the
    // budget is checked at the most candidates and replications the whatif may reach.
    const { workloads, plan, first, most } = whatifSettings(baseline, options);
    const shard = shardOf(values);
    const wait = waitSecondsOf(values, 'whatif');
    if (shard !== undefined && plan !== undefined) {
      throw new UsageError('--precision decides on every replication done so far, so it cannot run in shards: give --replications instead', 'whatif');
    }
    checkBudgetOf(
      file,
      workloads.map((workload) => ({ name: baseline.name, workload })),
      plan?.cap ?? first,
      shard,
    );
    if (shard !== undefined) {
      // A waiting shard's one pool serves every round (whatifWorkers: its share of the largest).
      const poolWorkers = () => whatifWorkers(expectedCalls([compileWorkload(baseline.workload)], 1), first, most, options.workers, shard.count);
      return whatifShardCommand(whatifSpec(baseline, file, options), shard, options, values, wait, poolWorkers);
    }
    const dir = outputDir(values, baseline.workload.name, 'whatif');
    printNotes(workerNotes(options.workers), values);
    const warnings = scenarioWarnings([baseline]);
    printWarnings(file, warnings, values);
    const output = await withStopSignals(async (signal) => {
      const result = await simulateInBatches(values, (hooks) => whatif(baseline, { ...options, signal, ...hooks }));
      printNotes(result.notes, values);
      await writeOutput(dir, [{ name: 'whatif.csv', data: renderWhatifCsv(result) }], values, () => renderWhatifReport(result, { warnings }), signal);
      return result;
    });
    if (values.json) process.stdout.write(renderJson(whatifJson(output)));
    else if (!values.quiet) process.stdout.write(`${renderWhatifTable(output)}\n${wroteLine(dir, ['whatif.csv'], values)}`);
    return 0;
  },
};

/** `avsim whatif --shard i/n`: this shard's part of the whatif's next round, or with `--wait` of every round left (whatif/whatif-rounds.ts). */
async function whatifShardCommand(spec: WhatifSpec, shard: Shard, options: WhatifOptions, values: CliValues, wait: number | undefined, poolWorkers: () => number): Promise<number> {
  const name = spec.baseline.workload.name;
  const dir = partialsDir(values, name, 'whatif');
  printNotes(workerNotes(options.workers), values);
  printWarnings(spec.file, scenarioWarnings([spec.baseline]), values);
  const store = roundFolder(dir, name, 'whatif');
  return roundShardCommand(shard, dir, { command: 'whatif', work: 'the whatif', writes: 'whatif.csv' }, values, wait, workersOf(options), poolWorkers, (runOptions, roundWait) =>
    whatifShard(spec, shard, store, packageVersion(), runOptions, roundWait),
  );
}
