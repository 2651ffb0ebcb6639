/**
 * Problems with the calibration input. A malformed row is a {@link RecordIssue}: reported
 * by file, line and column, and skipped. A file that cannot be used at all (no header,
 * missing columns, no usable row, a bad subnets file) is a {@link CalibrationInputError}:
 * an {@link AvsimError} of kind `workload` (an input file that cannot be used), which
 * the CLI maps to exit code 2.
 */
import { AvsimError } from '../errors.js';

/** One malformed row (or line) of an input file. */
export interface RecordIssue {
  /** The file's name as given. */
  readonly file: string;
  readonly line: number;
  /** The column at fault; empty when the row as a whole is (wrong number of fields). */
  readonly column: string;
  /** What was expected and what arrived. */
  readonly message: string;
}

/** `records.csv:17: column end_utc: expected an ISO 8601 UTC time, got "yesterday"`. */
export function formatIssue(issue: RecordIssue): string {
  const column = issue.column === '' ? '' : `column ${issue.column}: `;
  return `${issue.file}:${issue.line}: ${column}${issue.message}`;
}

/**
 * An input the calibration cannot use (exit 2). The message names the file and, where
 * one is at fault, its line and column; `issues` holds the rows that explain it, if any.
 */
export class CalibrationInputError extends AvsimError {
  readonly issues: readonly RecordIssue[];

  constructor(message: string, issues: readonly RecordIssue[] = []) {
    super('workload', message);
    this.name = 'CalibrationInputError';
    this.issues = issues;
  }
}

/** A field's value for a message: quoted, or `an empty field`. */
export function shown(value: string | undefined): string {
  return value === undefined || value === '' ? 'an empty field' : JSON.stringify(value);
}
