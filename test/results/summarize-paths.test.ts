import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/results/summarize.js';
import { PATHS } from '../../src/negotiation/paths.js';
import { RESOURCES, SCENARIOS, T_975_1, results } from './summarize-fixture.js';

describe('summarize: path rows', () => {
  const { paths } = summarize(SCENARIOS, RESOURCES, results());
  const base = paths.filter((r) => r.scenario === 'base');

  it('lists every path of every scenario in report order', () => {
    expect(paths.map((r) => `${r.scenario}/${r.path}`)).toEqual([
      ...PATHS.map((p) => `base/${p}`),
      ...PATHS.map((p) => `alt/${p}`),
    ]);
  });

  it('gives calls per replication and shares as ratios of sums (hand-worked)', () => {
    // Replication totals 10 and 5, 15 calls in all.
    expect(base.map((r) => r.calls)).toEqual([4, 1.5, 0, 0, 0.5, 0, 1.5]);
    const shares = [8 / 15, 3 / 15, 0, 0, 1 / 15, 0, 3 / 15];
    base.forEach((r, i) => expect(r.share).toBeCloseTo(shares[i]!, 14));
  });

  it('gives each share its ratio-estimator interval, clamped to [0, 1]', () => {
    const byPath = Object.fromEntries(base.map((r) => [r.path, r]));
    // edge-udp: z = [2 - 2, 1 - 1] = 0: no width.
    expect(byPath['edge-udp']!.share_ci95_low).toBeCloseTo(0.2, 14);
    expect(byPath['edge-udp']!.share_ci95_high).toBeCloseTo(0.2, 14);
    // Unused path: 0 with a [0, 0] interval.
    expect(byPath['mcu']).toMatchObject({ share: 0, share_ci95_low: 0, share_ci95_high: 0 });
    // p2p: z = [6 - 16/3, 2 - 8/3] = ±2/3, s_z = 2√2/3: half-width t·(2√2/3)/(√2·7.5) = 1.1294; clamped.
    expect(byPath['p2p']).toMatchObject({ share_ci95_low: 0, share_ci95_high: 1 });
    expect((T_975_1 * 2) / 3 / 7.5).toBeGreaterThan(1 - 8 / 15); // the clamp really applies
  });

  it('has no interval with one replication', () => {
    const alt = paths.filter((r) => r.scenario === 'alt');
    expect(alt[0]!.share).toBeCloseTo(1 / 3, 14);
    expect(alt[0]!.share_ci95_low).toBeNaN();
    expect(alt[0]!.share_ci95_high).toBeNaN();
  });
});
