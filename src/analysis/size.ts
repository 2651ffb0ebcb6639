/**
 * `avsim size` as a library call: for each resource, measure its offered load with
 * unlimited capacity, then search for the fewest servers whose simulated blocking's
 * upper 95% bound meets the target: in the busy hour by default (MEDIA-RULES.md, Busy
 * hour and grade of service), or over the whole window. With `redundancy: 'n+1'`, the
 * target must still hold with one server down. Every simulation of a sizing (the
 * unlimited run and every candidate) uses the same seed and replication indices, so
 * every candidate sees the same calls (common random numbers): candidates differ by
 * their capacity alone.
 */
import { compileWorkload } from '../model/compiled.js';
import { WorkerPool } from '../parallel/pool.js';
import { describeNumber, OptionError } from '../errors.js';
import { expectedCalls, runScenarios, runSettings, workersForRun } from './run.js';
import type { RunOptions, RunOutput, Scenario } from './run.js';
import { erlangB, erlangBServers } from '../stats/erlang-b.js';
import type { SummaryRow } from '../results/types.js';
import type { Workload } from '../workload/schema.js';
import { boughtInServers, findSizingTarget, sizingTargets, withServers } from './capacity.js';
import type { SizingTarget } from './capacity.js';
import { searchFewestServers } from './sizing-search.js';
import type { Evaluation } from './sizing-search.js';

/** Where the blocking target must hold: in the busy hour (the default) or over the whole window. */
export type SizingPeriod = 'busy-hour' | 'window';
/** `n+1`: the target must hold with one server down. */
export type Redundancy = 'none' | 'n+1';

/** One `sizing.csv` row (columns in DESIGN.md; the last five appended). */
export interface SizingRow {
  resource: string;
  target_blocking: number;
  /** Fewest servers meeting the target (with one of them down, under n+1). */
  servers: number;
  /** Capacity units at that count. */
  capacity: number;
  /** Simulated blocking at `servers`, over the period sized for, and the upper end of its 95% interval. */
  blocking_probability: number;
  blocking_ci95_high: number;
  /** Erlang B blocking of the busy-hour offered load at `capacity`. */
  erlang_b: number;
  /** Simulated blocking with `servers - 1`, over the period sized for. */
  blocking_one_server_down: number;
  /** `busy-hour` or `window`. */
  over: SizingPeriod;
  redundancy: Redundancy;
  /** The busy hour ("HH:MM" UTC) and its offered traffic (erlangs, in the resource's units). */
  busy_hour_utc: string;
  busy_hour_offered_erlangs: number;
  /** Capacity units one server adds. */
  units_per_server: number;
}

/** The offered load of one resource, measured with unlimited capacity. */
export interface OfferedLoad {
  /** Busy-hour offered traffic, erlangs (unit-seconds requested in the busy hour / 3600). */
  readonly busyHourErlangs: number;
  /** The busy hour, "HH:MM" UTC. */
  readonly busyHour: string;
  /** Mean offered traffic over the whole window, erlangs (mean occupancy, nothing being refused). */
  readonly windowErlangs: number;
  /** Highest occupancy seen in any replication's window. */
  readonly peak: number;
}

/** A batch of simulations about to run. */
export interface SizingBatch {
  readonly resource: string;
  /** Server counts simulated (`Infinity`: the unlimited run that measures the offered load). */
  readonly servers: readonly number[];
  /** Replications in the batch. */
  readonly jobs: number;
}

/** Options of {@link size}. */
export interface SizeOptions extends Omit<RunOptions, 'onBatch' | 'precision' | 'maxReplications'> {
  /** Blocking target, in (0, 1). */
  readonly target: number;
  /** Where the target must hold. @default 'busy-hour' */
  readonly over?: SizingPeriod;
  /** `n+1`: the target must hold with one server down. @default 'none' */
  readonly redundancy?: Redundancy;
  /** Resource ids to size. @default every Edge of the workload */
  readonly resources?: readonly string[];
  /** Called before each batch runs (e.g. to start a progress bar over `jobs`). */
  readonly onBatch?: (batch: SizingBatch) => void;
  /**
   * Runs one batch of candidate scenarios. A sharded sizing gives its own, which reads
   * the batch from partial results or runs a slice of it (analysis/size-rounds.ts); no
   * pool is then started here unless `pool` is given.
   * @default runScenarios
   */
  readonly runBatch?: BatchRunner;
}

/** What the search reads of a batch's run. */
export type BatchOutput = Pick<RunOutput, 'scenarios' | 'summary'>;

/** Runs one batch of candidates: every scenario, with the sizing's seed and replication count. */
export type BatchRunner = (scenarios: readonly Scenario[], options: RunOptions & { readonly seed: number; readonly replications: number }) => Promise<BatchOutput>;

