#!/usr/bin/env -S node --single-threaded-gc
/**
 * The `avsim` command line: the entry point. It finds the command, parses its flags,
 * prints help and the version, runs the command and turns what it throws into a message
 * and an exit code (DESIGN.md: 0 ok, 1 simulation or runtime failure, 2 bad usage or an
 * invalid workload; 128 + the signal's number when stopped by one). Nothing is written
 * unless the whole command succeeds.
 */
import { commandHelp, COMMANDS, generalHelp } from './commands.js';
import { packageVersion } from './package-files.js';
import { exitCodeOf, renderError, UsageError } from './errors.js';
import { parseCommandArgs } from './options.js';

/** avsim's version. */
const version = packageVersion;

/** The command running, once found: its help is what a usage error points to. */
let running: string | undefined;

async function main(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    process.stderr.write(`${generalHelp()}\n`);
    return 2;
  }
  if (first === '--help' || first === '-h') {
    process.stdout.write(`${generalHelp()}\n`);
    return 0;
  }
  if (first === '--version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (first === 'help') {
    const named = rest[0] === undefined ? undefined : COMMANDS.find((c) => c.name === rest[0]);
    if (rest[0] !== undefined && named === undefined) throw new UsageError(`unknown command "${rest[0]}"`);
    process.stdout.write(`${named === undefined ? generalHelp() : commandHelp(named)}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (command === undefined) {
    const known = COMMANDS.map((c) => c.name).join(', ');
    throw new UsageError(first.startsWith('-') ? `expected a command before ${first} (${known})` : `unknown command "${first}" (expected ${known})`);
  }
  running = command.name;
  const { positionals, values } = parseCommandArgs(command.name, rest, command.flags);
  if (values.help) {
    process.stdout.write(`${commandHelp(command)}\n`);
    return 0;
  }
  return command.run(positionals, values);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (thrown: unknown) => {
    process.stderr.write(`${renderError(thrown, running)}\n`);
    process.exitCode = exitCodeOf(thrown);
  },
);
