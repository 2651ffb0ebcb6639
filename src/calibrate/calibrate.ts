/**
 * `avsim calibrate` as a library call: one streaming pass over the records into tables,
 * then the fit. A file found unsorted after conferences were already closed by time is
 * read a second time with conferences kept open to the end (correct for any order; the
 * memory then grows with the number of conferences).
 */
import { CalibrationInputError } from './input-error.js';
import type { RecordIssue } from './input-error.js';
import { readRecords } from './read-records.js';
import type { ReadOptions, ReadReport } from './read-records.js';
import { addRecord, createRecordTables, finishTables } from './record-tables.js';
import type { RecordTables } from './record-tables.js';
import type { RecordSource } from './record-source.js';
import { fitWorkload } from './workload-fit.js';
import type { FitOptions, WorkloadFit } from './workload-fit.js';

/** Options of {@link calibrate}: reading (subnets, issue cap) and fitting (base, callee rule, levels). */
export interface CalibrateOptions extends ReadOptions, FitOptions {}

/** A pass's tables and what the reader reported. */
export interface RecordPass {
  readonly source: string;
  readonly tables: RecordTables;
  readonly read: ReadReport;
  /** The file was out of start order, and read a second time (see the module comment). */
  readonly rereadUnsorted: boolean;
}

/** A calibration: the pass and the fit. */
export interface Calibration extends RecordPass {
  readonly fit: WorkloadFit;
}

/**
 * Reads a records source into finished tables.
 *
 * @param source - The records.
 * @param options - Subnets and the issue cap.
 * @throws CalibrationInputError when the header is unusable or no row is usable (its
 *   `issues` then hold the first malformed rows).
 */
export async function readRecordTables(source: RecordSource, options: ReadOptions = {}): Promise<RecordPass> {
  let tables = createRecordTables(true);
  let read = await readRecords(source, (r) => addRecord(tables, r), options);
  let rereadUnsorted = false;
  if (tables.needsUnsortedPass) {
    rereadUnsorted = true;
    tables = createRecordTables(false);
    read = await readRecords(source, (r) => addRecord(tables, r), options);
  }
  if (read.records === 0) {
    const issues: readonly RecordIssue[] = read.issues;
    throw new CalibrationInputError(
      `${source.name}: no usable record${read.skipped > 0 ? ` (${read.skipped} malformed row${read.skipped > 1 ? 's' : ''} skipped)` : ''}`,
      issues,
    );
  }
  return { source: source.name, tables: finishTables(tables), read, rereadUnsorted };
}

/**
 * Calibrates a workload from a records source.
 *
 * @param source - The records (fileRecordSource for a file).
 * @param options - Reading and fitting options.
 * @throws CalibrationInputError as {@link readRecordTables}.
 */
export async function calibrate(source: RecordSource, options: CalibrateOptions = {}): Promise<Calibration> {
  const pass = await readRecordTables(source, options);
  return { ...pass, fit: fitWorkload(pass.tables, options) };
}
