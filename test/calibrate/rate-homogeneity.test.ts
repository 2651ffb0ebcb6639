import { describe, expect, it } from 'vitest';
import { pooledHourlyCounts } from '../../src/calibrate/rate-fit.js';
import type { HourlyCounts } from '../../src/calibrate/rate-fit.js';
import { rateHomogeneity } from '../../src/calibrate/rate-homogeneity.js';

const office = Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 18 ? 20 : 2));
const flat = new Array<number>(24).fill(11);
const counts = (audio: number[], video: number[], users: number): HourlyCounts => ({
  counts: [Float64Array.from(audio), Float64Array.from(video), new Float64Array(24)],
  userHours: new Float64Array(24).fill(users),
});

describe('one traffic model for all locations, or one each', () => {
  it('does not reject locations with the same rates per user (twice the users, twice the calls)', () => {
    const a = counts(office, office.map((n) => n / 2), 100);
    const b = counts(office.map((n) => 2 * n), office, 200);
    const test = rateHomogeneity([a, b], pooledHourlyCounts([a, b]));
    expect(test.statistic).toBeCloseTo(0, 9);
    expect(test.df).toBe(24 + 2 - 1);
    expect(test.pValue).toBeCloseTo(1, 9);
  });

  it('rejects locations whose daily profiles differ', () => {
    const a = counts(office, office, 100);
    const b = counts(flat, flat, 100);
    expect(rateHomogeneity([a, b], pooledHourlyCounts([a, b])).pValue).toBeLessThan(1e-6);
  });
});
