/**
 * Strict ISO 8601 UTC times: `2026-03-02T09:15:04Z`, fractional seconds allowed, `Z` or
 * `+00:00` (also `-00:00`). Anything else, local times or other offsets included, is
 * refused: a records file mixing zones would shift the daily profile silently.
 */

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:Z|[+-]00:00)$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Parses an ISO 8601 UTC time.
 *
 * @param text - The field's text.
 * @returns Seconds since the Unix epoch (fractions kept); `NaN` when the text is not a valid UTC time.
 */
export function parseUtcTime(text: string): number {
  const m = PATTERN.exec(text);
  if (m === null) return Number.NaN;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  const leap = month === 2 && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 1 : 0;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]! + leap) return Number.NaN;
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  const fraction = m[7] === undefined ? 0 : Number(m[7]);
  return Date.UTC(year, month - 1, day, hour, minute, second) / 1000 + fraction;
}

/** Seconds since the epoch as `2026-03-02T09:15:04Z` (milliseconds shown only when present). */
export function formatUtcTime(seconds: number): string {
  const text = new Date(Math.round(seconds * 1000)).toISOString();
  return text.endsWith('.000Z') ? `${text.slice(0, -5)}Z` : text;
}
