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

/** Seconds of the local day at UTC second-of-day `utc`, for a location `utcOffsetHours` ahead of UTC. */
export function localSecondOfDay(utc: number, utcOffsetHours: number): number {
  return (((utc + utcOffsetHours * 3600) % 86400) + 86400) % 86400;
}

/**
 * The profile weight in force at UTC second-of-day `utc` for a location `utcOffsetHours`
 * ahead of UTC: the weight of its local hour then. With a fractional offset (India, +5.5)
 * the local hour, and so the weight, changes at half past the UTC hour: the rate is
 * piecewise constant on local hours, never a blend of two.
 */
export function weightAtUtc(local: Float64Array, utcOffsetHours: number, utc: number): number {
  return local[Math.floor(localSecondOfDay(utc, utcOffsetHours) / 3600) % 24]!;
}
