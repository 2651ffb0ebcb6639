/** `avsim validate FILE...`: every problem of every file; exit 0 only when all are valid. */
import type { Command } from './command.js';
import { UsageError } from './errors.js';
import { loadEveryFile, printWarnings, scenarioWarnings } from './session.js';

export const validateCommand: Command = {
  name: 'validate',
  usage: 'avsim validate FILE...',
  summary: 'check workload files; every problem with its file and field path',
  help: `Checks each workload FILE (every scenario of it) without running it: prints "FILE: ok",
or every problem as "FILE: field.path: expected ..., got ..." on stderr and exits 2.
A valid file that sets up something that cannot work as meant (remote users and no
Edge, a site sealed off by its rules) gets a warning on stderr, and still exits 0.

Options:
  --quiet             no warnings`,
  flags: ['quiet'],
  run(files, values) {
    if (files.length === 0) throw new UsageError('validate takes one or more workload files', 'validate');
    const { loaded, problems } = loadEveryFile(files);
    for (const { file, scenarios } of loaded) {
      process.stdout.write(`${file}: ok\n`);
      printWarnings(file, scenarioWarnings(scenarios), values);
    }
    if (problems.length === 0) return 0;
    process.stderr.write(`${problems.map((p) => p.message).join('\n')}\n`);
    return 2;
  },
};
