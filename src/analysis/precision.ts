/**
 * Replications where they matter (`--precision R`): a run adds replications in fixed
 * batches, in index order, until every figure it reports is precise enough, or a cap.
 *
 * - Batches: the first is the run's replication count (`--replications`, else
 *   `simulation.replications`); each further batch is as large as the first; the last
 *   may be cut to end at the cap.
 * - A figure is precise when both ends of its 95% interval lie within
 *   `R x max(|value|, floor)` of its value. The floor is what a figure's precision is
 *   relative to when the figure is near zero: 1% for probabilities and shares (a
 *   blocking of 0.01% need not be known to 10% of itself, but to 10% of the 1% a grade
 *   of service is usually set at), one unit (session, leg, port) for concurrencies. A
 *   figure of exactly 0 with a zero-width interval (nothing offered, or a change that
 *   changes nothing on common random numbers) is precise at once; one with no interval
 *   yet (a single replication) is not.
 * - The cap: `--max-replications N`, else ten batches, lowered to the most the work
 *   budget admits (analysis/budget.ts), never below the first batch.
 *
 * The decision to go on depends only on the figures of the batches completed, which do
 * not depend on the worker count or on timing, so the run stops at the same replication
 * count, with the same bytes, on any machine. Its results are those of a plain run with
 * that many replications (same seed, same indices).
 */
import { budgetProblems } from './budget.js';
import { checkInteger, describeNumber, OptionError } from '../errors.js';
import type { Workload } from '../workload/schema.js';
import { MAX_REPLICATIONS } from '../workload/schema.js';

/** The options of a run that asks for precision. */
export interface PrecisionOptions {
  /**
   * Relative 95% half-width to reach, in (0, 1] (0.05: within 5% of the value). Without
   * it, a run simulates its replications and stops.
   */
  readonly precision?: number;
  /**
   * Most replications per scenario; at least the first batch, at most 10,000.
   * @default ten batches, or fewer when the work budget admits fewer
   */
  readonly maxReplications?: number;
}

/** Batches of the default cap: the first and nine more. */
export const DEFAULT_BATCHES = 10;

/** What a precision figure is relative to when it is near zero (see the module comment). */
export const PRECISION_FLOOR = {
  /** Probabilities and shares: 1%. */
  probability: 0.01,
  /** Concurrencies (sessions, legs, ports): one unit. */
  units: 1,
} as const;

/** How a precision run adds replications: its settled options. */
export interface PrecisionPlan {
  /** The relative half-width asked for. */
  readonly precision: number;
  /** Replications of the first batch. */
  readonly first: number;
  /** Replications of each further batch. */
  readonly batch: number;
  /** Most replications per scenario (or per candidate, for whatif). */
  readonly cap: number;
}

/** One figure a precision run pins down: its value, its 95% interval, and the floor its precision is relative to. */
export interface PreciseFigure {
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly floor: number;
}

/**
 * The plan of a run asking for precision, its options checked; `undefined` when none is
 * asked for.
 *
 * @param workloads - The run's scenarios' workloads (the budget bounds the default cap).
 * @param first - The first batch: the run's replication count, already checked.
 * @throws OptionError when precision is out of (0, 1], maxReplications is given without
 *   it or is below the first batch or above 10,000.
 */
export function precisionPlan(workloads: readonly Workload[], first: number, options: PrecisionOptions): PrecisionPlan | undefined {
  const { precision, maxReplications } = options;
  if (precision === undefined) {
    if (maxReplications !== undefined) throw new OptionError('maxReplications', 'needs --precision R: without it a run simulates its replications and stops');
    return undefined;
  }
  if (!(typeof precision === 'number' && precision > 0 && precision <= 1)) {
    throw new OptionError('precision', `expected a relative half-width above 0 and at most 1 (0.05: within 5% of each figure), got ${describeNumber(precision)}`);
  }
  if (maxReplications !== undefined) {
    checkInteger('maxReplications', maxReplications, first, MAX_REPLICATIONS);
    return { precision, first, batch: first, cap: maxReplications };
  }
  let cap = Math.min(MAX_REPLICATIONS, DEFAULT_BATCHES * first);
  // The most whole batches the budget admits (the first batch is the run's own check).
  while (cap > first && budgetProblems(workloads, cap).length > 0) cap = Math.max(first, cap - first);
  return { precision, first, batch: first, cap };
}

/** The replication count at the end of each batch: first, first + batch, ..., cap. */
export function batchEnds(plan: PrecisionPlan): number[] {
  const ends: number[] = [];
  for (let end = Math.min(plan.first, plan.cap); ; end = Math.min(plan.cap, end + plan.batch)) {
    ends.push(end);
    if (end >= plan.cap) return ends;
  }
}

/** The half-width a figure may have: `precision x max(|value|, floor)`. */
export function tolerance(value: number, floor: number, precision: number): number {
  return precision * Math.max(Math.abs(value), floor);
}

/** Whether both ends of the figure's interval lie within its tolerance of its value (never without an interval). */
export function isPrecise(figure: PreciseFigure, precision: number): boolean {
  const { value, low, high } = figure;
  if (!(Number.isFinite(value) && Number.isFinite(low) && Number.isFinite(high))) return false;
  // Both ends, not the half-width: an interval clamped to [0, 1] keeps its unclamped end.
  return Math.max(high - value, value - low) <= tolerance(value, figure.floor, precision);
}

/** What a precision run did: for the notes and the JSON. */
export interface PrecisionOutcome extends PrecisionPlan {
  /** Replications per scenario at the end of each batch run. */
  readonly batches: readonly number[];
  /** Figures the criterion covered at the end, and of those, the ones still wider than asked (0 unless the cap stopped it). */
  readonly figures: number;
  readonly imprecise: number;
}

/** The run's note on its precision: how many replications it took and whether it got there. */
export function precisionNote(outcome: PrecisionOutcome, what: string): string {
  const last = outcome.batches[outcome.batches.length - 1]!;
  const percent = `${Number((outcome.precision * 100).toPrecision(3))}%`;
  const batches = `${last} replications in ${outcome.batches.length} batch${outcome.batches.length === 1 ? '' : 'es'}`;
  return outcome.imprecise === 0
    ? `--precision ${outcome.precision}: ${batches}; every ${what} (${outcome.figures}) is within ${percent} of its value (or of its floor near zero)`
    : `--precision ${outcome.precision}: stopped at the cap of ${outcome.cap} replications (${batches}) with ${outcome.imprecise} of ${outcome.figures} figures (${what}) still wider than ${percent}; --max-replications raises the cap`;
}
