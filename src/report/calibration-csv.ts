/**
 * The files of `avsim calibrate` and `avsim fit` that are tables: calibration.csv and
 * fit.csv, their rows built by the calibration core (calibrate/calibration-rows.ts,
 * calibrate/fit-rows.ts), rendered here as every other CSV is ({@link renderCsv}).
 */
import { CALIBRATION_COLUMNS } from '../calibrate/calibration-rows.js';
import type { CalibrationRow } from '../calibrate/calibration-rows.js';
import { FIT_COLUMNS } from '../calibrate/fit-rows.js';
import type { FitRow } from '../calibrate/fit-rows.js';
import { renderCsv } from './csv.js';

/** `calibration.csv`'s contents. */
export function renderCalibrationCsv(rows: readonly CalibrationRow[]): string {
  return renderCsv(CALIBRATION_COLUMNS, rows);
}

/** `fit.csv`'s contents. */
export function renderFitCsv(rows: readonly FitRow[]): string {
  return renderCsv(FIT_COLUMNS, rows);
}
