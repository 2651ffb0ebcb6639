import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/results/summarize.js';
import { PATH_ROWS } from '../../src/results/types.js';
import { RESOURCES, SCENARIOS, T_975_1, results } from './summarize-fixture.js';

describe('summarize: path rows', () => {
  const { paths } = summarize(SCENARIOS, RESOURCES, results());
  const base = paths.filter((r) => r.scenario === 'base');

  it('lists every path of every scenario in report order', () => {
    expect(paths.map((r) => `${r.scenario}/${r.path}`)).toEqual([
      ...PATH_ROWS.map((p) => `base/${p}`),
      ...PATH_ROWS.map((p) => `alt/${p}`),
    ]);
  });

  it('gives calls per replication and shares as ratios of sums (hand-worked)', () => {
    // Replication totals 10 and 5, 15 calls in all.
    const partition = base.filter((r) => r.path !== 'video-downgraded');
    expect(partition.map((r) => r.calls)).toEqual([4, 1.5, 0, 0, 0.5, 0, 1.5, 0, 0, 0, 0]);
    const shares = [8 / 15, 3 / 15, 0, 0, 1 / 15, 0, 3 / 15, 0, 0, 0, 0];
    partition.forEach((r, i) => expect(r.share).toBeCloseTo(shares[i]!, 14));
  });

  it('gives the video calls CAC dropped to audio as a share of video calls, outside the partition', () => {
    // Video calls 4 and 2, of which 1 and 1 downgraded: 1 per replication, 2 / 6 of video calls.
    const row = base.find((r) => r.path === 'video-downgraded')!;
    expect(row.calls).toBe(1);
    expect(row.share).toBeCloseTo(1 / 3, 14);
    // z = [1 - 4/3, 1 - 2/3] = ±1/3: s_z = √2/3, half-width t·(√2/3)/(√2·3) = t/9.
    expect(row.share_ci95_high - row.share).toBeCloseTo(Math.min(T_975_1 / 9, 1 - 1 / 3), 12);
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
