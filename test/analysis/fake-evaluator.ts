/**
 * A stand-in for the simulator in search tests: blocking is a known function of the
 * server count, and every evaluation is recorded, so a test can check both the answer
 * and the work the search did.
 */
import type { Evaluate, Evaluation } from '../../src/analysis/sizing-search.js';

export interface FakeEvaluator {
  readonly evaluate: Evaluate;
  /** Every batch asked for, in order. */
  readonly batches: number[][];
}

/** Blocking (and its upper bound) as functions of the server count. */
export function fakeEvaluator(blocking: (servers: number) => number, high: (servers: number) => number = blocking): FakeEvaluator {
  const batches: number[][] = [];
  return {
    batches,
    evaluate: async (servers) => {
      batches.push([...servers]);
      return servers.map((n): Evaluation => ({ servers: n, capacity: n, blocking: blocking(n), blockingHigh: high(n) }));
    },
  };
}

/** A step: blocking 0.5 below `threshold`, 0.001 from it on (target 0.01 met exactly from `threshold`). */
export function step(threshold: number): (servers: number) => number {
  return (n) => (n >= threshold ? 0.001 : 0.5);
}
