/**
 * How the report writes figures in its text, tables and chart labels: to 3 significant
 * digits, as the console does (`sigFigures`, `percentText` in figures.ts; the CSVs keep
 * the full figures), whole from 1000 up, `-` where there is no value.
 */
import { sigFigures } from '../figures.js';

/** Significant digits of the report's figures. */
export const FIGURE_DIGITS = 3;

/** A figure to {@link FIGURE_DIGITS} significant digits ("12.3", "0.75", "4", "7139"). */
export function figureText(value: number): string {
  return sigFigures(value, FIGURE_DIGITS);
}

/** A difference with its sign ("+21.3", "-0.5", "0"). */
export function signedText(value: number): string {
  const text = figureText(value);
  return value > 0 && text !== '0' ? `+${text}` : text;
}
