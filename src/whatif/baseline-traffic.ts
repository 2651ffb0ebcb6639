/**
 * What the baseline's first batch says about where a change could matter, to keep the
 * candidates of a kind to the {@link MAX_PER_KIND} that matter most when a workload has
 * more: two-party calls relayed through our Edge or failed, by pair of sites and by
 * site (from the replications' calls by location pair and path), and each resource's
 * requests offered and refused.
 */
import { PATH_INDEX, PATHS } from '../negotiation/paths.js';
import type { ReplicationResult, SummaryRow } from '../results/types.js';

/** Most candidates of one kind; beyond, the ones with the most traffic they could change are kept (docs/whatif.md). */
export const MAX_PER_KIND = 16;

/** Paths of a two-party call that a network change could move: relayed through our Edge, or failed. */
const CHANGEABLE = [PATH_INDEX['edge-udp'], PATH_INDEX['edge-tcp'], PATH_INDEX['failed-no-path'], PATH_INDEX['failed-certificate'], PATH_INDEX['blocked-capacity']];

/** The baseline's traffic, means per replication of its first batch. */
export interface BaselineTraffic {
  /** Per unordered pair of sites (key `lower * sites + higher`), relayed or failed two-party calls between them. */
  readonly pairCalls: ReadonlyMap<number, number>;
  /** Per site, relayed or failed two-party calls with one end there (the other anywhere). */
  readonly siteCalls: Float64Array;
  /** Per resource id, its summary row (offered, blocked, ...). */
  readonly resources: ReadonlyMap<string, SummaryRow>;
}

/** The key of an unordered pair of sites. */
export function pairKey(a: number, b: number, sites: number): number {
  return Math.min(a, b) * sites + Math.max(a, b);
}

/**
 * Reads the baseline's traffic from its first batch.
 *
 * @param results - The baseline's replications, each with `pairPaths` (run with `observe.pairPaths`).
 * @param sites - The workload's site count (locations beyond are remote, federated, anonymous).
 * @param summary - The baseline's summary rows.
 * @throws Error when a replication lacks its pair paths.
 */
export function baselineTraffic(results: readonly ReplicationResult[], sites: number, summary: readonly SummaryRow[]): BaselineTraffic {
  const pairCalls = new Map<number, number>();
  const siteCalls = new Float64Array(sites);
  const n = results.length;
  for (const result of results) {
    const table = result.pairPaths;
    if (table === undefined) throw new Error(`baseline replication ${result.replication} has no calls by pair`);
    const stride = 2 + PATHS.length; // [caller, callee, calls by path...]
    for (let at = 0; at + stride <= table.length; at += stride) {
      const caller = table[at]!;
      const callee = table[at + 1]!;
      let calls = 0;
      for (const p of CHANGEABLE) calls += table[at + 2 + p]!;
      if (calls === 0) continue;
      if (caller < sites) siteCalls[caller]! += calls / n;
      if (callee < sites && callee !== caller) siteCalls[callee]! += calls / n;
      if (caller < sites && callee < sites) {
        const key = pairKey(caller, callee, sites);
        pairCalls.set(key, (pairCalls.get(key) ?? 0) + calls / n);
      }
    }
  }
  return { pairCalls, siteCalls, resources: new Map(summary.map((row) => [row.resource, row])) };
}

/**
 * The {@link MAX_PER_KIND} of `items` of highest `weight` (the earlier of equals), in
 * their own order, and how many were left out.
 */
export function keepTop<T>(items: readonly T[], weight: (item: T) => number): { kept: T[]; left: number } {
  if (items.length <= MAX_PER_KIND) return { kept: [...items], left: 0 };
  const ranked = items.map((item, i) => ({ i, w: weight(item) })).sort((x, y) => y.w - x.w || x.i - y.i);
  const keep = new Set(ranked.slice(0, MAX_PER_KIND).map((r) => r.i));
  return { kept: items.filter((_, i) => keep.has(i)), left: items.length - MAX_PER_KIND };
}
