/**
 * The layout of a replication's records (ReplicationResult.records): rows of
 * {@link RECORD_COLUMNS} numbers, written by the model (model/observations.ts) and read
 * into the records CSV (records-csv.ts).
 */

/** Record kinds (the CSV's `kind`). */
export const RECORD_AUDIO = 0;
export const RECORD_VIDEO = 1;
export const RECORD_CONFERENCE = 2;

/** Numbers per record; the columns' offsets follow. */
export const RECORD_COLUMNS = 9;
export const START = 0;
export const END = 1;
export const KIND = 2;
/** The conference's number; -1 for a two-party call. */
export const CONFERENCE = 3;
export const CALLER_LOCATION = 4;
export const CALLER_USER = 5;
/** The callee's location; for a conference leg, -1 - the pool. */
export const CALLEE_LOCATION = 6;
/** The callee's user; -1 for a leg. */
export const CALLEE_USER = 7;
/** Index in PATHS. */
export const PATH = 8;
