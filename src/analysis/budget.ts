/**
 * The work budget: what a run will ask of the machine, estimated from the validated
 * workloads before anything runs, against documented limits (docs/workload.md,
 * Limits). A run beyond them is refused at once (an AvsimError of kind `budget`, exit
 * 2), with the fields that make it too large and the limit, instead of a crash after
 * an hour or a run that never ends. `avsim validate` reports the same limits as `run`.
 *
 * The estimates are deliberately simple (the busy-hour rate everywhere for concurrency,
 * the profile's mean for calls) and err on the large side; the limits sit well above the
 * legitimate large runs the tests keep running (2,000 sites; a 1-minute interval over 30
 * days; 10 million calls; 10,000 one-user sites).
 *
 * A run in n shards (analysis/shard.ts) is held to the calls limit per shard, since each
 * shard is one machine's work, and to {@link BUDGET.shardedCalls} in all; what its merge
 * holds and writes (the results, timeseries.csv) is one machine's and keeps the run's
 * limits, as does what one replication holds (the calls in progress). A shard's partial
 * result is written and read a line at a time, one line per replication's result, and
 * V8 caps a text's length: a replication's result in it has a limit of its own
 * ({@link BUDGET.partialLineChars}).
 */
import { AvsimError } from '../errors.js';
import { CALL_KINDS } from '../workload/kinds.js';
import { hasPstnCalls, holdingOf, largestSize, profileOf, ratesOf } from '../workload/resolve.js';
import type { Workload } from '../workload/schema.js';
import { profileWeights } from '../model/profile.js';

/** The limits of one run (all scenarios, all replications). */
export const BUDGET = {
  /** Calls simulated, warm-up included: about ten minutes of two workers here. */
  calls: 500_000_000,
  /** Calls of a sharded run in all: a hundred machines' worth (counts stay exact in doubles far past it). */
  shardedCalls: 50_000_000_000,
  /** Calls in progress at once in one replication (the call table and event queue hold them). */
  concurrentCalls: 5_000_000,
  /** Numbers the replications' results hold until they are merged (8 bytes each): 1.5 GiB. */
  resultNumbers: (1.5 * 1024 ** 3) / 8,
  /** Rows of timeseries.csv (scenarios x resources x buckets). */
  timeseriesRows: 5_000_000,
  /**
   * Characters of a replication's result in a partial result (analysis/partial.ts), one
   * line written and read as one string: under V8's longest (2^29 - 24, 537 million),
   * with room to spare as the estimate is at or above the real line (budget.test.ts).
   */
  partialLineChars: 500_000_000,
} as const;

/** One scenario's share of the work. */
export interface ScenarioWork {
  readonly callsPerReplication: number;
  readonly concurrentCalls: number;
  readonly resources: number;
  readonly buckets: number;
  readonly hours: number;
  /** Numbers one replication's result holds. */
  readonly resultNumbers: number;
}

/** A run's work, in all. */
export interface WorkEstimate {
  readonly scenarios: readonly ScenarioWork[];
  readonly replications: number;
  readonly calls: number;
  /**
   * Calls of the largest shard of `shards`, at most: its share of the jobs (rounded up),
   * each as large as the largest scenario's replication, and never more than `calls`
   * (which it is when unsharded).
   */
  readonly callsPerShard: number;
  /** Characters of the longest result line of a partial (base64 numbers and each resource's fields); 0 when unsharded. */
  readonly partialLineChars: number;
  /** The shard count n; undefined when the run is not sharded. */
  readonly shards: number | undefined;
  readonly resultNumbers: number;
  readonly timeseriesRows: number;
}

/** Histogram levels a result may carry per resource, at most (grown on demand past the first thousand). */
const HISTOGRAM_LEVELS = 1024;

