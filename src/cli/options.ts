/**
 * The command line's options: one table of every flag, the flags each command takes,
 * and the parse of one command's arguments. Values arrive as text; a number flag is
 * turned into a number here (a syntax check only), and its range is checked by the
 * library, which names the option in an {@link OptionError} that `errors.ts` renders as
 * the flag. So a range is written once, where the library keeps it.
 */
import { parseArgs } from 'node:util';
import { suggestKey } from '../workload/key-suggestion.js';
import type { WorkerPool } from '../parallel/pool.js';
import { commandPool } from './command-pool.js';
import { UsageError } from './errors.js';

/** Every flag of every command (node:util parseArgs' table). */
export const OPTIONS = {
  out: { type: 'string' },
  seed: { type: 'string' },
  replications: { type: 'string' },
  workers: { type: 'string' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean' },
  target: { type: 'string' },
  resource: { type: 'string', multiple: true },
  scenario: { type: 'string' },
  over: { type: 'string' },
  redundancy: { type: 'string' },
  force: { type: 'boolean' },
  records: { type: 'string' },
  'records-replication': { type: 'string' },
  base: { type: 'string' },
  subnets: { type: 'string' },
  'report-dir': { type: 'string' },
  'no-report': { type: 'boolean' },
  shard: { type: 'string' },
  precision: { type: 'string' },
  'max-replications': { type: 'string' },
  changes: { type: 'string', multiple: true },
  'changes-file': { type: 'string' },
  top: { type: 'string' },
  wait: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

export type OptionName = keyof typeof OPTIONS;

/** Parsed flags of one command. */
export type CliValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** Flags of the commands that simulate. */
export const SIMULATION_FLAGS: readonly OptionName[] = ['out', 'seed', 'replications', 'workers', 'json', 'quiet', 'no-report'];

/**
 * Parses one command's arguments (everything after the command's name): positionals
 * and the flags it takes; any other flag is a usage error naming the command.
 */
export function parseCommandArgs(command: string, args: readonly string[], allowed: readonly OptionName[]): { positionals: string[]; values: CliValues } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (thrown) {
    const unknown = (thrown as { code?: unknown }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? unknownFlag(args) : undefined;
    if (unknown !== undefined) {
      const guess = suggestKey(unknown, allowed);
      throw new UsageError(`${command} does not take --${unknown}${guess === undefined ? '' : ` (did you mean --${guess}?)`}`, command);
    }
    throw new UsageError(thrown instanceof Error ? thrown.message : String(thrown), command);
  }
  const accepted = new Set<string>([...allowed, 'help']);
  for (const [flag, value] of Object.entries(parsed.values)) {
    if (value !== undefined && !accepted.has(flag)) {
      throw new UsageError(`${command} does not take --${flag}`, command);
    }
  }
  return { positionals: parsed.positionals, values: parsed.values };
}

/** The first `--name` (or `--name=value`) of `args` before a `--` that is no flag of avsim's. */
function unknownFlag(args: readonly string[]): string | undefined {
  for (const arg of args) {
    if (arg === '--') return undefined;
    if (!arg.startsWith('--')) continue;
    const name = arg.slice(2).split('=')[0]!;
    if (!Object.hasOwn(OPTIONS, name)) return name;
  }
  return undefined;
}

/**
 * A number flag's value: `undefined` when absent, else the number its text reads as.
 * Only the syntax is checked here (`--seed abc` is refused); ranges are the library's.
 */
export function numberFlag(flag: OptionName, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(text)) {
    throw new UsageError(`--${flag}: expected a number, got "${text}"`);
  }
  return Number(text);
}

/** The run options every simulating command shares, as numbers (ranges checked by the library), and the shared pool if any (cli/command-pool.ts). */
export function simulationOptions(values: CliValues): { seed?: number; replications?: number; workers?: number; pool?: WorkerPool } {
  const seed = numberFlag('seed', values.seed);
  const replications = numberFlag('replications', values.replications);
  const workers = numberFlag('workers', values.workers);
  return {
    ...(seed === undefined ? {} : { seed }),
    ...(replications === undefined ? {} : { replications }),
    ...(workers === undefined ? {} : { workers }),
    ...commandPool(workers),
  };
}

/** `--precision R` and `--max-replications N`, as numbers (ranges checked by the library, analysis/precision.ts). */
export function precisionFlags(values: CliValues): { precision?: number; maxReplications?: number } {
  const precision = numberFlag('precision', values.precision);
  const maxReplications = numberFlag('max-replications', values['max-replications']);
  return {
    ...(precision === undefined ? {} : { precision }),
    ...(maxReplications === undefined ? {} : { maxReplications }),
  };
}
