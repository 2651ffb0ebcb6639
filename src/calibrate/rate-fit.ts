/**
 * Call rates: the maximum-likelihood fit of a nonhomogeneous Poisson process with a
 * piecewise-constant rate per local hour, `rate = count / user-hours observed`, with the
 * exact Garwood 95% interval. Then the workload's form, which shares one profile across
 * kinds: `profile(h) ∝ all-kinds rate(h)` (largest weight 1) and
 * `perUserPerHour_k = busy-hour all-kinds rate × count_k / count_all`, the MLE of the
 * product model `rate(h, k) = profile(h) · perUserPerHour_k`.
 */
import { garwoodInterval } from '../stats/poisson-interval.js';
import { localHourOfSlot, sumByLocalHour } from './exposure.js';
import { FIT_KINDS, SLOTS_PER_DAY } from './record-tables.js';
import type { FitKind, LocationTable } from './record-tables.js';

/** An estimate with its 95% interval and the events it rests on. */
export interface Estimate {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  readonly records: number;
}

/** One local hour's rate per user per hour. */
export interface HourRate extends Estimate {
  readonly localHour: number;
  /** User-hours observed in this local hour. */
  readonly userHours: number;
}

/** Counts by kind and local hour, and the user-hours observed in each hour. */
export interface HourlyCounts {
  /** Per kind ({@link FIT_KINDS} order), 24 counts by local hour. */
  readonly counts: readonly Float64Array[];
  readonly userHours: Float64Array;
}

/** The rates of one location (or of several pooled). */
export interface RateFit {
  /** Per kind, 24 hourly rates. */
  readonly byKind: Readonly<Record<FitKind, readonly HourRate[]>>;
  /** All kinds together, 24 hourly rates. */
  readonly all: readonly HourRate[];
  /** Records per kind over the whole window. */
  readonly counts: Readonly<Record<FitKind, number>>;
  readonly total: number;
  /** Local hour of the largest all-kinds rate; `NaN` without any call. */
  readonly busyHour: number;
  /** 24 weights, largest 1; hours never observed (no exposure) weigh 0. */
  readonly profile: readonly number[];
  /** Hours with no exposure (window shorter than a day): their weight is not fitted. */
  readonly unobservedHours: readonly number[];
  /**
   * Per kind, at the busy hour: `λ_busy · n_k / n`. Interval (an approximation): the
   * union of the busy hour's Garwood interval times the kind's share, and the Garwood
   * interval of `n_k` times `λ_busy / n`; the first carries the busy hour's noise, the
   * second the kind's (and gives a kind never seen an upper bound). The busy hour is
   * chosen on the same counts (the highest rate, whose noise is more often up than
   * down), so its interval is taken at the simultaneous level `1 - (1 - level) / H` over
   * the H hours observed: an interval that holds for every hour at once holds for the one
   * chosen. At the plain level it covered 87% in the round trip (test/calibrate).
   */
  readonly perUserPerHour: Readonly<Record<FitKind, Estimate>>;
}

function hourRate(localHour: number, count: number, userHours: number): HourRate {
  if (!(userHours > 0)) return { localHour, userHours, records: count, estimate: Number.NaN, low: Number.NaN, high: Number.NaN };
  const g = garwoodInterval(count);
  return { localHour, userHours, records: count, estimate: count / userHours, low: g.low / userHours, high: g.high / userHours };
}

/**
 * Counts of one location by kind and local hour, with its user-hours.
 *
 * @param table - The location's counters (UTC quarter hours).
 * @param users - Its users (the denominator of every rate).
 * @param utcOffsetHours - Its UTC offset; remote users' clock is UTC (0).
 * @param exposure - Seconds observed per UTC quarter hour (exposure.ts `slotExposure`).
 */
export function locationHourlyCounts(table: LocationTable, users: number, utcOffsetHours: number, exposure: Float64Array): HourlyCounts {
  const hours = localHourOfSlot(utcOffsetHours);
  const counts = FIT_KINDS.map((_, k) => sumByLocalHour(table.calls, hours, k * SLOTS_PER_DAY));
  const userHours = sumByLocalHour(exposure, hours).map((seconds) => (users * seconds) / 3600);
  return { counts, userHours };
}

/** Several locations' counts added up: the pooled model's sufficient statistics. */
export function pooledHourlyCounts(list: readonly HourlyCounts[]): HourlyCounts {
  const counts = FIT_KINDS.map(() => new Float64Array(24));
  const userHours = new Float64Array(24);
  for (const c of list) {
    for (let h = 0; h < 24; h++) {
      userHours[h]! += c.userHours[h]!;
      for (let k = 0; k < FIT_KINDS.length; k++) counts[k]![h]! += c.counts[k]![h]!;
    }
  }
  return { counts, userHours };
}

/**
 * Fits the hourly rates and the workload's profile and per-kind rates.
 *
 * @param hourly - Counts by kind and local hour with the user-hours observed
 *   ({@link locationHourlyCounts}, or {@link pooledHourlyCounts} for several locations).
 */
export function fitRates(hourly: HourlyCounts): RateFit {
  const byKind = {} as Record<FitKind, HourRate[]>;
  const counts = {} as Record<FitKind, number>;
  const allCounts = new Float64Array(24);
  FIT_KINDS.forEach((kind, k) => {
    const c = hourly.counts[k]!;
    byKind[kind] = Array.from({ length: 24 }, (_, h) => hourRate(h, c[h]!, hourly.userHours[h]!));
    counts[kind] = c.reduce((a, b) => a + b, 0);
    for (let h = 0; h < 24; h++) allCounts[h]! += c[h]!;
  });
  const all = Array.from({ length: 24 }, (_, h) => hourRate(h, allCounts[h]!, hourly.userHours[h]!));
  const total = allCounts.reduce((a, b) => a + b, 0);
  let busyHour = Number.NaN;
  for (const r of all) if (r.records > 0 && (Number.isNaN(busyHour) || r.estimate > all[busyHour]!.estimate)) busyHour = r.localHour;
  const busy = Number.isNaN(busyHour) ? undefined : all[busyHour]!;
  const profile = all.map((r) => (busy !== undefined && r.userHours > 0 ? r.estimate / busy.estimate : 0));
  const unobservedHours = all.filter((r) => !(r.userHours > 0)).map((r) => r.localHour);
  // The busy hour's interval, simultaneous over the hours observed (see perUserPerHour).
  const simultaneous = busy === undefined ? undefined : garwoodInterval(busy.records, 1 - 0.05 / Math.max(1, 24 - unobservedHours.length));
  const busyLow = simultaneous === undefined ? Number.NaN : simultaneous.low / busy!.userHours;
  const busyHigh = simultaneous === undefined ? Number.NaN : simultaneous.high / busy!.userHours;
  const perUserPerHour = {} as Record<FitKind, Estimate>;
  for (const kind of FIT_KINDS) {
    const share = total > 0 ? counts[kind] / total : Number.NaN;
    if (busy === undefined) {
      perUserPerHour[kind] = { estimate: Number.NaN, low: Number.NaN, high: Number.NaN, records: counts[kind] };
      continue;
    }
    const perCall = busy.estimate / total;
    const g = garwoodInterval(counts[kind]);
    perUserPerHour[kind] = {
      estimate: busy.estimate * share,
      low: Math.min(busyLow * share, g.low * perCall),
      high: Math.max(busyHigh * share, g.high * perCall),
      records: counts[kind],
    };
  }
  return { byKind, all, counts, total, busyHour, profile, unobservedHours, perUserPerHour };
}
