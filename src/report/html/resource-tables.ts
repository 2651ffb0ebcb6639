/**
 * One scenario's resources as two tables: over the whole window (capacity, mean, p95 and
 * peak occupancy, blocking) and in each resource's busy hour (the clock hour in UTC and
 * on its sites' clocks, offered erlangs, Mbit/s, blocking), as summary.csv has them.
 * A blocking column appears only when some resource blocks; otherwise one sentence says
 * none did, instead of a column of zeros.
 */
import type { SummaryRow } from '../../results/types.js';
import type { Workload } from '../../workload/schema.js';
import { percentText } from '../figures.js';
import { unitsOf } from './chart-style.js';
import { figureText } from './figure-text.js';
import { busyBlockingText, windowBlockingText } from './headline.js';
import { hourAfter, localTimesWords, servedClocks } from './local-time.js';
import { html, paragraphs, table } from './page.js';
import type { Cell, Html } from './page.js';

/** The capacity with its units, or "unlimited". */
function capacityText(row: SummaryRow): string {
  return Number.isFinite(row.capacity) ? `${figureText(row.capacity)} ${unitsOf(row.kind)}` : 'unlimited';
}

/** The whole-window table. */
export function windowTable(rows: readonly SummaryRow[]): Html {
  const blocks = rows.some((row) => row.blocked > 0);
  const header = ['resource', 'capacity', 'mean', 'p95', 'peak', 'peak / capacity', ...(blocks ? ['blocking [95% interval]'] : [])];
  const cells = rows.map((row) => {
    const limited = Number.isFinite(row.capacity);
    return [
      row.resource,
      capacityText(row),
      figureText(row.mean_concurrency),
      figureText(row.p95_concurrency),
      figureText(row.peak_concurrency),
      limited && row.capacity > 0 ? percentText(row.peak_concurrency / row.capacity) : '-',
      ...(blocks ? [windowBlockingText(row)] : []),
    ];
  });
  const note = blocks ? '' : paragraphs(['No resource blocked a request over the measured window, in any replication.'], 'note');
  return html`${table(header, cells)}${note}`;
}

/** The busy-hour table: one row per resource that has a busy hour. */
export function busyHourTable(rows: readonly SummaryRow[], workload: Workload): Html {
  const busy = rows.filter((row) => row.busy_hour_utc !== '');
  if (busy.length === 0) return paragraphs(['No whole clock hour lies in the measured window: no busy hour to show.'], 'note');
  const blocks = busy.some((row) => row.busy_hour_blocking > 0);
  const header = ['resource', 'busy hour (UTC)', 'local time there', 'offered (erlangs)', 'Mbit/s', ...(blocks ? ['blocking [95% interval]'] : [])];
  const cells = busy.map((row): Cell[] => [
    row.resource,
    `${row.busy_hour_utc}-${hourAfter(row.busy_hour_utc)}`,
    localTimesWords(row.busy_hour_utc, servedClocks(workload, row.kind, row.resource)) || '-',
    figureText(row.busy_hour_offered_erlangs),
    figureText(row.busy_hour_mbps),
    ...(blocks ? [busyBlockingText(row)] : []),
  ]);
  const note = blocks ? '' : paragraphs(['No resource blocked a request in its busy hour.'], 'note');
  return html`${table(header, cells, 3, [2])}${note}`;
}
