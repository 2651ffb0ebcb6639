/**
 * Time of day for the report. The time series counts seconds from the opening of the
 * measured window, which opens at `simulation.start` (UTC, "HH:MM"); charts place a
 * bucket at that opening plus its offset, as a UTC instant on 1970-01-01, so a window
 * that runs past midnight simply continues into the next day.
 */

const DAY = 86_400;
/** Hour steps an axis may tick at: each divides a day. */
const HOUR_STEPS = [1, 2, 3, 4, 6, 12, 24] as const;

/**
 * A chart's time value (milliseconds since 1970-01-01T00:00Z) for `offset` seconds into
 * a window opening `start` seconds after midnight UTC.
 */
export function chartInstant(start: number, offset: number): number {
  return (start + offset) * 1000;
}

/**
 * A clock time "HH:MM" for `seconds` after midnight UTC of the first day, with
 * " (day N)" from the second day on.
 */
export function clockText(seconds: number): string {
  const day = Math.floor(seconds / DAY);
  const inDay = Math.round(seconds - day * DAY);
  const hh = String(Math.floor(inDay / 3600) % 24).padStart(2, '0');
  const mm = String(Math.floor((inDay % 3600) / 60)).padStart(2, '0');
  return day === 0 ? `${hh}:${mm}` : `${hh}:${mm} (day ${day + 1})`;
}

/** Hours between time-axis ticks so that a window of `seconds` gets at most about 12. */
export function tickHours(seconds: number): number {
  const hours = seconds / 3600;
  return HOUR_STEPS.find((step) => hours / step <= 12) ?? 24;
}

/**
 * Chart instants of the time axis's ticks: whole hours, every {@link tickHours} hours of
 * the day (00:00, 03:00, ...), from the window's opening to its end.
 *
 * @param start - Seconds after midnight UTC at which the window opens.
 * @param seconds - The window's length.
 */
export function tickInstants(start: number, seconds: number): number[] {
  const step = tickHours(seconds) * 3600;
  const ticks: number[] = [];
  for (let t = Math.ceil(start / step) * step; t <= start + seconds; t += step) ticks.push(t * 1000);
  return ticks;
}

/** True when a window opening at `start` and lasting `seconds` ends after midnight of the first day. */
export function crossesDays(start: number, seconds: number): boolean {
  return start + seconds > DAY;
}
