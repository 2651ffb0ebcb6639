/** One subcommand of `avsim`: what `--help` says of it, the flags it takes, and what it does. */
import type { CliValues, OptionName } from './options.js';

export interface Command {
  readonly name: string;
  /** One line: `avsim run FILE [options]`. */
  readonly usage: string;
  /** One line for `avsim --help`. */
  readonly summary: string;
  /** The body of `avsim <name> --help`, after the usage line. */
  readonly help: string;
  readonly flags: readonly OptionName[];
  /** Does the work and returns the exit code; throws AvsimErrors for the CLI to render. */
  run(positionals: string[], values: CliValues): Promise<number> | number;
}

/** Help text of the flags every simulating command shares. */
export const SIMULATION_HELP = `  --out DIR           where to write (default results/<workload name>/<command>)
  --seed N            overrides the workload's seed (same workload + seed = same bytes)
  --replications N    overrides simulation.replications (1 to 10,000)
  --workers N         worker threads (default: as many as the run is worth, at most the cores);
                      results do not depend on it
  --json              print the summary as one JSON document on stdout
  --quiet             print nothing but errors
  --no-report         write the CSVs only, no report.html`;

/** Help text of `--shard` (run, compare, size). */
export const SHARD_HELP = `  --shard i/n         run only the i-th of n slices of the jobs (1 <= i <= n) and write a
                      partial result into --out (default results/<workload name>/<command>-partials);
                      \`avsim merge\` of all n writes the same files as one run (docs/sharding.md)`;
export const WAIT_HELP = `  --wait SECONDS      with --shard, when all n shards run at once on one folder: go on to
                      each next round in this process (one warm pool) once the other shards
                      have written theirs, waiting up to SECONDS (1 to 86400) for each;
                      exits 1 naming the missing shards when they are not there by then`;
/**
 * Help text of --precision and --max-replications; `until` is the clause naming what must
 * be precise, already wrapped to the help's width (continuation lines indented by 22).
 *
 * @param per - What the cap counts replications of. @default 'scenario'
 */
export function precisionHelp(until: string, per = 'scenario'): string {
  return `  --precision R       add replications in batches (each as large as the first, in index
                      order) until ${until}
                      (R = 0.05: 5%), or the cap; the same replications, and bytes,
                      whatever --workers is (docs/whatif.md, Precision)
  --max-replications N
                      the most replications per ${per} with --precision (default: ten
                      batches, fewer when the work budget admits fewer)`;
}
