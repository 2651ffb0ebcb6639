import { describe, expect, it } from 'vitest';
import { formatUtcTime, parseUtcTime } from '../../src/calibrate/utc-time.js';

describe('parseUtcTime', () => {
  it('reads Z and +00:00 times with fractional seconds', () => {
    const t = Date.UTC(2026, 2, 2, 9, 15, 4) / 1000;
    expect(parseUtcTime('2026-03-02T09:15:04Z')).toBe(t);
    expect(parseUtcTime('2026-03-02T09:15:04+00:00')).toBe(t);
    expect(parseUtcTime('2026-03-02T09:15:04.25Z')).toBe(t + 0.25);
    expect(parseUtcTime('2024-02-29T00:00:00Z')).toBe(Date.UTC(2024, 1, 29) / 1000);
    expect(formatUtcTime(t)).toBe('2026-03-02T09:15:04Z');
  });

  it('refuses local times, other offsets and impossible dates', () => {
    for (const bad of ['yesterday', '2026-03-02 09:15:04', '2026-03-02T09:15:04', '2026-03-02T09:15:04+01:00', '2026-02-29T00:00:00Z', '2026-03-02T24:00:00Z', '2026-13-01T00:00:00Z']) {
      expect(parseUtcTime(bad)).toBeNaN();
    }
  });
});
