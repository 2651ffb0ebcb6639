/**
 * How the CLI renders errors and picks exit codes (DESIGN.md: 0 ok, 1 failure, 2 bad
 * usage or input; an interrupt exits 128 + the signal's number, as a shell reports a
 * process killed by it). The library throws {@link AvsimError}s whose kind decides the
 * code; only this module turns them into text for stderr.
 */
import { constants } from 'node:os';
import { AvsimError, OptionError } from '../errors.js';
import type { ErrorKind } from '../errors.js';
import { InterruptedError } from '../errors.js';

/** Bad command-line usage (exit 2); `command` points the hint at that command's help. */
export class UsageError extends AvsimError {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super('usage', message);
    this.name = 'UsageError';
  }
}

const EXIT_CODES: Readonly<Record<ErrorKind, number>> = {
  usage: 2,
  workload: 2,
  budget: 2,
  interrupted: 130,
  simulation: 1,
  output: 1,
  timeout: 1,
};

/** Exit code for an error: by its kind; 128 + the signal for an interrupt; 1 for anything else. */
export function exitCodeOf(thrown: unknown): number {
  if (thrown instanceof InterruptedError && thrown.signal !== undefined) return 128 + constants.signals[thrown.signal];
  if (thrown instanceof AvsimError) return EXIT_CODES[thrown.kind];
  return 1;
}

/** The command-line flag of a library option: `recordsReplication` is `--records-replication`. */
export function flagOf(option: string): string {
  return option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * One message for stderr: no stack trace unless AVSIM_DEBUG is set.
 *
 * @param command - The command that was running, whose help a usage error points to.
 */
export function renderError(thrown: unknown, command?: string): string {
  const helpOf = (name: string | undefined): string => (name === undefined ? 'avsim --help' : `avsim ${name} --help`);
  if (thrown instanceof OptionError) return `avsim: --${flagOf(thrown.option)}: ${thrown.detail}\nRun "${helpOf(command)}" for usage.`;
  if (thrown instanceof UsageError) return `avsim: ${thrown.message}\nRun "${helpOf(thrown.command ?? command)}" for usage.`;
  if (thrown instanceof InterruptedError) return `avsim: ${thrown.message}; ${thrown.kept ?? 'no results were written'}`;
  if (thrown instanceof AvsimError) return thrown.kind === 'workload' ? thrown.message : `avsim: ${thrown.message}`;
  const error = thrown instanceof Error ? thrown : new Error(String(thrown));
  return process.env['AVSIM_DEBUG'] ? `avsim: ${error.stack ?? error.message}` : `avsim: ${error.message}`;
}
