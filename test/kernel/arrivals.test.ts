import { describe, expect, it } from 'vitest';
import { HourlyPoissonArrivals } from '../../src/kernel/arrivals.js';
import { createStream } from '../../src/kernel/streams.js';

describe('HourlyPoissonArrivals (exact inversion of the cumulative rate)', () => {
  it('puts the expected count in each hour, including a short busy hour between quiet ones', () => {
    // One busy hour (10:00-11:00 UTC) in an otherwise almost silent day. Drawing each gap
    // at the rate in force at the previous arrival would mostly jump over it.
    const rates = new Array<number>(24).fill(0.0001);
    rates[10] = 1; // 3600 expected arrivals in that hour
    const process = new HourlyPoissonArrivals(rates, 0);
    const rng = createStream(3, 0, 'arr');
    const days = 20;
    const perHour = new Float64Array(24);
    for (let t = process.next(0, rng); t < days * 86400; t = process.next(t, rng)) perHour[Math.floor((t % 86400) / 3600)]!++;
    const busy = perHour[10]! / days;
    // Poisson: sd of a 20-day mean is sqrt(3600/20) = 13.4; 4 sd.
    expect(Math.abs(busy - 3600)).toBeLessThan(4 * Math.sqrt(3600 / days));
    const quiet = perHour[3]! / days;
    expect(quiet).toBeLessThan(5);
  });

  it('follows the origin: simulated time 0 is the given UTC second of the day', () => {
    const rates = new Array<number>(24).fill(0);
    rates[8] = 0.5;
    const process = new HourlyPoissonArrivals(rates, 7 * 3600); // t=0 is 07:00 UTC
    const rng = createStream(1, 0, 'o');
    const first = process.next(0, rng);
    expect(first).toBeGreaterThanOrEqual(3600);
    expect(first).toBeLessThan(7200);
    expect(process.rateAt(3600)).toBe(0.5);
    expect(process.rateAt(0)).toBe(0);
  });

  it('never arrives when every rate is zero', () => {
    const process = new HourlyPoissonArrivals(new Array<number>(24).fill(0), 0);
    expect(process.next(0, createStream(1, 0, 'z'))).toBe(Infinity);
  });
});
