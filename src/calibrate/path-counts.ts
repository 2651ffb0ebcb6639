/**
 * The observed side of `avsim fit`, part one: records by (caller location, callee
 * location) pair and path. A conference leg's pair is (participant location,
 * `pool:<name>`). The same function reads a simulated run's records, so the two sides
 * are counted alike.
 */
import { RECORD_PATHS } from './media-record.js';
import type { RecordTables } from './record-tables.js';

/** Records of one pair by path. */
export interface PairPathCounts {
  readonly callerLocation: string;
  readonly calleeLocation: string;
  /** By path, in `RECORD_PATHS` order (p2p, edge-udp, edge-tcp, mcu). */
  readonly counts: readonly number[];
}

/** Every pair's counts, and the totals over all pairs. */
export interface PathCounts {
  /** Sorted by caller location, then callee location. */
  readonly pairs: readonly PairPathCounts[];
  readonly overall: readonly number[];
}

/**
 * Counts by pair and path from a pass's tables.
 */
export function pathCounts(tables: RecordTables): PathCounts {
  const overall = new Array<number>(RECORD_PATHS.length).fill(0);
  const pairs = [...tables.pairs.values()]
    .map((p) => {
      const counts = Array.from(p.counts);
      counts.forEach((n, i) => (overall[i]! += n));
      return { callerLocation: p.callerLocation, calleeLocation: p.calleeLocation, counts };
    })
    .sort((a, b) => (a.callerLocation === b.callerLocation ? compare(a.calleeLocation, b.calleeLocation) : compare(a.callerLocation, b.callerLocation)));
  return { pairs, overall };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
