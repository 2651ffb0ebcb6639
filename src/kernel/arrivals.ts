/**
 * Nonhomogeneous Poisson arrivals with a rate that is piecewise constant per hour of
 * the (UTC) day, repeating every 24 hours, drawn by exact inversion of the cumulative
 * rate: draw E ~ Exp(1) and walk forward until the integral of the rate reaches E.
 * Unlike drawing the next gap at the rate in force at the previous arrival, this never
 * skips a short busy hour that starts between two arrivals.
 */
import type { Uniform } from './streams.js';

const HOUR = 3600;
const DAY = 86400;
/**
 * Simulated times from 2^53 s on (some 285 million years) hold no exact seconds, and far
 * enough out an hour added to them does not move them. No window reaches them, so an
 * arrival drawn that late is no arrival.
 */
const NEVER = 2 ** 53;

export class HourlyPoissonArrivals {
  private readonly rates: Float64Array;
  /** Arrivals per day: the integral of the rate over 24 h. */
  readonly perDay: number;
  /** The hour found by the last call: [cachedStart, cachedEnd) in simulated time. */
  private cachedStart = 0;
  private cachedEnd = -1;
  private cachedHour = 0;

  /**
   * @param ratesPerHourUtc 24 rates (arrivals per second) for the UTC hours 0..23.
   * @param originUtcSeconds UTC time of day (seconds) of simulated time 0.
   */
  constructor(
    ratesPerHourUtc: ArrayLike<number>,
    private readonly originUtcSeconds: number,
  ) {
    if (ratesPerHourUtc.length !== 24) throw new RangeError('expected 24 hourly rates');
    this.rates = Float64Array.from(ratesPerHourUtc);
    let perDay = 0;
    for (const r of this.rates) {
      if (!(r >= 0) || !Number.isFinite(r)) throw new RangeError(`rate must be finite and >= 0, got ${r}`);
      perDay += r * HOUR;
    }
    this.perDay = perDay;
    // Every replication's first draw is at time 0: with its hour found here, `next` meets
    // an uncached hour only after a skipped day, not at the start of every replication
    // (optimised code that has never run that branch deoptimises when it first does).
    this.locate(0);
  }

  /** UTC second of the day at simulated time t. */
  private timeOfDay(t: number): number {
    return (((this.originUtcSeconds + t) % DAY) + DAY) % DAY;
  }

  /** Finds the hour in force at `now` and caches it as [cachedStart, cachedEnd). */
  private locate(now: number): void {
    const tod = this.timeOfDay(now);
    const hour = Math.floor(tod / HOUR) % 24;
    const hourEnd = now + ((hour + 1) * HOUR - tod);
    this.cachedHour = hour;
    this.cachedEnd = hourEnd;
    this.cachedStart = hourEnd - HOUR;
  }

  /**
   * The same process with nothing remembered from earlier draws. A replication takes its
   * own, so that what it draws never depends on which replications ran before it in the
   * same thread (the hour cache is exact in intent, but floating point is not).
   */
  fresh(): HourlyPoissonArrivals {
    return new HourlyPoissonArrivals(this.rates, this.originUtcSeconds);
  }

  /** Rate (per second) in force at simulated time t. */
  rateAt(t: number): number {
    return this.rates[Math.floor(this.timeOfDay(t) / HOUR) % 24]!;
  }

  /** Expected arrivals in [from, to]: the integral of the rate (whole days, then hour by hour). */
  meanCount(from: number, to: number): number {
    if (!(to > from)) return 0;
    const days = Math.floor((to - from) / DAY);
    let total = days * this.perDay;
    let now = from + days * DAY;
    while (now < to) {
      const tod = this.timeOfDay(now);
      const hour = Math.floor(tod / HOUR) % 24;
      const end = Math.min(to, now + ((hour + 1) * HOUR - tod));
      total += this.rates[hour]! * (end - now);
      now = end;
    }
    return total;
  }

  /**
   * The first arrival after time t (one uniform); `Infinity` when the rate is zero all day.
   * Most arrivals fall in the hour of the one before, so that case is tried first, in a few
   * instructions; {@link nextAcross} walks the hours (and whole days) otherwise. The split
   * keeps this function small enough for V8 to inline into the simulator's loop with the
   * event queue's pop. Both give the same number as one walk would.
   */
  next(t: number, rng: Uniform): number {
    const need = -Math.log(1 - rng.next()); // Exp(1): the cumulative rate to cover
    if (need < this.perDay && t >= this.cachedStart && t < this.cachedEnd) {
      const rate = this.rates[this.cachedHour]!;
      if (rate * (this.cachedEnd - t) >= need && rate > 0) return t + need / rate;
    }
    return this.nextAcross(t, need);
  }

  /** The arrival after t that covers `need` of cumulative rate, hour by hour from t's. */
  private nextAcross(t: number, need: number): number {
    if (this.perDay === 0) return Infinity;
    // Whole days first, so a sparse profile costs no more than one pass of 24 hours.
    const days = Math.floor(need / this.perDay);
    let now = t + days * DAY;
    // A rate so low (a positive one of 1e-20 per second, say) that the arrival lies past
    // any window: the walk below would add hours to a time they cannot move, for ever.
    if (!(now < NEVER)) return Infinity;
    need -= days * this.perDay;
    // Find the hour in force at `now`. Successive calls ask about nearby times, so the
    // hour found last time is tried first and the (slow) modulo is taken only on a miss.
    if (!(now >= this.cachedStart && now < this.cachedEnd)) this.locate(now);
    let hour = this.cachedHour;
    let hourEnd = this.cachedEnd;
    const rates = this.rates;
    for (;;) {
      const rate = rates[hour]!;
      const mass = rate * (hourEnd - now);
      if (mass >= need && rate > 0) {
        this.cachedHour = hour;
        this.cachedEnd = hourEnd;
        this.cachedStart = hourEnd - HOUR;
        return now + need / rate;
      }
      need -= mass;
      now = hourEnd;
      hourEnd += HOUR;
      hour = hour === 23 ? 0 : hour + 1;
    }
  }
}
