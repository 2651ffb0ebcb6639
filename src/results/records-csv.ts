/**
 * A replication's records (observations.ts) as the media-records CSV that `avsim
 * calibrate` and `avsim fit` read (docs/calibrate.md): one row per two-party call and
 * per conference leg, times in ISO 8601 UTC. Simulated time has no calendar, so the
 * records are dated: the measured window opens at `simulation.start` on Monday
 * 5 January 2026 ({@link RECORDS_EPOCH}), the warm-up before it.
 */
import { stringify } from 'csv-stringify/sync';
import { PATHS } from '../negotiation/paths.js';
import { CALLEE_LOCATION, CALLEE_USER, CALLER_LOCATION, CALLER_USER, CONFERENCE, END, KIND, PATH, RECORD_COLUMNS, RECORD_CONFERENCE, RECORD_VIDEO, START } from './record-layout.js';
import { startSeconds } from '../workload/time-text.js';
import type { Workload } from '../workload/schema.js';

/** Midnight UTC of the day the simulated window opens on, in milliseconds. */
export const RECORDS_EPOCH = Date.UTC(2026, 0, 5);

/** The records CSV's columns, in order. */
export const RECORDS_COLUMNS = ['start_utc', 'end_utc', 'kind', 'conference_id', 'caller', 'callee', 'caller_location', 'callee_location', 'path'] as const;

/** Rows of the CSV rendered at once (the text of a long day is built in pieces). */
const CHUNK = 50_000;

/** The records of one replication as CSV text (header included). */
export function renderRecordsCsv(records: Float64Array, workload: Workload): string {
  const sites = workload.deployment.sites;
  const pools = workload.deployment.pools;
  const names = [...sites.map((s) => s.name), 'remote', 'federated', 'anonymous'];
  const origin = RECORDS_EPOCH + (startSeconds(workload.simulation.start) - workload.simulation.warmup) * 1000;
  const time = (t: number): string => new Date(origin + Math.round(t * 1000)).toISOString().replace('.000Z', 'Z');
  const who = (loc: number, user: number): string => `${names[loc]}-${user}`;
  const rows = records.length / RECORD_COLUMNS;
  const parts = [stringify([[...RECORDS_COLUMNS]], { record_delimiter: 'unix' })];
  for (let from = 0; from < rows; from += CHUNK) {
    const chunk: string[][] = [];
    for (let row = from; row < Math.min(rows, from + CHUNK); row++) {
      const r = records.subarray(row * RECORD_COLUMNS, (row + 1) * RECORD_COLUMNS);
      const kind = r[KIND]!;
      const leg = kind === RECORD_CONFERENCE;
      chunk.push([
        time(r[START]!),
        time(r[END]!),
        leg ? 'conference' : kind === RECORD_VIDEO ? 'video' : 'audio',
        leg ? `c${r[CONFERENCE]}` : '',
        who(r[CALLER_LOCATION]!, r[CALLER_USER]!),
        leg ? '' : who(r[CALLEE_LOCATION]!, r[CALLEE_USER]!),
        names[r[CALLER_LOCATION]!]!,
        leg ? `pool:${pools[-1 - r[CALLEE_LOCATION]!]!.name}` : names[r[CALLEE_LOCATION]!]!,
        PATHS[r[PATH]!]!,
      ]);
    }
    parts.push(stringify(chunk, { record_delimiter: 'unix', quoted_empty: false }));
  }
  return parts.join('');
}