/** One resource's sizing. */
export interface ResourceSizing {
  readonly target: SizingTarget;
  readonly row: SizingRow;
  /** Measured with unlimited capacity. */
  readonly offered: OfferedLoad;
  /** Servers Erlang B asks for at the busy-hour load (the search's first guess). */
  readonly erlangBServers: number;
  /** Every candidate simulated, by server count. */
  readonly evaluations: readonly Evaluation[];
}

/** Everything a sizing produces before it is written. */
export interface SizeOutput {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly replications: number;
  readonly target: number;
  readonly over: SizingPeriod;
  readonly redundancy: Redundancy;
  readonly sizings: readonly ResourceSizing[];
  /** `sizing.csv`'s rows, one per resource. */
  readonly rows: readonly SizingRow[];
  readonly wallSeconds: number;
}

/**
 * Sizes the resources of one scenario.
 *
 * @throws OptionError when the target is not in (0, 1), fewer than two replications are
 *   asked for (the search needs an interval), a resource id is unknown, or there is no
 *   resource to size; the pool's errors (ReplicationError, InterruptedError) pass through.
 */
export async function size(scenario: Scenario, options: SizeOptions): Promise<SizeOutput> {
  const started = performance.now();
  const { workload } = scenario;
  const { target, seed, replications, targets, over, redundancy } = checkSizeOptions(scenario, options);
  const pool = options.pool ?? (options.runBatch === undefined ? sizingPool(workload, targets.length, replications, options.workers) : undefined);
  const runOptions: ResolvedOptions = {
    seed,
    replications,
    ...(pool === undefined ? {} : { pool }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  };
  const sizings: ResourceSizing[] = [];
  try {
    for (const t of targets) sizings.push(await sizeOne(scenario, t, { target, over, redundancy }, runOptions, options.onBatch, options.runBatch ?? runScenarios));
  } finally {
    if (options.pool === undefined) await pool?.close();
  }
  return {
    scenario,
    seed,
    replications,
    target,
    over,
    redundancy,
    sizings,
    rows: sizings.map((s) => s.row),
    wallSeconds: (performance.now() - started) / 1000,
  };
}

/** The settings a sizing runs with, each checked: the library's one place for these rules. */
export function checkSizeOptions(
  scenario: Scenario,
  options: SizeOptions,
): { target: number; seed: number; replications: number; targets: SizingTarget[]; over: SizingPeriod; redundancy: Redundancy } {
  const { workload } = scenario;
  const target = options.target;
  if (!(target > 0 && target < 1)) {
    throw new OptionError('target', `expected a blocking probability strictly between 0 and 1 (e.g. 0.01), got ${describeNumber(target)}`);
  }
  const { seed, replications } = runSettings(scenario, options);
  if (replications < 2) {
    throw new OptionError('replications', `expected at least 2 for sizing (the search uses the blocking's 95% interval), got ${replications}`);
  }
  const known = sizingTargets(workload).map((t) => t.resource);
  const ids = options.resources ?? known.filter((id) => id.startsWith('edge:'));
  if (ids.length === 0) {
    throw new OptionError('resource', `scenario "${scenario.name}" deploys no A/V Edge: name the resource to size (known: ${known.join(', ')})`);
  }
  const targets = ids.map((id) => {
    const found = findSizingTarget(workload, id);
    if (!found) throw new OptionError('resource', `no resource "${id}" in scenario "${scenario.name}" (known: ${known.join(', ')})`);
    return found;
  });
  const over = options.over ?? 'busy-hour';
  if (over !== 'busy-hour' && over !== 'window') throw new OptionError('over', `expected busy-hour or window, got ${String(over)}`);
  const redundancy = options.redundancy ?? 'none';
  if (redundancy !== 'none' && redundancy !== 'n+1') throw new OptionError('redundancy', `expected none or n+1, got ${String(redundancy)}`);
  // n+1 is a server that fails. A port range, a CAC limit or a Mediation pool's sessions
  // are sized unit by unit: one unit more is no spare server, so it is not offered as one.
  const units = targets.find((t) => !boughtInServers(t.kind));
  if (redundancy === 'n+1' && units !== undefined) {
    throw new OptionError('redundancy', `n+1 (one server down) is for A/V Edge and MCU servers; ${units.resource} is sized unit by unit, where no server fails: size it without --redundancy`);
  }
  return { target, seed, replications, targets, over, redundancy };
}

/**
 * The pool every batch of a sizing runs on. One pool for them all: a pool per batch paid
 * its start-up (threads, modules, a cold JIT) six times or more, half the wall time of
 * sizing the enterprise workload. Its worker count follows `run`'s rule (see
 * {@link workersForRun}) for the calls of about four scenario runs per resource: the
 * unlimited run, then candidates one or two at a time.
 */
function sizingPool(workload: Workload, resources: number, replications: number, workers: number | undefined): WorkerPool {
  return new WorkerPool(sizingWorkers(workload, resources, replications, workers));
}

/** The workers of {@link sizingPool}, or of one shard's pool for every round of a sizing in `shards` shards (its share of the calls). */
export function sizingWorkers(workload: Workload, resources: number, replications: number, workers: number | undefined, shards = 1): number {
  const calls = 4 * resources * expectedCalls([compileWorkload(workload)], replications);
  return workersForRun(Math.ceil(replications / shards), calls / shards, workers);
}

/** Run options with the seed and replication count settled, shared by every simulation of a sizing. */
type ResolvedOptions = RunOptions & { readonly seed: number; readonly replications: number };

/** What one resource's sizing must meet. */
interface Criterion {
  readonly target: number;
  readonly over: SizingPeriod;
  readonly redundancy: Redundancy;
}

/** A candidate's blocking over the period sized for, read from its summary row. */
function evaluation(servers: number, row: SummaryRow, over: SizingPeriod): Evaluation {
  return over === 'window'
    ? { servers, capacity: row.capacity, blocking: row.blocking_probability, blockingHigh: row.blocking_ci95_high }
    : { servers, capacity: row.capacity, blocking: row.busy_hour_blocking, blockingHigh: row.busy_hour_blocking_ci95_high };
}

/** Sizes one resource: the unlimited run, then the search (and, for n+1, one server more). */
async function sizeOne(scenario: Scenario, t: SizingTarget, criterion: Criterion, options: ResolvedOptions, onBatch: SizeOptions['onBatch'], runBatch: BatchRunner): Promise<ResourceSizing> {
  const simulate = async (servers: readonly number[]): Promise<BatchOutput> => {
    const scenarios = servers.map((n) => ({ name: `${scenario.name} ${t.resource} x ${n}`, workload: withServers(scenario.workload, t, n) }));
    onBatch?.({ resource: t.resource, servers, jobs: servers.length * options.replications });
    return runBatch(scenarios, options);
  };
  const rowOf = (run: BatchOutput, s: number): SummaryRow => {
    const row = run.summary.summary.find((r) => r.scenario === run.scenarios[s]!.name && r.resource === t.resource);
    if (!row) throw new Error(`no figures for ${t.resource} in scenario "${run.scenarios[s]!.name}"`);
    return row;
  };

  // The offered load: the resource with unlimited capacity refuses nothing, so its busy
  // hour and its mean occupancy are the offered traffic's.
  const unlimitedRow = rowOf(await simulate([Infinity]), 0);
  const offered: OfferedLoad = {
    busyHourErlangs: Number.isFinite(unlimitedRow.busy_hour_offered_erlangs) ? unlimitedRow.busy_hour_offered_erlangs : unlimitedRow.mean_concurrency,
    busyHour: unlimitedRow.busy_hour_utc,
    windowErlangs: unlimitedRow.mean_concurrency,
    peak: unlimitedRow.peak_concurrency,
  };
  const load = criterion.over === 'window' ? offered.windowErlangs : offered.busyHourErlangs;
  const erlangServers = Math.ceil(erlangBServers(load, criterion.target) / t.unitsPerServer);
  const n1 = criterion.redundancy === 'n+1' ? 1 : 0;

  const known = new Map<number, { evaluation: Evaluation; row: SummaryRow }>();
  const outcome = await searchFewestServers(
    async (servers) => {
      const run = await simulate(servers);
      return servers.map((n, s) => {
        const row = rowOf(run, s);
        const e = evaluation(n, row, criterion.over);
        known.set(n, { evaluation: e, row });
        return e;
      });
    },
    { target: criterion.target, start: erlangServers, upper: Math.ceil(offered.peak / t.unitsPerServer) },
  );
  // n+1: the fewest count that still meets the target with one server down is one more
  // than the fewest that meets it (blocking does not rise with servers).
  const servers = outcome.servers + n1;
  if (!known.has(servers)) {
    const run = await simulate([servers]);
    const row = rowOf(run, 0);
    known.set(servers, { evaluation: evaluation(servers, row, criterion.over), row });
  }
  const best = known.get(servers)!;
  const oneDown = known.get(servers - 1)?.evaluation ?? outcome.oneDown;
  const capacity = servers * t.unitsPerServer;
  return {
    target: t,
    offered,
    erlangBServers: erlangServers + n1,
    evaluations: [...known.values()].map((k) => k.evaluation).sort((a, b) => a.servers - b.servers),
    row: {
      resource: t.resource,
      target_blocking: criterion.target,
      servers,
      capacity,
      blocking_probability: best.evaluation.blocking,
      blocking_ci95_high: best.evaluation.blockingHigh,
      // Erlang B of the row's own busy-hour load (the hour whose blocking it reports).
      erlang_b: erlangB(best.row.busy_hour_utc === '' ? offered.busyHourErlangs : best.row.busy_hour_offered_erlangs, capacity),
      blocking_one_server_down: oneDown.blocking,
      over: criterion.over,
      redundancy: criterion.redundancy,
      busy_hour_utc: best.row.busy_hour_utc,
      busy_hour_offered_erlangs: best.row.busy_hour_offered_erlangs,
      units_per_server: t.unitsPerServer,
    },
  };
}
