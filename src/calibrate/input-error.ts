/**
 * Problems with the calibration input. A malformed row is a {@link RecordIssue}: reported
 * by file, line and column, and skipped. A file that cannot be used at all (no header,
 * missing columns, no usable row, a bad subnets file) is a {@link CalibrationInputError},
 * which the CLI maps to exit code 2.
 */

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

/** An input the calibration cannot use. `issues` holds the rows that explain it, if any. */
export class CalibrationInputError extends Error {
  override readonly name = 'CalibrationInputError';
  readonly issues: readonly RecordIssue[];

  constructor(message: string, issues: readonly RecordIssue[] = []) {
    super(message);
    this.issues = issues;
  }
}

/** A field's value for a message: quoted, or `an empty field`. */
export function shown(value: string | undefined): string {
  return value === undefined || value === '' ? 'an empty field' : JSON.stringify(value);
}
