/** Reading back the CSV files avsim writes (none of their cells holds a comma or a quote). */

/** One CSV line as a record, by column name. */
export type CsvRow = Record<string, string>;

/** A CSV text's header line and its rows as records. */
export function parseCsv(text: string): { header: string; rows: CsvRow[] } {
  const [header, ...lines] = text.trim().split('\n');
  const columns = header!.split(',');
  return { header: header!, rows: lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i]!, cell]))) };
}
