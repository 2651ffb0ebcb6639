#!/usr/bin/env -S node --single-threaded-gc
/**
 * The `avsim` command line: run, compare, size, validate, schema.
 *
 * Exit codes (DESIGN.md): 0 ok, 1 simulation or runtime failure, 2 bad usage or an
 * invalid workload. Errors are rendered here, never deeper: library code throws typed
 * errors and this module picks the message and the code. Nothing is written unless the
 * whole command succeeds.
 */
import { parseArgs } from 'node:util';
import { commandCompare, commandRun, commandSchema, commandSize, commandValidate } from './commands.js';
import { UsageError, exitCodeOf, renderError } from './cli-errors.js';

const HELP = `avsim: discrete-event capacity simulator for OCS 2007 R2 / Lync A/V

Usage:
  avsim run FILE [--out DIR] [--seed N] [--replications N] [--workers N] [--json] [--quiet] [--no-report]
  avsim compare FILE [FILE...] [--out DIR] [--seed N] [--replications N] [--workers N] [--json] [--quiet] [--no-report]
  avsim size FILE --target P [--resource ID] [--scenario NAME] [--out DIR] [--seed N] [--replications N] [--workers N] [--json] [--quiet] [--no-report]
  avsim validate FILE...
  avsim schema

run       simulate every scenario of FILE: summary.csv, paths.csv, timeseries.csv
compare   every scenario of every FILE on the same random numbers: comparison.csv
          (and the three run files); differences are against the first scenario
size      fewest servers whose simulated blocking's upper 95% bound is at most P,
          for every A/V Edge of FILE's first scenario (or --scenario), or for
          --resource edge:<name>, mcu:<pool> (one server = one leg) or ports:<site>
          (one server = one port)

run, compare and size also write report.html beside their CSVs: charts of the day,
the paths and the sizing curve, as one self-contained page; --no-report skips it.

Output goes to results/<workload name>/ (compare: the first file's) unless --out is given.
Exit codes: 0 ok, 1 simulation failure, 2 bad usage or invalid workload.`;

const OPTIONS = {
  out: { type: 'string' },
  seed: { type: 'string' },
  replications: { type: 'string' },
  workers: { type: 'string' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean' },
  target: { type: 'string' },
  resource: { type: 'string' },
  scenario: { type: 'string' },
  'no-report': { type: 'boolean' },
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
  for (const option of ['target', 'resource', 'scenario'] as const) {
    if (values[option] !== undefined && command !== 'size') throw new UsageError(`--${option} applies only to size`);
  }
  if (values['no-report'] !== undefined && command !== 'run' && command !== 'compare' && command !== 'size') {
    throw new UsageError('--no-report applies only to run, compare and size');
  }
  switch (command) {
    case 'run':
      return commandRun(files, values);
    case 'compare':
      return commandCompare(files, values);
    case 'size':
      return commandSize(files, values);
    case 'validate':
      return commandValidate(files);
    case 'schema':
      return commandSchema();
    default:
      throw new UsageError(`unknown command "${command}" (expected run, compare, size, validate or schema)`);
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
