/**
 * The commands of `avsim`, in the order `avsim --help` lists them, and the help texts
 * main.ts prints. Kept apart from main.ts, which runs the command line as soon as it is
 * imported, so that tests (test/docs/commands-doc.test.ts) can read the help texts.
 */
import { calibrateCommand } from './calibrate.js';
import type { Command } from './command.js';
import { compareCommand } from './compare.js';
import { fitCommand } from './fit.js';
import { initCommand } from './init.js';
import { mergeCommand } from './merge.js';
import { packageVersion } from './package-files.js';
import { runCommand } from './run.js';
import { schemaCommand } from './schema.js';
import { sizeCommand } from './size.js';
import { validateCommand } from './validate.js';
import { whatifCommand } from './whatif.js';

/** Every command, in the order `avsim --help` lists them. */
export const COMMANDS: readonly Command[] = [initCommand, validateCommand, runCommand, compareCommand, sizeCommand, whatifCommand, mergeCommand, calibrateCommand, fitCommand, schemaCommand];

/** What `avsim --help` (and `avsim help`) prints: the version, the usage, every command with its summary. */
export function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `avsim ${packageVersion()}: capacity simulator for OCS 2007 R2, Lync and Skype for Business Server A/V

Usage: avsim <command> [arguments] [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "avsim <command> --help" for a command's arguments and options.
Exit codes: 0 ok, 1 simulation failure, 2 bad usage or invalid workload, 130 interrupted.`;
}

/** What `avsim <command> --help` (and `avsim help <command>`) prints: the usage line, then the command's help. */
export function commandHelp(command: Command): string {
  return `Usage: ${command.usage}\n\n${command.help}`;
}
