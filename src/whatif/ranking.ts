/**
 * Ranking the candidates, and where further replications go (docs/whatif.md, Ranking
 * and Precision). Pure functions of the paired differences so far.
 *
 * - **Rank**: by the paired change in busy-hour Edge sessions, lowest (the largest
 *   reduction) first; equal changes (most often exactly none) by the change in failed
 *   calls, lowest first, then in the candidates' order.
 * - **Resolved from zero**: the change's 95% interval excludes 0.
 * - **Rank resolved**: the candidate's interval is disjoint from the intervals of its
 *   neighbours in the ranking. Disjoint 95% intervals are a conservative test (their
 *   paired difference, on common random numbers, is resolved with more room still).
 * - **Next batch** (--precision R): the adjacent pairs of the ranking that decide the
 *   top N (pair k, k+1 for k < N, the last one the boundary of the top N) and whose
 *   intervals overlap are unresolved; each candidate of such a pair whose Edge change is
 *   not yet within R (of itself, or of one session near zero) and below the cap gets
 *   the next batch. Two candidates that stay overlapping once both are within R are a
 *   tie at that precision: neither gets more.
 */
import { isPrecise, PRECISION_FLOOR } from '../analysis/precision.js';
import { pairedMeanDelta, pairedRatioDelta } from '../stats/paired-delta.js';
import type { PairedDelta } from '../stats/paired-delta.js';
import type { ReplicationMeasures } from './measures.js';

/** A candidate's paired changes from the baseline. */
export interface CandidateFigures {
  /** Busy-hour Edge sessions: the ranking measure. */
  readonly edge: PairedDelta;
  /** Busy-hour Edge blocking. */
  readonly blocking: PairedDelta;
  /** Share of calls failed or blocked. */
  readonly failed: PairedDelta;
  /** Share of media minutes without QoS (R11). */
  readonly noQos: PairedDelta;
  /** The candidate's own busy-hour Edge sessions (mean over its replications). */
  readonly edgeSessions: number;
  /**
   * Share of the calls on another media path than in the paired baseline replication:
   * half the sum over paths of the difference in calls, over the baseline's calls (both
   * summed over the replications). Exactly 0 when every replication puts as many calls
   * on each path; from counts alone, so it is the fewest calls that can have moved.
   */
  readonly pathShift: number;
}

/** Calls that moved path between two replications of the same calls: half the sum of the differences in their path counts. */
export function movedCalls(candidate: Float64Array, baseline: Float64Array): number {
  let moved = 0;
  for (let p = 0; p < baseline.length; p++) moved += Math.abs(candidate[p]! - baseline[p]!);
  return moved / 2;
}

/**
 * The paired changes of a candidate's replications 0..n-1 against the baseline's same
 * replications.
 *
 * @param candidate - The candidate's measures, by replication index.
 * @param baseline - The baseline's, by replication index (at least as many).
 */
export function candidateFigures(candidate: readonly ReplicationMeasures[], baseline: readonly ReplicationMeasures[]): CandidateFigures {
  const n = candidate.length;
  if (baseline.length < n) throw new RangeError(`the baseline has ${baseline.length} replications, the candidate ${n}`);
  const base = baseline.slice(0, n);
  const of = (list: readonly ReplicationMeasures[], f: (m: ReplicationMeasures) => number): number[] => list.map(f);
  const sessions = of(candidate, (m) => m.edgeSessions);
  return {
    edge: pairedMeanDelta(sessions, of(base, (m) => m.edgeSessions)),
    blocking: pairedRatioDelta(of(candidate, (m) => m.edgeBlocked), of(candidate, (m) => m.edgeOffered), of(base, (m) => m.edgeBlocked), of(base, (m) => m.edgeOffered)),
    failed: pairedRatioDelta(of(candidate, (m) => m.failedCalls), of(candidate, (m) => m.calls), of(base, (m) => m.failedCalls), of(base, (m) => m.calls)),
    noQos: pairedRatioDelta(of(candidate, (m) => m.relayedMinutes), of(candidate, (m) => m.mediaMinutes), of(base, (m) => m.relayedMinutes), of(base, (m) => m.mediaMinutes)),
    edgeSessions: sessions.reduce((a, b) => a + b, 0) / n,
    pathShift: pathShift(candidate, base),
  };
}

/** {@link CandidateFigures.pathShift}: 0 without calls. */
function pathShift(candidate: readonly ReplicationMeasures[], baseline: readonly ReplicationMeasures[]): number {
  let moved = 0;
  let calls = 0;
  candidate.forEach((m, r) => {
    moved += movedCalls(m.paths, baseline[r]!.paths);
    calls += baseline[r]!.calls;
  });
  return calls > 0 ? moved / calls : 0;
}

/**
 * Candidate indices in rank order: lowest Edge change first; equal ones by `tieBreak`
 * (the change in failed calls), lowest first; then in candidate order.
 */
export function rankOrder(edge: readonly PairedDelta[], tieBreak: readonly number[] = []): number[] {
  return edge.map((_, i) => i).sort((a, b) => edge[a]!.delta - edge[b]!.delta || (tieBreak[a] ?? 0) - (tieBreak[b] ?? 0) || a - b);
}

/** The change's 95% interval excludes zero. */
export function resolvedFromZero(d: PairedDelta): boolean {
  return d.low > 0 || d.high < 0;
}

/** Two intervals that do not overlap (never without both intervals). */
export function disjoint(a: PairedDelta, b: PairedDelta): boolean {
  return a.high < b.low || b.high < a.low;
}

/** Per candidate (by index): its interval is disjoint from its neighbours' in `order`. */
export function rankResolution(order: readonly number[], edge: readonly PairedDelta[]): boolean[] {
  const out = edge.map(() => true);
  for (let k = 0; k + 1 < order.length; k++) {
    const [a, b] = [order[k]!, order[k + 1]!];
    if (!disjoint(edge[a]!, edge[b]!)) out[a] = out[b] = false;
  }
  return out;
}

/** Whether a candidate's Edge change is within the precision asked. */
export function edgePrecise(d: PairedDelta, precision: number): boolean {
  return isPrecise({ value: d.delta, low: d.low, high: d.high, floor: PRECISION_FLOOR.units }, precision);
}

/**
 * The candidates (indices, ascending) that get the next batch (see the module comment).
 *
 * @param replications - Per candidate, replications run so far.
 * @param top - How many of the ranking matter (the whole ranking: the candidate count).
 * @param tieBreak - As for {@link rankOrder}.
 */
export function nextBatch(edge: readonly PairedDelta[], replications: readonly number[], plan: { readonly precision: number; readonly cap: number }, top: number, tieBreak: readonly number[] = []): number[] {
  const order = rankOrder(edge, tieBreak);
  const chosen = new Set<number>();
  for (let k = 0; k < Math.min(top, order.length - 1); k++) {
    const pair = [order[k]!, order[k + 1]!];
    if (disjoint(edge[pair[0]!]!, edge[pair[1]!]!)) continue;
    for (const c of pair) if (!edgePrecise(edge[c]!, plan.precision) && replications[c]! < plan.cap) chosen.add(c);
  }
  return [...chosen].sort((a, b) => a - b);
}
