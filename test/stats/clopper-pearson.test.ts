import { describe, expect, it } from 'vitest';
import { betaQuantile, clopperPearsonInterval } from '../../src/stats/binomial-interval.js';

describe('clopperPearsonInterval', () => {
  it('matches the published exact binomial limits', () => {
    // 0 of 10: upper 1 - 0.025^(1/10); 10 of 10: lower 0.025^(1/10).
    const none = clopperPearsonInterval(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(1 - Math.pow(0.025, 0.1), 10);
    const all = clopperPearsonInterval(10, 10);
    expect(all.low).toBeCloseTo(Math.pow(0.025, 0.1), 10);
    expect(all.high).toBe(1);
    const half = clopperPearsonInterval(5, 10);
    expect(half.share).toBe(0.5);
    expect(half.low).toBeCloseTo(0.187086, 5);
    expect(half.high).toBeCloseTo(0.812914, 5);
    const one = clopperPearsonInterval(1, 10);
    expect(one.low).toBeCloseTo(0.00252858, 7);
    expect(one.high).toBeCloseTo(0.445016, 5);
  });

  it('is NaN without trials and rejects impossible counts', () => {
    expect(clopperPearsonInterval(0, 0).share).toBeNaN();
    expect(() => clopperPearsonInterval(4, 3)).toThrow(/0 <= successes <= trials, got 4 of 3/);
    expect(betaQuantile(0.5, 2, 2)).toBeCloseTo(0.5, 12);
  });
});
