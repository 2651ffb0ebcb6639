import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/results/summarize.js';
import { RESOURCES, SCENARIOS, T_975_1, results } from './summarize-fixture.js';

describe('summarize: summary rows', () => {
  const { summary } = summarize(SCENARIOS, RESOURCES, results());

  it('has one row per scenario and resource, in order', () => {
    expect(summary.map((r) => [r.scenario, r.resource, r.kind])).toEqual([
      ['base', 'edge:dmz', 'edge'],
      ['base', 'ports:hq', 'ports'],
      ['alt', 'edge:dmz', 'edge'],
      ['alt', 'ports:hq', 'ports'],
    ]);
  });

  it('reduces the Edge of the two-replication scenario by hand-worked figures', () => {
    const edge = summary[0]!;
    expect(edge).toMatchObject({
      capacity: 2,
      offered: 10, // (10 + 10) / 2
      carried: 8.5, // (8 + 9) / 2
      blocked: 1.5, // (2 + 1) / 2
      blocking_probability: 0.15, // 3 / 20
      blocking_ci95_low: 0, // 0.15 - 0.63531, clamped
      mean_concurrency: 0.75, // (5400/5400 + 2700/5400) / 2
      p95_concurrency: 2, // merged [4500, 4500, 1800]: cumulative 9000 < 10260 <= 10800
      peak_concurrency: 2,
    });
    // z = [2 - 1.5, 1 - 1.5], s_z = √0.5: half-width t·√0.5/(√2·10) = t/20.
    expect(edge.blocking_ci95_high).toBeCloseTo(0.15 + T_975_1 / 20, 12);
    // The busy hour is 08:00, the only whole clock hour (the partial 09:00, however busy,
    // is not a candidate): 120 and 60 kbit/s, mean 90.
    expect(edge.busy_hour_utc).toBe('08:00');
    expect(edge.busy_hour_mbps).toBeCloseTo(0.09, 12);
    // Every request arrived then: the window's blocking, and 10 x 240 s / 3600 erlangs.
    expect(edge.busy_hour_blocking).toBeCloseTo(0.15, 12);
    expect(edge.busy_hour_blocking_ci95_high).toBeCloseTo(0.15 + T_975_1 / 20, 12);
    expect(edge.busy_hour_offered_erlangs).toBeCloseTo(2400 / 3600, 12);
  });

  it('reduces the unlimited port pool', () => {
    const ports = summary[1]!;
    expect(ports).toMatchObject({
      capacity: Number.POSITIVE_INFINITY,
      offered: 3,
      carried: 3,
      blocked: 0,
      blocking_probability: 0,
      blocking_ci95_low: 0,
      blocking_ci95_high: 0,
      mean_concurrency: 0.375, // (0.25 + 0.5) / 2
      p95_concurrency: 2, // merged [7425, 2700, 675]: 10125 < 10260
      peak_concurrency: 2,
    });
    expect(ports.busy_hour_mbps).toBeCloseTo((22.5 + 0) / 2 / 1000, 12); // 08:00; the 60 kbit/s fell at 09:00
  });

  it('leaves the interval open (NaN) for the one-replication scenario', () => {
    const [edge, ports] = [summary[2]!, summary[3]!];
    expect(edge).toMatchObject({ offered: 4, blocking_probability: 0, p95_concurrency: 1, peak_concurrency: 1 });
    expect(edge.mean_concurrency).toBeCloseTo(1 / 3, 14);
    expect(edge.busy_hour_mbps).toBeCloseTo(0.03, 14);
    expect(edge.blocking_ci95_low).toBeNaN();
    expect(edge.blocking_ci95_high).toBeNaN();
    // Nothing offered: probability 0 rather than 0/0, and no busy hour to name.
    expect(ports).toMatchObject({ offered: 0, blocking_probability: 0, mean_concurrency: 0, p95_concurrency: 0, busy_hour_utc: '' });
    expect(ports.busy_hour_offered_erlangs).toBeNaN();
  });
});
