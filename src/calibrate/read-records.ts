/**
 * One streaming pass over a records source: rows are split, checked and handed one by
 * one to a sink, and only the first malformed rows are kept (their total is counted),
 * so memory does not grow with the file.
 */
import { createCsvSplitter } from './csv-rows.js';
import type { CsvRow } from './csv-rows.js';
import { CalibrationInputError } from './input-error.js';
import type { RecordIssue } from './input-error.js';
import type { MediaRecord } from './media-record.js';
import { columnIndex, parseRecordRow } from './record-parser.js';
import type { ColumnIndex } from './record-parser.js';
import type { RecordSource } from './record-source.js';
import type { SubnetMap } from './subnet-map.js';

/** Options of {@link readRecords}. */
export interface ReadOptions {
  /** Sites by subnet, for rows whose location columns are empty. @default none */
  readonly subnets?: SubnetMap;
  /** Malformed rows kept with their message; the rest are only counted. @default 20 */
  readonly maxIssues?: number;
  /** Stops the pass (between two pieces of the file), rejecting with the signal's reason. @default none */
  readonly signal?: AbortSignal;
}

/** What a pass found. */
export interface ReadReport {
  /** Rows handed to the sink. */
  readonly records: number;
  /** Malformed rows skipped. */
  readonly skipped: number;
  /** The first `maxIssues` of them. */
  readonly issues: readonly RecordIssue[];
  /** Whether the sink stopped the pass early. */
  readonly stopped: boolean;
}

/**
 * Reads a records source, calling `sink` for every usable row in file order.
 *
 * @param source - The records.
 * @param sink - Receives each record; returning `false` stops the pass.
 * @param options - Subnets and the issue cap.
 * @throws CalibrationInputError when the header is missing or lacks required columns;
 *   the signal's reason when it is aborted.
 */
export async function readRecords(
  source: RecordSource,
  sink: (record: MediaRecord) => boolean | void,
  options: ReadOptions = {},
): Promise<ReadReport> {
  const maxIssues = options.maxIssues ?? 20;
  const splitter = createCsvSplitter();
  const decoder = new TextDecoder('utf-8');
  const issues: RecordIssue[] = [];
  let columns: ColumnIndex | undefined;
  let records = 0;
  let skipped = 0;
  let stopped = false;

  const consume = (rows: readonly CsvRow[]): void => {
    for (const row of rows) {
      if (columns === undefined) {
        columns = columnIndex(row.fields, source.name);
        continue;
      }
      const parsed = parseRecordRow(row.fields, row.line, columns, source.name, options.subnets);
      if (!parsed.ok) {
        skipped++;
        if (issues.length < maxIssues) issues.push(parsed.issue);
        continue;
      }
      records++;
      if (sink(parsed.record) === false) {
        stopped = true;
        return;
      }
    }
  };

  for await (const chunk of source.open()) {
    options.signal?.throwIfAborted();
    consume(splitter.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })));
    if (stopped) return { records, skipped, issues, stopped };
  }
  const tail = decoder.decode();
  consume([...(tail === '' ? [] : splitter.push(tail)), ...splitter.end()]);
  if (columns === undefined) throw new CalibrationInputError(`${source.name}: expected a header row, got an empty file`);
  return { records, skipped, issues, stopped };
}
