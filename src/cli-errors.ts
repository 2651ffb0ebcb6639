/** How the CLI renders errors and picks exit codes (DESIGN.md: 0 ok, 1 failure, 2 bad usage or input). */
import { InterruptedError, ReplicationError } from './parallel/pool.js';
import { WorkloadError } from './workload/errors.js';

/** Bad command-line usage: exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit code for an error: 2 for bad usage or input, 130 for an interrupt, 1 otherwise. */
export function exitCodeOf(thrown: unknown): number {
  if (thrown instanceof UsageError || thrown instanceof WorkloadError) return 2;
  if (thrown instanceof InterruptedError) return 130;
  return 1;
}

/** One message for stderr: no stack trace unless AVSIM_DEBUG is set. */
export function renderError(thrown: unknown): string {
  if (thrown instanceof WorkloadError) return thrown.message;
  if (thrown instanceof UsageError) return `avsim: ${thrown.message}\nRun "avsim --help" for usage.`;
  if (thrown instanceof InterruptedError) return 'avsim: interrupted; no results were written';
  if (thrown instanceof ReplicationError) return `avsim: ${thrown.message}`;
  const error = thrown instanceof Error ? thrown : new Error(String(thrown));
  return process.env['AVSIM_DEBUG'] ? `avsim: ${error.stack ?? error.message}` : `avsim: ${error.message}`;
}

/** Parses an integer option, or throws a {@link UsageError} naming it. */
export function integerOption(name: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\s*-?\d+\s*$/.test(text) || !Number.isSafeInteger(value) || value < min) {
    const expected = min === 0 ? 'a non-negative integer' : min === 1 ? 'a positive integer' : `an integer >= ${min}`;
    throw new UsageError(`--${name}: expected ${expected}, got "${text}"`);
  }
  return value;
}

/**
 * Parses a probability strictly between 0 and 1 (`0.01`, `1e-3`), or throws a
 * {@link UsageError} naming the option.
 */
export function probabilityOption(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\s*(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(text) || !(value > 0 && value < 1)) {
    throw new UsageError(`--${name}: expected a probability strictly between 0 and 1 (e.g. 0.01), got "${text}"`);
  }
  return value;
}
