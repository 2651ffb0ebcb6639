/**
 * One error base for everything avsim refuses or fails at, with a kind that says whose
 * fault it is. The library throws these and never picks an exit code; the CLI maps the
 * kind to one (see `src/cli/errors.ts`):
 * - `usage`: a bad option or argument (exit 2);
 * - `workload`: an invalid workload file (exit 2);
 * - `budget`: a run too large for the work budget, refused before it starts (exit 2);
 * - `interrupted`: stopped by a signal or an abort (exit 128 + the signal's number);
 * - `simulation`: a replication failed (exit 1);
 * - `output`: the results could not be written (exit 1);
 * - `timeout`: a shard waited longer than it was told to for other shards (exit 1).
 */

export type ErrorKind = 'usage' | 'workload' | 'budget' | 'interrupted' | 'simulation' | 'output' | 'timeout';

export class AvsimError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'AvsimError';
  }
}

/**
 * A library option out of its range: `option` names it as the library knows it
 * (`replications`), `detail` says what was expected and what arrived. The message reads
 * `options.replications: expected ..., got ...`; the CLI names the flag instead.
 */
export class OptionError extends AvsimError {
  constructor(
    readonly option: string,
    readonly detail: string,
  ) {
    super('usage', `options.${option}: ${detail}`);
    this.name = 'OptionError';
  }
}

/**
 * The run was interrupted: by `signal` (`SIGINT`, `SIGTERM`, `SIGHUP`), or by an abort
 * signal. `kept` says what was written before it and stays (a waiting shard's slices);
 * without it, nothing was.
 */
export class InterruptedError extends AvsimError {
  constructor(
    readonly signal?: NodeJS.Signals,
    readonly kept?: string,
  ) {
    super('interrupted', signal === undefined ? 'interrupted' : `interrupted by ${signal}`);
    this.name = 'InterruptedError';
  }
}

/** A replication failed: names the scenario and replication. */
export class ReplicationError extends AvsimError {
  constructor(
    readonly scenario: string,
    readonly replication: number,
    cause: string,
  ) {
    super('simulation', `scenario "${scenario}", replication ${replication} failed: ${cause}`);
    this.name = 'ReplicationError';
  }
}

/** `Expected ..., got ...` for a number option: the text of what arrived. */
export function describeNumber(value: number): string {
  return Number.isNaN(value) ? 'NaN' : String(value);
}

/**
 * Checks a whole-number option: an integer in [min, max] (max defaults to the largest
 * safe integer), or an {@link OptionError} naming it.
 */
export function checkInteger(option: string, value: number, min: number, max: number = Number.MAX_SAFE_INTEGER): number {
  if (!(Number.isSafeInteger(value) && value >= min && value <= max)) {
    const range = max === Number.MAX_SAFE_INTEGER ? `a whole number of at least ${min}` : `a whole number from ${min} to ${max}`;
    throw new OptionError(option, `expected ${range}, got ${describeNumber(value)}`);
  }
  return value;
}
