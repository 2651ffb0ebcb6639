/**
 * `avsim size` as a library call: for each resource, measure its busy-hour offered load
 * with unlimited capacity, then search for the fewest servers whose simulated blocking's
 * upper 95% bound meets the target. Every simulation of a sizing (the unlimited run and
 * every candidate) uses the same seed and replication indices, so every candidate sees
 * the same calls (common random numbers): candidates differ by their capacity alone.
 */
import { compileWorkload } from '../model/compiled.js';
import { WorkerPool } from '../parallel/pool.js';
import { describeNumber, OptionError } from '../errors.js';
import { expectedCalls, runScenarios, runSettings, workersForRun } from './run.js';
import type { RunOptions, RunOutput, Scenario } from './run.js';
import { erlangB, erlangBServers } from '../stats/erlang-b.js';
import type { SummaryRow } from '../results/types.js';
import type { Workload } from '../workload/schema.js';
import { findSizingTarget, sizingTargets, withHourlyBuckets, withServers } from './capacity.js';
import type { SizingTarget } from './capacity.js';
import { offeredLoad } from './offered-load.js';
import type { OfferedLoad } from './offered-load.js';
import { searchFewestServers } from './sizing-search.js';
import type { Evaluation } from './sizing-search.js';

/** One `sizing.csv` row (columns in DESIGN.md). */
export interface SizingRow {
  resource: string;
  target_blocking: number;
  /** Fewest servers whose simulated blocking's upper 95% bound is at most the target. */
  servers: number;
  /** Capacity units at that count. */
  capacity: number;
  blocking_probability: number;
  blocking_ci95_high: number;
  /** Erlang B blocking of the busy-hour offered load at `capacity`. */
  erlang_b: number;
  /** Simulated blocking with `servers - 1`. */
  blocking_one_server_down: number;
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
export interface SizeOptions extends RunOptions {
  /** Blocking target, in (0, 1). */
  readonly target: number;
  /** Resource ids to size. @default every Edge of the workload */
  readonly resources?: readonly string[];
  /** Called before each batch runs (e.g. to start a progress bar over `jobs`). */
  readonly onBatch?: (batch: SizingBatch) => void;
}

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
  const { target, seed, replications, targets } = checkSizeOptions(scenario, options);
  const pool = options.pool ?? sizingPool(workload, targets.length, replications, options.workers);
  const runOptions: ResolvedOptions = {
    seed,
    replications,
    pool,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  };
  const sizings: ResourceSizing[] = [];
  try {
    for (const t of targets) sizings.push(await sizeOne(scenario, t, target, runOptions, options.onBatch));
  } finally {
    if (options.pool === undefined) await pool.close();
  }
  return {
    scenario,
    seed,
    replications,
    target,
    sizings,
    rows: sizings.map((s) => s.row),
    wallSeconds: (performance.now() - started) / 1000,
  };
}

/** The settings a sizing runs with, each checked: the library's one place for these rules. */
export function checkSizeOptions(scenario: Scenario, options: SizeOptions): { target: number; seed: number; replications: number; targets: SizingTarget[] } {
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
  return { target, seed, replications, targets };
}

/**
 * The pool every batch of a sizing runs on. One pool for them all: a pool per batch paid
 * its start-up (threads, modules, a cold JIT) six times or more, half the wall time of
 * sizing the enterprise workload. Its worker count follows `run`'s rule (see
 * {@link workersForRun}) for the calls of about four scenario runs per resource: the
 * unlimited run, then candidates one or two at a time.
 */
function sizingPool(workload: Workload, resources: number, replications: number, workers: number | undefined): WorkerPool {
  const calls = 4 * resources * expectedCalls([compileWorkload(workload)], replications);
  return new WorkerPool(workersForRun(replications, calls, workers));
}

/** Run options with the seed and replication count settled, shared by every simulation of a sizing. */
type ResolvedOptions = RunOptions & { readonly seed: number; readonly replications: number };

/** Sizes one resource: the unlimited run, then the search. */
async function sizeOne(
  scenario: Scenario,
  t: SizingTarget,
  target: number,
  options: ResolvedOptions,
  onBatch: SizeOptions['onBatch'],
): Promise<ResourceSizing> {
  const simulate = async (servers: readonly number[], hourly: boolean): Promise<RunOutput> => {
    const scenarios = servers.map((n) => {
      const patched = withServers(scenario.workload, t, n);
      return { name: `${scenario.name} ${t.resource} x ${n}`, workload: hourly ? withHourlyBuckets(patched) : patched };
    });
    onBatch?.({ resource: t.resource, servers, jobs: servers.length * options.replications });
    return runScenarios(scenarios, options);
  };
  const rowOf = (run: RunOutput, s: number): SummaryRow => {
    const row = run.summary.summary.find((r) => r.scenario === run.scenarios[s]!.name && r.resource === t.resource);
    if (!row) throw new Error(`no figures for ${t.resource} in scenario "${run.scenarios[s]!.name}"`);
    return row;
  };

  // The offered load: the resource with unlimited capacity, hourly buckets.
  const unlimited = await simulate([Infinity], true);
  const r = unlimited.resources[0]!.findIndex((info) => info.id === t.resource);
  const offered = offeredLoad(unlimited.results, r);
  const erlangServers = Math.ceil(erlangBServers(offered.busyHourErlangs, target) / t.unitsPerServer);

  const outcome = await searchFewestServers(
    async (servers) => {
      const run = await simulate(servers, false);
      return servers.map((n, s) => {
        const row = rowOf(run, s);
        return { servers: n, capacity: row.capacity, blocking: row.blocking_probability, blockingHigh: row.blocking_ci95_high };
      });
    },
    { target, start: erlangServers, upper: Math.ceil(offered.peak / t.unitsPerServer) },
  );
  const capacity = outcome.servers * t.unitsPerServer;
  return {
    target: t,
    offered,
    erlangBServers: erlangServers,
    evaluations: outcome.evaluations,
    row: {
      resource: t.resource,
      target_blocking: target,
      servers: outcome.servers,
      capacity,
      blocking_probability: outcome.best.blocking,
      blocking_ci95_high: outcome.best.blockingHigh,
      erlang_b: erlangB(offered.busyHourErlangs, capacity),
      blocking_one_server_down: outcome.oneDown.blocking,
    },
  };
}
