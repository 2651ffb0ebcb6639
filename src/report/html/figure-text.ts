/**
 * How the report writes figures in its text, tables and chart labels: rounded for
 * reading (the CSVs keep the full figures), `-` where there is no value.
 */
import { formatNumber } from '../number-format.js';

/** A figure to one decimal ("12.3", "4"). */
export function decimalText(value: number): string {
  return Number.isFinite(value) ? formatNumber(Math.round(value * 10) / 10) : '-';
}

/** A count: whole from 100 up ("24640"), else to one decimal ("12.5"). */
export function countText(value: number): string {
  return Math.abs(value) >= 100 ? formatNumber(Math.round(value)) : decimalText(value);
}

/** A difference with its sign ("+21.3", "-0.5", "0"). */
export function signedText(value: number): string {
  const text = decimalText(value);
  return value > 0 && text !== '0' ? `+${text}` : text;
}
