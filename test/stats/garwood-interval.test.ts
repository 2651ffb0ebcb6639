import { describe, expect, it } from 'vitest';
import { garwoodInterval } from '../../src/stats/poisson-interval.js';

describe('garwoodInterval', () => {
  it('matches the published exact Poisson limits for 0, 1 and 10 events', () => {
    // n = 0: [0, -ln 0.025]; n = 1: [-ln 0.975, χ²(0.975; 4)/2]; n = 10: [χ²(0.025; 20)/2, χ²(0.975; 22)/2].
    const zero = garwoodInterval(0);
    expect(zero.low).toBe(0);
    expect(zero.high).toBeCloseTo(-Math.log(0.025), 10);
    const one = garwoodInterval(1);
    expect(one.low).toBeCloseTo(-Math.log(0.975), 10);
    expect(one.high).toBeCloseTo(5.571643, 5);
    const ten = garwoodInterval(10);
    expect(ten.low).toBeCloseTo(4.795389, 5);
    expect(ten.high).toBeCloseTo(18.39036, 4);
    expect(ten.count).toBe(10);
  });

  it('rejects a count that is not a non-negative integer', () => {
    expect(() => garwoodInterval(1.5)).toThrow(/non-negative integer, got 1.5/);
    expect(() => garwoodInterval(3, 1)).toThrow(/level must be in/);
  });
});
