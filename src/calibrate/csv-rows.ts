/**
 * A streaming CSV splitter (RFC 4180: fields quoted with `"`, `""` inside quotes, CRLF or
 * LF line ends, a leading byte-order mark) that keeps the line number of every row.
 *
 * Hand-written rather than csv-parse: every malformed row must be reported by line, and
 * that library gives a row's line only through a per-record `info` object, which more
 * than doubles the cost of reading a file (the calibration's budget is a million
 * records in 10 s). A row whose quotes are
 * unbalanced at the end of a line goes on on the next one (a quoted line break), so the
 * line given is the row's first.
 */

/** One row: its fields and the line it starts on (1-based). */
export interface CsvRow {
  readonly fields: string[];
  readonly line: number;
}

/** A splitter fed with text in pieces of any size. */
export interface CsvSplitter {
  /** Adds text; returns the rows it completed. */
  push(text: string): CsvRow[];
  /** Ends the input; returns the last row, if any. An unclosed quote ends at the end of the text. */
  end(): CsvRow[];
}

/** Splits a complete row's text into fields, unquoting them. */
function splitFields(text: string): string[] {
  if (!text.includes('"')) return text.split(',');
  const fields: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          field += text.slice(i);
          i = n;
          break;
        }
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      // Text between a closing quote and the next comma is kept, as most readers do.
      const comma = text.indexOf(',', i);
      field += text.slice(i, comma < 0 ? n : comma);
      i = comma < 0 ? n + 1 : comma + 1;
    } else {
      const comma = text.indexOf(',', i);
      field = text.slice(i, comma < 0 ? n : comma);
      i = comma < 0 ? n + 1 : comma + 1;
    }
    fields.push(field);
    if (i > n) return fields;
  }
}

function quoteCount(line: string): number {
  let count = 0;
  for (let q = line.indexOf('"'); q >= 0; q = line.indexOf('"', q + 1)) count++;
  return count;
}

/**
 * A new splitter. Empty lines are skipped (their numbers still count).
 */
export function createCsvSplitter(): CsvSplitter {
  let carry = '';
  let line = 0;
  let started = false;
  // A row still open in a quoted field: its text so far and its first line.
  let open: { text: string; line: number } | undefined;

  const take = (physical: string, rows: CsvRow[]): void => {
    line++;
    const text = physical.endsWith('\r') ? physical.slice(0, -1) : physical;
    if (open !== undefined) {
      open.text += `\n${text}`;
      if (quoteCount(text) % 2 === 1) {
        rows.push({ fields: splitFields(open.text), line: open.line });
        open = undefined;
      }
      return;
    }
    if (text === '') return;
    if (text.includes('"') && quoteCount(text) % 2 === 1) {
      open = { text, line };
      return;
    }
    rows.push({ fields: splitFields(text), line });
  };

  return {
    push(text: string): CsvRow[] {
      let buffer = carry + text;
      if (!started && buffer.length > 0) {
        started = true;
        if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
      }
      const rows: CsvRow[] = [];
      let pos = 0;
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n', pos)) {
        take(buffer.slice(pos, nl), rows);
        pos = nl + 1;
      }
      carry = buffer.slice(pos);
      return rows;
    },
    end(): CsvRow[] {
      const rows: CsvRow[] = [];
      if (carry !== '') take(carry, rows);
      carry = '';
      if (open !== undefined) {
        rows.push({ fields: splitFields(open.text), line: open.line });
        open = undefined;
      }
      return rows;
    },
  };
}

/** Every row of a complete CSV text (for small files: the subnets export, tests). */
export function csvRowsOf(text: string): CsvRow[] {
  const splitter = createCsvSplitter();
  return [...splitter.push(text), ...splitter.end()];
}
