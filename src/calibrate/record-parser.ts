/**
 * From CSV rows to {@link MediaRecord}s: the header is matched by column name (any
 * order, case and surrounding spaces ignored), then each row is checked field by field.
 * A row's first problem is reported with its column, and the row is skipped.
 */
import { CalibrationInputError, shown } from './input-error.js';
import type { RecordIssue } from './input-error.js';
import { parseIpAddress } from './ip-address.js';
import { OPTIONAL_COLUMNS, POOL_PREFIX, RECORD_KINDS, RECORD_PATHS, REQUIRED_COLUMNS } from './media-record.js';
import type { MediaRecord, RecordColumn, RecordKind, RecordPath } from './media-record.js';
import { siteOfAddress } from './subnet-map.js';
import type { SubnetMap } from './subnet-map.js';
import { parseUtcTime } from './utc-time.js';

/** Index of each column in a row; optional columns `-1` when absent. */
export type ColumnIndex = Readonly<Record<RecordColumn, number>> & { readonly width: number };

/**
 * Matches the header row.
 *
 * @param header - The header's fields.
 * @param file - The file's name, for messages.
 * @throws CalibrationInputError naming every missing required column, or a repeated one.
 */
export function columnIndex(header: readonly string[], file: string): ColumnIndex {
  const names = header.map((h) => h.trim().toLowerCase());
  const repeated = names.find((n, i) => n !== '' && names.indexOf(n) !== i);
  if (repeated !== undefined) throw new CalibrationInputError(`${file}:1: column ${repeated} appears twice in the header`);
  const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    throw new CalibrationInputError(
      `${file}:1: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected a header with ${REQUIRED_COLUMNS.join(', ')})`,
    );
  }
  const index = { width: header.length } as Record<RecordColumn, number> & { width: number };
  for (const c of [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]) index[c] = names.indexOf(c);
  return index;
}

const KIND_SET: ReadonlySet<string> = new Set(RECORD_KINDS);
const PATH_SET: ReadonlySet<string> = new Set(RECORD_PATHS);
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const LOCATION_EXPECTED = 'a site name of letters, digits, ".", "_" or "-", or remote, federated or anonymous';

/** A row's outcome: the record, or the issue that made it unusable. */
export type ParsedRow = { readonly ok: true; readonly record: MediaRecord } | { readonly ok: false; readonly issue: RecordIssue };

/**
 * Checks one data row.
 *
 * @param fields - The row's fields.
 * @param line - Its line in the file.
 * @param columns - From {@link columnIndex}.
 * @param file - The file's name, for messages.
 * @param subnets - Maps `caller_subnet` / `callee_subnet` to a site when a location is empty.
 */
export function parseRecordRow(
  fields: readonly string[],
  line: number,
  columns: ColumnIndex,
  file: string,
  subnets?: SubnetMap,
): ParsedRow {
  const fail = (column: string, message: string): ParsedRow => ({ ok: false, issue: { file, line, column, message } });
  if (fields.length !== columns.width) return fail('', `expected ${columns.width} fields as in the header, got ${fields.length}`);
  const field = (c: RecordColumn): string => {
    const i = columns[c];
    return i < 0 ? '' : fields[i]!.trim();
  };

  const startText = field('start_utc');
  const start = parseUtcTime(startText);
  if (Number.isNaN(start)) return fail('start_utc', `expected an ISO 8601 UTC time, got ${shown(startText)}`);
  const endText = field('end_utc');
  const end = parseUtcTime(endText);
  if (Number.isNaN(end)) return fail('end_utc', `expected an ISO 8601 UTC time, got ${shown(endText)}`);
  if (end < start) return fail('end_utc', `expected a time at or after start_utc ${startText}, got ${endText}`);

  const kindText = field('kind');
  if (!KIND_SET.has(kindText)) return fail('kind', `expected audio, video or conference, got ${shown(kindText)}`);
  const kind = kindText as RecordKind;
  const leg = kind === 'conference';
  const conferenceId = field('conference_id');
  if (leg && conferenceId === '') return fail('conference_id', `expected a conference id on a conference leg, got ${shown(conferenceId)}`);
  if (!leg && conferenceId !== '') return fail('conference_id', `expected an empty field on a two-party ${kind} call, got ${shown(conferenceId)}`);

  const pathText = field('path');
  if (!PATH_SET.has(pathText)) return fail('path', `expected p2p, edge-udp, edge-tcp or mcu, got ${shown(pathText)}`);
  if (leg && pathText !== 'mcu') return fail('path', `expected mcu on a conference leg, got ${shown(pathText)}`);
  if (!leg && pathText === 'mcu') return fail('path', `expected p2p, edge-udp or edge-tcp on a two-party call, got "mcu"`);

  const caller = field('caller');
  if (caller === '') return fail('caller', `expected a user id, got ${shown(caller)}`);
  const callee = field('callee');
  if (!leg && callee === '') return fail('callee', `expected a user id on a two-party call, got ${shown(callee)}`);

  const callerLocation = location('caller_location', 'caller_subnet');
  if (typeof callerLocation !== 'string') return callerLocation;
  let calleeLocation: string | ParsedRow;
  if (leg) {
    calleeLocation = field('callee_location');
    const pool = calleeLocation.slice(POOL_PREFIX.length);
    if (!(calleeLocation.startsWith(POOL_PREFIX) && NAME.test(pool))) {
      return fail('callee_location', `expected pool:<name> on a conference leg, got ${shown(calleeLocation)}`);
    }
  } else {
    calleeLocation = location('callee_location', 'callee_subnet');
    if (typeof calleeLocation !== 'string') return calleeLocation;
  }
  return {
    ok: true,
    record: { line, start, end, kind, conferenceId, caller, callee: leg ? '' : callee, callerLocation, calleeLocation, path: pathText as RecordPath },
  };

  /** A location column, or when it is empty the site of the address column beside it. */
  function location(column: RecordColumn, subnetColumn: RecordColumn): string | ParsedRow {
    const text = field(column);
    if (text !== '') {
      if (!NAME.test(text)) return fail(column, `expected ${LOCATION_EXPECTED}, got ${shown(text)}`);
      return text;
    }
    if (subnets === undefined || columns[subnetColumn] < 0) {
      return fail(column, `expected ${LOCATION_EXPECTED}, got an empty field (with --subnets, a ${subnetColumn} column gives it)`);
    }
    const addressText = field(subnetColumn);
    const address = parseIpAddress(addressText);
    if (address === undefined) return fail(subnetColumn, `expected an IPv4 or IPv6 address, got ${shown(addressText)}`);
    const site = siteOfAddress(subnets, address);
    if (site !== undefined && !NAME.test(site)) return fail(subnetColumn, `expected its subnet's site to be a name of letters, digits, ".", "_" or "-", got ${shown(site)}`);
    return site ?? 'remote';
  }
}
