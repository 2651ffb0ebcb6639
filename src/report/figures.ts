/**
 * How figures read on the console and in report.html: to a few significant digits
 * (the CSVs keep six), `-` where there is no value. One place, so that the table on
 * stdout and the page say the same numbers the same way.
 */
import { formatNumber } from './number-format.js';

/**
 * A figure to `digits` significant digits ("5.633", "59.63", "0.01235"); whole numbers
 * of `digits` figures or more are rounded to a whole number ("12346"), never put in an
 * exponent. `-` when there is no value.
 *
 * @param digits - significant digits. @default 4
 */
export function sigFigures(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return '-';
  if (Math.abs(value) >= 10 ** digits) return formatNumber(Math.round(value));
  return formatNumber(Number(value.toPrecision(digits)));
}

/**
 * A probability or share as a percentage to 3 significant digits ("6.3%", "0.787%"),
 * `<0.001%` below that (never eighty zeros), `-` when there is none.
 */
export function percentText(value: number): string {
  if (!Number.isFinite(value)) return '-';
  if (value > 0 && value < 1e-5) return '<0.001%';
  return `${formatNumber(Number((value * 100).toPrecision(3)))}%`;
}

/** A 95% interval of a probability, "[1.2%, 3.4%]"; empty when there is none. */
export function percentInterval(low: number, high: number): string {
  return Number.isFinite(low) && Number.isFinite(high) ? `[${percentText(low)}, ${percentText(high)}]` : '';
}

/** A probability with its interval, "2.5% [1.8%, 3.2%]"; only "0%" when it and its interval are all 0. */
export function percentWithInterval(value: number, low: number, high: number): string {
  if (value === 0 && (!(high > 0) || !Number.isFinite(high))) return percentText(0);
  const interval = percentInterval(low, high);
  return interval === '' ? percentText(value) : `${percentText(value)} ${interval}`;
}
