/** `avsim validate FILE...`: every problem of every file; exit 0 only when all are valid. */
import type { Command } from './command.js';
import { UsageError } from './errors.js';
import { budgetProblems, runIn } from '../analysis/budget.js';
import { loadEveryFile, printWarnings, scenarioWarnings } from './session.js';
import { shardOf } from './partials.js';

export const validateCommand: Command = {
  name: 'validate',
  usage: 'avsim validate FILE... [--shard i/n]',
  summary: 'check workload files; every problem with its file and field path',
  help: `Checks each workload FILE (every scenario of it) without running it: prints "FILE: ok",
or every problem as "FILE: field.path: expected ..., got ..." on stderr and exits 2.
A valid file that sets up something that cannot work as meant (remote users and no
Edge, a site sealed off by its rules) gets a warning on stderr, and still exits 0.

Options:
  --quiet             no warnings
  --shard i/n         check the work budget as for a run in n shards, each held to one
                      machine's calls (docs/sharding.md, Limits)`,
  flags: ['quiet', 'shard'],
  run(files, values) {
    if (files.length === 0) throw new UsageError('validate takes one or more workload files', 'validate');
    const { loaded, problems } = loadEveryFile(files);
    const messages = problems.map((p) => p.message);
    const shards = shardOf(values)?.count;
    const what = runIn(shards);
    for (const { file, scenarios } of loaded) {
      // The same work budget as run: a file that validates runs (docs/workload.md, Limits).
      const budget = budgetProblems(
        scenarios.map((s) => s.workload),
        scenarios[0]!.workload.simulation.replications,
        shards,
      );
      if (budget.length > 0) {
        messages.push(...budget.map((b) => `${file}: refused, too large for ${what}: ${b}`));
        continue;
      }
      process.stdout.write(`${file}: ok\n`);
      printWarnings(file, scenarioWarnings(scenarios), values);
    }
    if (messages.length === 0) return 0;
    process.stderr.write(`${messages.join('\n')}\n`);
    return 2;
  },
};
