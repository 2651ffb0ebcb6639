/**
 * The observed side of `avsim fit`, part one: records by (caller location, callee
 * location) pair and path. A conference leg's pair is (participant location,
 * `pool:<name>`). The same function reads a simulated run's records, so the two sides
 * are counted alike.
 *
 * {@link twoPartyPathCounts} is the view `avsim fit` tests: two-party calls only (every
 * conference leg is on the MCU, whatever the workload says, so its path tells nothing),
 * with a call whose caller is federated or anonymous counted under (callee, caller): the
 * model places every call with an outside party from our side (R12), so that is the
 * pair the simulation has.
 */
import { EXTERNAL_LOCATIONS, POOL_PREFIX, RECORD_PATHS } from './media-record.js';
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
  return countsOf([...tables.pairs.values()].map((p) => ({ callerLocation: p.callerLocation, calleeLocation: p.calleeLocation, counts: Array.from(p.counts) })));
}

const OUTSIDE: ReadonlySet<string> = new Set(EXTERNAL_LOCATIONS.filter((l) => l !== 'remote'));

/**
 * Two-party calls by pair and path, a federated or anonymous caller's call counted under
 * (callee, caller) (see the module comment); conference legs left out.
 */
export function twoPartyPathCounts(tables: RecordTables): PathCounts {
  const pairs = new Map<string, { callerLocation: string; calleeLocation: string; counts: number[] }>();
  for (const p of tables.pairs.values()) {
    if (p.calleeLocation.startsWith(POOL_PREFIX)) continue;
    const flip = OUTSIDE.has(p.callerLocation) && !OUTSIDE.has(p.calleeLocation);
    const caller = flip ? p.calleeLocation : p.callerLocation;
    const callee = flip ? p.callerLocation : p.calleeLocation;
    const key = `${caller}\u0000${callee}`;
    let entry = pairs.get(key);
    if (entry === undefined) pairs.set(key, (entry = { callerLocation: caller, calleeLocation: callee, counts: new Array<number>(RECORD_PATHS.length).fill(0) }));
    p.counts.forEach((n, i) => (entry.counts[i]! += n));
  }
  return countsOf([...pairs.values()]);
}

/** Sorts pairs and adds up the overall counts. */
export function countsOf<P extends PairPathCounts>(pairs: P[]): { readonly pairs: readonly P[]; readonly overall: readonly number[] } {
  const overall = new Array<number>(RECORD_PATHS.length).fill(0);
  for (const p of pairs) p.counts.forEach((n, i) => (overall[i]! += n));
  pairs.sort((a, b) => (a.callerLocation === b.callerLocation ? compare(a.calleeLocation, b.calleeLocation) : compare(a.callerLocation, b.callerLocation)));
  return { pairs, overall };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