/** What one scenario of `workload` asks of one replication. */
export function scenarioWork(workload: Workload): ScenarioWork {
  const { deployment, traffic, simulation } = workload;
  const simulated = simulation.warmup + simulation.duration;
  let calls = 0;
  let concurrent = 0;
  const callers = [...deployment.sites.map((_, s) => s), undefined];
  for (const s of callers) {
    const users = s === undefined ? deployment.remote.users : deployment.sites[s]!.users;
    if (users === 0) continue;
    const rates = ratesOf(workload, s);
    const weights = profileWeights(profileOf(workload, s));
    const meanWeight = weights.reduce((a, b) => a + b, 0) / 24;
    for (const kind of CALL_KINDS) {
      const perSecond = (users * rates[kind]) / 3600;
      calls += perSecond * meanWeight * simulated;
      concurrent += perSecond * holdingOf(traffic, kind).mean;
    }
  }
  const cac = workload.cac;
  const links = cac === undefined ? 0 : 2 * (cac.sites.length + cac.regionLinks.length + cac.interSite.length);
  const mediation = hasPstnCalls(workload) ? deployment.pools.length : 0;
  const resources = deployment.edges.length + deployment.pools.length + deployment.sites.length + links + mediation;
  const buckets = Math.ceil(simulation.duration / simulation.interval);
  const hours = Math.ceil(simulation.duration / 3600) + 1;
  const meeting = Math.max(largestSize(traffic.conferenceSize, 'conferenceSize'), largestSize(traffic.liveMeetingSize, 'liveMeetingSize'));
  const resultNumbers = resources * (5 * buckets + 5 * hours + Math.min(HISTOGRAM_LEVELS, 64 + meeting)) + 16;
  return { callsPerReplication: calls, concurrentCalls: concurrent, resources, buckets, hours, resultNumbers };
}

/** Characters a partial result spends on a number of a result (8 bytes in base64), and on each resource's fields besides. */
const PARTIAL_CHARS_PER_NUMBER = 32 / 3;
const PARTIAL_CHARS_PER_RESOURCE = 400;

/** The work of a run of these workloads (one per scenario), each for `replications`, in `shards` (undefined: not sharded). */
export function estimateWork(workloads: readonly Workload[], replications: number, shards?: number): WorkEstimate {
  const scenarios = workloads.map(scenarioWork);
  let calls = 0;
  let largest = 0;
  let longestLine = 0;
  let resultNumbers = 0;
  let timeseriesRows = 0;
  for (const s of scenarios) {
    calls += s.callsPerReplication * replications;
    largest = Math.max(largest, s.callsPerReplication);
    // A busy resource's histogram may reach its initial room of a thousand levels, past the estimate's.
    longestLine = Math.max(longestLine, (s.resultNumbers + s.resources * HISTOGRAM_LEVELS) * PARTIAL_CHARS_PER_NUMBER + s.resources * PARTIAL_CHARS_PER_RESOURCE);
    resultNumbers += s.resultNumbers * replications;
    timeseriesRows += s.resources * s.buckets;
  }
  // A shard never simulates more than the whole run: a sharded run that fits one machine fits every shard.
  const callsPerShard = shards === undefined || shards === 1 ? calls : Math.min(calls, Math.ceil((scenarios.length * replications) / shards) * largest);
  const partialLineChars = shards === undefined ? 0 : longestLine;
  return { scenarios, replications, calls, callsPerShard, partialLineChars, shards, resultNumbers, timeseriesRows };
}

/** A count in words: "1.2e12", "50 billion", "310 million", "45,000". */
function many(n: number): string {
  if (n >= 1e12) return n.toExponential(1).replace('e+', 'e');
  if (n >= 1e9) return `${Number((n / 1e9).toPrecision(3))} billion`;
  if (n >= 1e6) return `${Number((n / 1e6).toPrecision(3))} million`;
  return Math.round(n).toLocaleString('en-US');
}

/**
 * Every way the run of these workloads exceeds the budget, each naming the fields that
 * make it large and the limit; empty when it fits. `shards`: the run's shard count n
 * (`--shard i/n`), whose every shard is held to the calls limit and writes a partial
 * result; undefined when the run is not sharded.
 */
