/**
 * How report numbers are written: deterministically, without exponents at ordinary
 * magnitudes, and with non-finite values left empty.
 */

/** Significant digits kept for non-integers. */
export const SIGNIFICANT_DIGITS = 6;

/**
 * Formats a number for a report cell.
 *
 * - integers as they are (`12`, `-3`, `0` also for `-0`);
 * - other finite numbers rounded to {@link SIGNIFICANT_DIGITS} significant digits,
 *   trailing zeros dropped, in plain decimal notation (`0.125`, `1234570`,
 *   `0.00000123457`); an exponent appears only below 1e-94 or from 1e21 up;
 * - `NaN` and `±Infinity` as the empty string (no value: one replication, unlimited
 *   capacity).
 *
 * The same number always gives the same string.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return String(value === 0 ? 0 : value);
  const rounded = Number(value.toPrecision(SIGNIFICANT_DIGITS));
  if (Number.isInteger(rounded)) return String(rounded === 0 ? 0 : rounded);
  const magnitude = Math.abs(rounded);
  // String() is the shortest round-trip form: for a double nearest a 6-digit decimal it
  // is that decimal, in plain notation from 1e-6 up to 1e21.
  if (magnitude >= 1e-6) return String(rounded);
  // Below 1e-6 String() switches to exponents: give the digits explicitly instead.
  const decimals = SIGNIFICANT_DIGITS - 1 - Math.floor(Math.log10(magnitude));
  if (decimals > 100) return String(rounded);
  return rounded.toFixed(decimals).replace(/\.?0+$/, '');
}
