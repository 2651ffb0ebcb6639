/**
 * Strict ISO 8601 UTC times: `2026-03-02T09:15:04Z`, fractional seconds allowed, `Z` or
 * `+00:00` (also `-00:00`). Anything else, local times or other offsets included, is
 * refused: a records file mixing zones would shift the daily profile silently.
 *
 * Read by character codes rather than a regular expression: two times per record, a
 * million records, and this is the reader's largest single cost.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18] as const;
const COLON = 58;
const DASH = 45;

/** Days from 1970-01-01 to a civil date (proleptic Gregorian; H. Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Parses an ISO 8601 UTC time.
 *
 * @param text - The field's text.
 * @returns Seconds since the Unix epoch (fractions kept); `NaN` when the text is not a valid UTC time.
 */
export function parseUtcTime(text: string): number {
  const n = text.length;
  if (n < 20) return Number.NaN;
  if (text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH || text.charCodeAt(10) !== 84 /* T */) return Number.NaN;
  if (text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON) return Number.NaN;
  for (const i of DIGIT_POSITIONS) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return Number.NaN;
  }
  const two = (i: number): number => (text.charCodeAt(i) - 48) * 10 + text.charCodeAt(i + 1) - 48;
  const year = two(0) * 100 + two(2);
  const month = two(5);
  const day = two(8);
  const hour = two(11);
  const minute = two(14);
  const second = two(17);
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]! + leap) return Number.NaN;
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  let i = 19;
  let fraction = 0;
  if (text.charCodeAt(i) === 46 /* . */) {
    let scale = 0.1;
    i++;
    const digitsFrom = i;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      fraction += (c - 48) * scale;
      scale /= 10;
    }
    if (i === digitsFrom) return Number.NaN;
  }
  const zone = n - i;
  if (zone === 1) {
    if (text.charCodeAt(i) !== 90 /* Z */) return Number.NaN;
  } else if (zone !== 6 || !(text.endsWith('+00:00') || text.endsWith('-00:00'))) {
    return Number.NaN;
  }
  return daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second + fraction;
}

/** Seconds since the epoch as `2026-03-02T09:15:04Z` (milliseconds shown only when present). */
export function formatUtcTime(seconds: number): string {
  const text = new Date(Math.round(seconds * 1000)).toISOString();
  return text.endsWith('.000Z') ? `${text.slice(0, -5)}Z` : text;
}
