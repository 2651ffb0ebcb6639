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

  it('never arrives when the rate is so low that the next arrival lies past 2^53 s (the walk used to never end)', () => {
    // 1e-20 per second in two hours of the day: the first arrival, some 1e23 s away, is
    // further than an hour can be added to a double; with 1e-12 (some 1e13 s) it is still a time.
    const rates = new Array<number>(24).fill(0);
    rates[0] = rates[1] = 1e-20;
    const rng = createStream(1, 0, 'x');
    const process = new HourlyPoissonArrivals(rates, 0);
    for (let i = 0; i < 5; i++) expect(process.next(0, rng)).toBe(Infinity);
    rates[0] = rates[1] = 1e-12;
    const t = new HourlyPoissonArrivals(rates, 0).next(0, rng);
    expect(t).toBeGreaterThan(1e12);
    expect(t).toBeLessThan(2 ** 53);
  });

  it('meanCount integrates the hourly rate over any interval, across midnight and whole days', () => {
    const rates = Array.from({ length: 24 }, (_, h) => h / 3600); // h arrivals in UTC hour h
    const process = new HourlyPoissonArrivals(rates, 22 * 3600); // t=0 is 22:00 UTC
    // 22:30 to 01:15: half of hour 22, all of 23, all of 0, a quarter of hour 1.
    expect(process.meanCount(1800, 3 * 3600 + 900)).toBeCloseTo(11 + 23 + 0 + 0.25, 9);
    // Two days and a bit: 2 x (0 + 1 + ... + 23) plus the first half of hour 22.
    expect(process.meanCount(0, 2 * 86400 + 1800)).toBeCloseTo(2 * 276 + 11, 9);
    expect(process.meanCount(5, 5)).toBe(0);
  });
});
