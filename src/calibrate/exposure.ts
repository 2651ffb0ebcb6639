/**
 * Exposure: how long each part of the day was observed. The records' window runs from
 * the first record's start to the last record's start (a call can only be seen to start
 * inside it); a quarter hour of the day is observed once per day it lies in the window,
 * partial quarters prorated. A location's local hour sums the four quarters that fall in
 * it at that location's UTC offset.
 */
import { SLOT_SECONDS, SLOTS_PER_DAY } from './record-tables.js';

/**
 * Seconds of the window `[first, last]` that fall in each UTC quarter hour of the day.
 *
 * @param first - Window start, seconds since the epoch.
 * @param last - Window end, `>= first`.
 * @returns `SLOTS_PER_DAY` exposures in seconds (all 0 for an empty window).
 */
export function slotExposure(first: number, last: number): Float64Array {
  const exposure = new Float64Array(SLOTS_PER_DAY);
  if (!(last > first)) return exposure;
  for (let day = Math.floor(first / 86400); day * 86400 < last; day++) {
    for (let s = 0; s < SLOTS_PER_DAY; s++) {
      const from = day * 86400 + s * SLOT_SECONDS;
      const overlap = Math.min(last, from + SLOT_SECONDS) - Math.max(first, from);
      if (overlap > 0) exposure[s]! += overlap;
    }
  }
  return exposure;
}

/**
 * The local hour of each UTC quarter hour at a UTC offset. Offsets are taken to the
 * nearest quarter hour, which every time zone in use is a multiple of.
 *
 * @param utcOffsetHours - Local time minus UTC, hours.
 * @returns `SLOTS_PER_DAY` local hours (0-23).
 */
export function localHourOfSlot(utcOffsetHours: number): Uint8Array {
  const shift = Math.round(utcOffsetHours * (SLOTS_PER_DAY / 24));
  const hours = new Uint8Array(SLOTS_PER_DAY);
  const perHour = SLOTS_PER_DAY / 24;
  for (let s = 0; s < SLOTS_PER_DAY; s++) hours[s] = Math.floor((((s + shift) % SLOTS_PER_DAY) + SLOTS_PER_DAY) % SLOTS_PER_DAY / perHour);
  return hours;
}

/**
 * Sums per-slot values into local hours.
 *
 * @param values - `SLOTS_PER_DAY` values starting at `offset` in the array.
 * @param hours - From {@link localHourOfSlot}.
 * @param offset - Index of slot 0 in `values`. @default 0
 */
export function sumByLocalHour(values: ArrayLike<number>, hours: Uint8Array, offset = 0): Float64Array {
  const out = new Float64Array(24);
  for (let s = 0; s < SLOTS_PER_DAY; s++) out[hours[s]!]! += values[offset + s]!;
  return out;
}
