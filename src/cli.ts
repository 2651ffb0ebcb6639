#!/usr/bin/env node
/**
 * The `avsim` command line: run, validate, schema.
 *
 * Exit codes (DESIGN.md): 0 ok, 1 simulation or runtime failure, 2 bad usage or an
 * invalid workload. Errors are rendered here, never deeper: library code throws typed
 * errors and this module picks the message and the code. Nothing is written unless the
 * whole command succeeds.
 */
import { parseArgs } from 'node:util';
import { commandRun, commandSchema, commandValidate } from './commands.js';
import { UsageError, exitCodeOf, renderError } from './cli-errors.js';

const HELP = `avsim: discrete-event capacity simulator for OCS 2007 R2 / Lync A/V

Usage:
  avsim run FILE [--out DIR] [--seed N] [--replications N] [--workers N] [--json] [--quiet]
  avsim validate FILE...
  avsim schema

Output goes to results/<workload name>/ unless --out is given.
Exit codes: 0 ok, 1 simulation failure, 2 bad usage or invalid workload.`;

const OPTIONS = {
  out: { type: 'string' },
  seed: { type: 'string' },
  replications: { type: 'string' },
  workers: { type: 'string' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type CliValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (thrown) {
    throw new UsageError(thrown instanceof Error ? thrown.message : String(thrown));
  }
  const [command, ...files] = parsed.positionals;
  const values = parsed.values;
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(`${HELP}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  switch (command) {
    case 'run':
      return commandRun(files, values);
    case 'validate':
      return commandValidate(files);
    case 'schema':
      return commandSchema();
    default:
      throw new UsageError(`unknown command "${command}" (expected run, validate or schema)`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (thrown: unknown) => {
    process.stderr.write(`${renderError(thrown)}\n`);
    process.exitCode = exitCodeOf(thrown);
  },
);
