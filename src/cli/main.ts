#!/usr/bin/env -S node --single-threaded-gc
/**
 * The `avsim` command line: the entry point. It finds the command, parses its flags,
 * prints help and the version, runs the command and turns what it throws into a message
 * and an exit code (DESIGN.md: 0 ok, 1 simulation or runtime failure, 2 bad usage or an
 * invalid workload; 128 + the signal's number when stopped by one). Nothing is written
 * unless the whole command succeeds.
 */
import type { Command } from './command.js';
import { compareCommand } from './compare.js';
import { initCommand } from './init.js';
import { packageVersion } from './package-files.js';
import { exitCodeOf, renderError, UsageError } from './errors.js';
import { parseCommandArgs } from './options.js';
import { runCommand } from './run.js';
import { schemaCommand } from './schema.js';
import { sizeCommand } from './size.js';
import { validateCommand } from './validate.js';
import { whatifCommand } from './whatif.js';

const COMMANDS: readonly Command[] = [initCommand, validateCommand, runCommand, compareCommand, sizeCommand, whatifCommand, schemaCommand];

/** avsim's version. */
const version = packageVersion;

function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `avsim ${version()}: capacity simulator for OCS 2007 R2, Lync and Skype for Business Server A/V

Usage: avsim <command> [arguments] [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "avsim <command> --help" for a command's arguments and options.
Exit codes: 0 ok, 1 simulation failure, 2 bad usage or invalid workload, 130 interrupted.`;
}

function commandHelp(command: Command): string {
  return `Usage: ${command.usage}\n\n${command.help}`;
}

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
    process.stderr.write(`${renderError(thrown)}\n`);
    process.exitCode = exitCodeOf(thrown);
  },
);
