/**
 * One media record of the calibration input: a two-party call or one participant's leg
 * of a conference, as read from the records CSV (docs/calibrate.md gives every column).
 * A records file written by the simulator has exactly these columns, so a simulated run
 * can be read back with the same reader and compared with the same functions.
 */

/** Values of the `kind` column. */
export const RECORD_KINDS = ['audio', 'video', 'conference'] as const;
/** A record's kind. */
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Values of the `path` column, in the order of every per-path count. */
export const RECORD_PATHS = ['p2p', 'edge-udp', 'edge-tcp', 'mcu'] as const;
/** A record's media path. */
export type RecordPath = (typeof RECORD_PATHS)[number];

/** Columns every records file must have (any order, matched by name). */
export const REQUIRED_COLUMNS = [
  'start_utc',
  'end_utc',
  'kind',
  'conference_id',
  'caller',
  'callee',
  'caller_location',
  'callee_location',
  'path',
] as const;

/** Columns read when present: IP addresses mapped to sites with `--subnets`. */
export const OPTIONAL_COLUMNS = ['caller_subnet', 'callee_subnet'] as const;

/** A column the reader knows. */
export type RecordColumn = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** Locations that are not sites: our Internet users, federated partners, anonymous guests. */
export const EXTERNAL_LOCATIONS = ['remote', 'federated', 'anonymous'] as const;

/** The prefix of a conference leg's `callee_location`: the pool whose MCU hosts it. */
export const POOL_PREFIX = 'pool:';

/** One usable row, validated. Times are seconds since the Unix epoch (UTC). */
export interface MediaRecord {
  /** Line of the row in its file (1 is the header). */
  readonly line: number;
  readonly start: number;
  /** `>= start`. */
  readonly end: number;
  readonly kind: RecordKind;
  /** Empty for a two-party call; set for a conference leg. */
  readonly conferenceId: string;
  /** The calling party, or a conference leg's participant. */
  readonly caller: string;
  /** The called party; empty on a conference leg. */
  readonly callee: string;
  /** A site name, `remote`, `federated` or `anonymous` (resolved from the subnet when the column was empty). */
  readonly callerLocation: string;
  /** As `callerLocation`; on a conference leg `pool:<name>`. */
  readonly calleeLocation: string;
  readonly path: RecordPath;
}

/** Whether a location is one of the organisation's sites (not remote, federated, anonymous or a pool). */
export function isSite(location: string): boolean {
  return location !== 'remote' && location !== 'federated' && location !== 'anonymous' && !location.startsWith(POOL_PREFIX);
}

/** Whether a location holds our own users: a site or `remote` (the workload's caller locations). */
export function isOwnLocation(location: string): boolean {
  return location === 'remote' || isSite(location);
}
