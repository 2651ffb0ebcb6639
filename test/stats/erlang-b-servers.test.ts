import { describe, expect, it } from 'vitest';
import { erlangB, erlangBServers } from '../../src/stats/erlang-b.js';

describe('erlangBServers', () => {
  it('returns the fewest servers meeting the target', () => {
    // B(3,5) = 0.1101, B(3,6) = 0.0522, B(3,7) = 0.0219, B(3,8) = 0.0081
    expect(erlangBServers(3, 0.06)).toBe(6);
    expect(erlangBServers(3, 0.01)).toBe(8);
    for (const [a, target] of [
      [10, 0.01],
      [42.5, 0.001],
      [0.3, 0.2],
    ] as const) {
      const n = erlangBServers(a, target);
      expect(erlangB(a, n)).toBeLessThanOrEqual(target);
      expect(erlangB(a, n - 1)).toBeGreaterThan(target);
    }
  });

  it('counts the target itself as met', () => {
    expect(erlangBServers(2, 2 / 21 + 1e-15)).toBe(4);
  });

  it('needs no servers when nothing is offered', () => {
    expect(erlangBServers(0, 0.01)).toBe(0);
  });

  it('rejects a target outside (0, 1]', () => {
    expect(() => erlangBServers(3, 0)).toThrow(RangeError);
    expect(() => erlangBServers(3, 1.5)).toThrow(RangeError);
  });
});
