/**
 * A pure loss system built from a workload: one site whose media is blocked even within
 * the site, so every call is relayed through one Edge with `capacity` sessions; peer
 * audio only, flat profile, no escalation. Offered load A = users · rate · mean holding.
 */
import { WorkloadSchema } from '../../src/workload/schema.js';
import type { Workload } from '../../src/workload/schema.js';
import { runReplication } from '../../src/model/replication.js';
import { compileWorkload } from '../../src/model/compiled.js';
import { summarize } from '../../src/results/summarize.js';
import type { SummaryRow } from '../../src/results/types.js';
import { tQuantile } from '../../src/stats/student-t.js';

export interface PureLoss {
  readonly offeredErlangs: number;
  readonly capacity: number;
  readonly holding: { distribution: 'exponential'; mean: number } | { distribution: 'lognormal'; mean: number; cv: number };
  readonly replications: number;
  readonly hours: number;
}

export function pureLossWorkload(p: PureLoss): Workload {
  const users = 1000;
  const perUserPerHour = (p.offeredErlangs / p.holding.mean / users) * 3600;
  return WorkloadSchema.parse({
    name: 'pure-loss',
    seed: 11,
    simulation: { warmup: 2 * 3600, duration: p.hours * 3600, replications: p.replications, interval: 3600 },
    deployment: {
      edges: [{ name: 'edge', servers: 1, sessionsPerServer: p.capacity }],
      pools: [{ name: 'pool', edge: 'edge' }],
      sites: [{ name: 'site', pool: 'pool', users }],
    },
    network: { rules: [{ between: ['site', 'site'], p2p: 'blocked' }] },
    traffic: {
      profile: 'flat',
      perUserPerHour: { peerAudio: perUserPerHour, peerVideo: 0, conference: 0, liveMeeting: 0 },
      holdingTime: p.holding,
      escalationShare: 0,
    },
  });
}

/** Runs the replications in-process: the Edge's summary row and each replication's mean concurrency. */
export function simulateEdge(p: PureLoss): SummaryRow & { perReplicationMean: number[] } {
  const workload = pureLossWorkload(p);
  const compiled = compileWorkload(workload);
  const results = Array.from({ length: p.replications }, (_, replication) =>
    runReplication({ workload, scenario: 0, replication, seed: workload.seed }, compiled),
  );
  const row = summarize(['baseline'], compiled.resources, results).summary.find((r) => r.resource === 'edge:edge')!;
  const perReplicationMean = results.map((r) => r.resources[0]!.occupancyIntegral / r.windowSeconds);
  return { ...row, perReplicationMean };
}

/**
 * Widens a reported 95% half-width to the 99.9% level: the tests' tolerance is the
 * confidence interval itself, at a level that leaves a 1-in-1000 chance of a false alarm
 * for a correct simulator (the 95% interval would fail one seed in twenty).
 */
export function halfWidth999(low: number, high: number, replications: number): number {
  const df = replications - 1;
  return ((high - low) / 2) * (tQuantile(0.9995, df) / tQuantile(0.975, df));
}
