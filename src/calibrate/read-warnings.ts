/**
 * What a records pass has to say to the user, as lines of text: the malformed rows it
 * skipped (the first ones by file, line and column, then how many more), and whether the
 * file had to be read twice for being out of order. The CLI prints them as warnings on
 * stderr; the reports show the same lines.
 */
import { formatIssue } from './input-error.js';
import type { RecordPass } from './calibrate.js';

/**
 * The pass's warnings.
 *
 * @param pass - A records pass (calibrate.ts `readRecordTables`, or a calibration).
 */
export function readWarnings(pass: RecordPass): string[] {
  const { read } = pass;
  const lines = read.issues.map(formatIssue);
  const more = read.skipped - read.issues.length;
  if (more > 0) lines.push(`${pass.source}: ${more} more malformed row${more > 1 ? 's' : ''} skipped (${read.skipped} in all)`);
  if (pass.rereadUnsorted) lines.push(`${pass.source}: rows are not in start_utc order: the file was read a second time, keeping every conference open to the end (sort it by start_utc to read it once)`);
  return lines;
}
