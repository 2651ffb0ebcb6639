import { describe, expect, it } from 'vitest';
import { localHourOfSlot, slotExposure } from '../../src/calibrate/exposure.js';

const t = (day: number, h: number, m: number): number => Date.UTC(2026, 2, day, h, m) / 1000;

describe('exposure', () => {
  it('prorates the window over UTC quarter hours, across midnight too', () => {
    const e = slotExposure(t(2, 9, 10), t(2, 9, 20));
    expect([e[36], e[37], e[38]]).toEqual([300, 300, 0]);
    const night = slotExposure(t(2, 23, 50), t(3, 0, 10));
    expect([night[95], night[0], night[1]]).toEqual([600, 600, 0]);
    expect(slotExposure(t(2, 0, 0), t(4, 0, 0)).every((x) => x === 1800)).toBe(true);
  });

  it('maps UTC quarter hours to local hours at half-hour offsets', () => {
    const india = localHourOfSlot(5.5);
    expect([india[0], india[1], india[2], india[94]]).toEqual([5, 5, 6, 5]);
    const newYork = localHourOfSlot(-5);
    expect([newYork[0], newYork[20]]).toEqual([19, 0]);
  });
});
