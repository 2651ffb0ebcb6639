import { describe, expect, it } from 'vitest';
import { erlangB } from '../../src/stats/erlang-b.js';

describe('erlangB', () => {
  it('matches the closed form for small cases', () => {
    // B(A,N) = (A^N/N!) / Σ_{k=0..N} A^k/k!
    expect(erlangB(3, 5)).toBeCloseTo(81 / 736, 12);
    expect(erlangB(2, 4)).toBeCloseTo(2 / 21, 12);
    expect(erlangB(1, 1)).toBeCloseTo(1 / 2, 12);
  });

  it('is 1 with no servers and 0 with no load', () => {
    expect(erlangB(7.5, 0)).toBe(1);
    expect(erlangB(0, 3)).toBe(0);
  });

  it('stays finite where A^N/N! would overflow', () => {
    const b = erlangB(1000, 1000);
    expect(b).toBeGreaterThan(0.02);
    expect(b).toBeLessThan(0.03);
  });

  it('rejects a non-integer or negative server count and a negative load', () => {
    expect(() => erlangB(1, 2.5)).toThrow(RangeError);
    expect(() => erlangB(1, -1)).toThrow(RangeError);
    expect(() => erlangB(-1, 1)).toThrow(RangeError);
  });
});
