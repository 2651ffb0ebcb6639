/**
 * Daily traffic profiles: 24 weights for the local hours 0..23. Call rates scale with
 * weight / max(weight), so `perUserPerHour` is the rate at the busy hour.
 */

/**
 * A working day: quiet nights, a morning peak at 9-10 h, a lunch dip, an afternoon peak
 * at 14 h, tailing off in the evening. Shaped like the busy-hour curves of enterprise
 * voice traffic; the busy hour is the reference (weight 1).
 */
export const OFFICE_PROFILE: readonly number[] = Object.freeze([
  0.01, 0.01, 0.01, 0.01, 0.01, 0.02, 0.05, 0.2, 0.65, 1, 1, 0.85,
  0.55, 0.8, 0.95, 0.9, 0.7, 0.4, 0.15, 0.07, 0.04, 0.03, 0.02, 0.01,
]);

/** The same rate all day. */
export const FLAT_PROFILE: readonly number[] = Object.freeze(new Array<number>(24).fill(1));

/** The 24 weights of a profile setting, normalised so the largest is 1. */
export function profileWeights(profile: 'flat' | 'office' | readonly number[]): Float64Array {
  const raw = profile === 'flat' ? FLAT_PROFILE : profile === 'office' ? OFFICE_PROFILE : profile;
  const max = Math.max(...raw);
  if (!(max > 0)) throw new RangeError('a traffic profile needs a positive weight');
  return Float64Array.from(raw, (w) => w / max);
}

/**
 * Weights by UTC hour for a site `utcOffsetHours` ahead of UTC: the rate in UTC hour h is
 * the local profile at local time h + offset. A fractional offset (India, +5.5) blends
 * the two local hours the UTC hour straddles, in proportion.
 */
export function utcHourWeights(local: Float64Array, utcOffsetHours: number): Float64Array {
  const out = new Float64Array(24);
  const whole = Math.floor(utcOffsetHours);
  const frac = utcOffsetHours - whole;
  for (let h = 0; h < 24; h++) {
    const a = local[(((h + whole) % 24) + 24) % 24]!;
    const b = local[(((h + whole + 1) % 24) + 24) % 24]!;
    out[h] = a * (1 - frac) + b * frac;
  }
  return out;
}
