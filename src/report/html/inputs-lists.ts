/**
 * How the inputs summary keeps long lists short: a workload may have thousands of sites
 * or rules, and the page shows the first few with a count of the rest (the workload
 * file has them all).
 */
import { html, paragraphs } from './page.js';
import type { Html } from './page.js';

/** Rows a table shows in full; a longer list is summed up, with its first {@link FIRST_ROWS}. */
export const MAX_ROWS = 30;
/** Rows shown of a list longer than {@link MAX_ROWS}. */
export const FIRST_ROWS = 10;

/** At most {@link MAX_ROWS} rows: all of them, or the first {@link FIRST_ROWS} and how many were left out. */
export function firstRows<T>(rows: readonly T[]): { shown: readonly T[]; left: number } {
  return rows.length <= MAX_ROWS ? { shown: rows, left: 0 } : { shown: rows.slice(0, FIRST_ROWS), left: rows.length - FIRST_ROWS };
}

/** "... and 90 more sites in the workload file." when rows were left out. */
export function leftOutNote(left: number, what: string): Html {
  return left > 0 ? paragraphs([`... and ${left} more ${what} in the workload file.`], 'note') : html``;
}

/**
 * Names, the first few, then "and N more".
 *
 * @param shown - Names listed in full. @default 3
 */
export function someNames(names: readonly string[], shown = 3): string {
  return names.length <= shown ? names.join(', ') : `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}