export function budgetProblems(workloads: readonly Workload[], replications: number, shards?: number): string[] {
  const work = estimateWork(workloads, replications, shards);
  const problems: string[] = [];
  const scenarios = workloads.length === 1 ? '' : ` x ${workloads.length} scenarios`;
  const first = workloads[0];
  if (first === undefined) return problems;
  const { simulation } = first;
  const users = first.deployment.sites.reduce((a, s) => a + s.users, 0) + first.deployment.remote.users;
  const fields =
    `${many(users)} users (deployment.sites[].users, deployment.remote.users) ` +
    `x their calls per hour (traffic.perUserPerHour) x ${Number(((simulation.warmup + simulation.duration) / 3600).toPrecision(3))} h simulated (simulation.warmup + simulation.duration) ` +
    `x ${replications} replications (simulation.replications)${scenarios}`;
  if ((shards === undefined || shards === 1) && work.calls > BUDGET.calls) {
    problems.push(`the run would simulate about ${many(work.calls)} calls (limit ${many(BUDGET.calls)}): ${fields}; fewer replications, a shorter window or lower rates bring it under, or --shard i/n spreads it over machines`);
  }
  if (shards !== undefined && shards > 1 && work.callsPerShard > BUDGET.calls) {
    problems.push(
      `a shard of ${shards} would simulate up to about ${many(work.callsPerShard)} calls (limit ${many(BUDGET.calls)} a shard): ${fields}, over ${shards} shards (--shard i/${shards}); more shards, fewer replications, a shorter window or lower rates bring it under`,
    );
  }
  if (shards !== undefined && shards > 1 && work.calls > BUDGET.shardedCalls) {
    problems.push(`the sharded run would simulate about ${many(work.calls)} calls in all (limit ${many(BUDGET.shardedCalls)}): ${fields}; fewer replications, a shorter window or lower rates bring it under`);
  }
  workloads.forEach((w, i) => {
    const s = work.scenarios[i]!;
    if (s.concurrentCalls > BUDGET.concurrentCalls) {
      problems.push(
        `${workloads.length === 1 ? '' : `scenario ${i + 1}: `}about ${many(s.concurrentCalls)} calls would be in progress at once in the busy hour (limit ${many(BUDGET.concurrentCalls)}): ` +
          `the users (deployment.sites[].users) x their calls per hour (traffic.perUserPerHour) x the mean holding time (traffic.holdingTime)`,
      );
    }
  });
  if (work.resultNumbers > BUDGET.resultNumbers) {
    const s = work.scenarios[0]!;
    const gib = (work.resultNumbers * 8) / 1024 ** 3;
    problems.push(
      `the results would take about ${gib.toPrecision(3)} GiB before they are merged (limit ${((BUDGET.resultNumbers * 8) / 1024 ** 3).toPrecision(2)} GiB): ` +
        `${many(s.buckets)} time-series buckets (simulation.duration / simulation.interval) x ${many(s.resources)} resources (edges, pools, sites, CAC links and Mediation pools) ` +
        `x ${replications} replications (simulation.replications)${scenarios}; a longer simulation.interval, a shorter simulation.duration or fewer replications bring it under`,
    );
  }
  if (shards !== undefined && work.partialLineChars > BUDGET.partialLineChars) {
    const s = work.scenarios[0]!;
    problems.push(
      `a replication's result would take about ${Math.round(work.partialLineChars / 1e6).toLocaleString('en-US')} MB in a shard's partial result (limit ${BUDGET.partialLineChars / 1e6} MB, one line of it, read as one text): ` +
        `${many(s.buckets)} time-series buckets (simulation.duration / simulation.interval) and ${many(s.hours)} clock hours (simulation.duration) x ${many(s.resources)} resources; a shorter simulation.duration or a longer simulation.interval bring it under`,
    );
  }
  if (work.timeseriesRows > BUDGET.timeseriesRows) {
    problems.push(
      `timeseries.csv would have ${many(work.timeseriesRows)} rows (limit ${many(BUDGET.timeseriesRows)}): time-series buckets (simulation.duration / simulation.interval) x resources${scenarios}; a longer simulation.interval brings it under`,
    );
  }
  return problems;
}

/**
 * Refuses a run beyond the budget.
 *
 * @throws AvsimError of kind `budget` listing every problem (see {@link budgetProblems})
 */
export function checkWorkBudget(workloads: readonly Workload[], replications: number, shards?: number): void {
  const problems = budgetProblems(workloads, replications, shards);
  if (problems.length > 0) throw new AvsimError('budget', `refused, too large for ${runIn(shards)}: ${problems.join('; and ')}`);
}

/** "one run", or "a run in n shards" (n = 1 included: its one shard writes a partial). */
export function runIn(shards: number | undefined): string {
  return shards === undefined ? 'one run' : `a run in ${shards} shard${shards === 1 ? '' : 's'}`;
}
