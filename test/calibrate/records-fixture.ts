/**
 * Tiny records files for the calibration tests: the header plus the rows given, and a
 * one-call calibration over them.
 */
import { calibrate, readRecordTables } from '../../src/calibrate/calibrate.js';
import type { CalibrateOptions, Calibration, RecordPass } from '../../src/calibrate/calibrate.js';
import { textRecordSource } from '../../src/calibrate/record-source.js';

export const HEADER = 'start_utc,end_utc,kind,conference_id,caller,callee,caller_location,callee_location,path';

/** A records CSV: the header, then one line per row. */
export function recordsCsv(rows: readonly string[], header = HEADER): string {
  return `${[header, ...rows].join('\n')}\n`;
}

/** A two-party row: `start`/`end` as `HH:MM:SS` on 2026-03-02 unless a full time is given. */
export function call(start: string, end: string, kind: 'audio' | 'video', caller: string, callee: string, from: string, to: string, path = 'p2p'): string {
  return `${at(start)},${at(end)},${kind},,${caller},${callee},${from},${to},${path}`;
}

/** A conference leg on `pool:pool1`. */
export function leg(start: string, end: string, id: string, participant: string, from: string, pool = 'pool1'): string {
  return `${at(start)},${at(end)},conference,${id},${participant},,${from},pool:${pool},mcu`;
}

/** `HH:MM:SS` on 2026-03-02, `D HH:MM:SS` on day D of March 2026, or a full ISO time as is. */
export function at(time: string): string {
  if (time.includes('T')) return time;
  const [day, clock] = time.includes(' ') ? time.split(' ') as [string, string] : ['2', time];
  return `2026-03-${day.padStart(2, '0')}T${clock}Z`;
}

/** Calibrates a records text. */
export function calibrateText(text: string, options: CalibrateOptions = {}): Promise<Calibration> {
  return calibrate(textRecordSource('records.csv', text), options);
}

/** Reads a records text into tables. */
export function tablesOf(text: string, options: CalibrateOptions = {}): Promise<RecordPass> {
  return readRecordTables(textRecordSource('records.csv', text), options);
}
