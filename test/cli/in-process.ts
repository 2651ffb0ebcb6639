/**
 * Runs one avsim command inside the test's process, as src/cli/main.ts runs it once it
 * has found the command: parse the command's flags (`parseCommandArgs`), run it, and
 * turn what it throws into a message on stderr and an exit code (`renderError`,
 * `exitCodeOf`). What the command writes on stdout and stderr is captured, not printed.
 *
 * Starting a process per case cost a Node start-up and a module load each time (most of
 * the suite's time); this costs neither. What only a process shows (main.ts's own
 * dispatch, --help and --version, signals, the shebang's Node flags, a worker crashing
 * the process) is tested by the few spawned tests in test/cli/process/.
 *
 * `--help` is main.ts's business and is not handled here.
 */
import { vi } from 'vitest';
import type { Command } from '../../src/cli/command.js';
import { exitCodeOf, renderError } from '../../src/cli/errors.js';
import { parseCommandArgs } from '../../src/cli/options.js';
import { shareCommandPool } from '../../src/cli/command-pool.js';
import { keptPool } from '../support/pool.js';

/** What a command did: its exit code and what it wrote. */
export interface CommandOutcome {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Replaces `stream.write` with one that appends to the returned buffer; `restore` puts it back. */
function capture(stream: NodeJS.WriteStream): { text: () => string; restore: () => void } {
  let text = '';
  const spy = vi.spyOn(stream, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    done?.();
    return true;
  }) as typeof stream.write);
  return { text: () => text, restore: () => spy.mockRestore() };
}

/** How {@link invoke} runs a command. */
export interface InvokeOptions {
  /**
   * Simulate on the test file's kept pool (test/support/pool.ts) unless `--workers` is
   * given, shared with the command through src/cli/command-pool.ts: only the first
   * command pays the workers' start-up. Not where the test starts workers with a
   * fault injected, or reads the worker count a command prints.
   */
  readonly keptPool?: boolean;
}

/**
 * Runs `command` with `args` (what follows the command's name on the command line).
 * Never throws for what the command throws: that becomes stderr and the exit code, as
 * main.ts makes them.
 */
export async function invoke(command: Command, args: readonly string[], options: InvokeOptions = {}): Promise<CommandOutcome> {
  const stdout = capture(process.stdout);
  const stderr = capture(process.stderr);
  let status: number;
  if (options.keptPool === true) shareCommandPool(keptPool());
  try {
    try {
      const { positionals, values } = parseCommandArgs(command.name, args, command.flags);
      status = await command.run(positionals, values);
    } catch (thrown) {
      process.stderr.write(`${renderError(thrown, command.name)}\n`);
      status = exitCodeOf(thrown);
    }
  } finally {
    shareCommandPool(undefined);
    stdout.restore();
    stderr.restore();
  }
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}
