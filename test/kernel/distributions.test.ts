import { describe, expect, it } from 'vitest';
import { Exponential, Lognormal, truncatedGeometric } from '../../src/kernel/distributions.js';
import { createStream } from '../../src/kernel/streams.js';

/** Sample mean, sd and the 99.9% normal half-width of the mean (n large). */
function moments(xs: number[]): { mean: number; sd: number; half: number } {
  const n = xs.length;
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  return { mean, sd, half: (3.29 * sd) / Math.sqrt(n) };
}

describe('holding-time distributions', () => {
  const n = 200_000;
  it('exponential has the requested mean (within a 99.9% interval) and cv 1', () => {
    const rng = createStream(7, 0, 'exp');
    const d = new Exponential(240);
    const m = moments(Array.from({ length: n }, () => d.sample(rng)));
    expect(Math.abs(m.mean - 240)).toBeLessThan(m.half);
    expect(m.sd / m.mean).toBeCloseTo(1, 1);
  });
  it('lognormal(mean, cv) has that mean (within a 99.9% interval) and cv', () => {
    const rng = createStream(7, 0, 'logn');
    const d = new Lognormal(240, 0.8);
    const m = moments(Array.from({ length: n }, () => d.sample(rng)));
    expect(Math.abs(m.mean - 240)).toBeLessThan(m.half);
    expect(m.sd / m.mean).toBeCloseTo(0.8, 1);
  });
  it('a fresh sampler on a fresh stream gives the same sequence (a pure function of the stream)', () => {
    for (const make of [() => new Exponential(60), () => new Lognormal(60, 1.5)]) {
      const a = make();
      const b = make();
      const ra = createStream(1, 0, 's');
      const rb = createStream(1, 0, 's');
      const xs = Array.from({ length: 7 }, () => a.sample(ra));
      expect(Array.from({ length: 7 }, () => b.sample(rb))).toEqual(xs);
      expect(new Set(xs).size).toBe(7);
    }
  });
});

describe('meeting sizes', () => {
  it('truncatedGeometric stays in [min, max] with the exact requested mean', () => {
    const t = truncatedGeometric(3, 12, 4.5);
    expect(t.mean).toBeCloseTo(4.5, 9);
    const rng = createStream(1, 0, 'size');
    for (let i = 0; i < 10_000; i++) {
      const k = t.sample(rng);
      expect(k).toBeGreaterThanOrEqual(3);
      expect(k).toBeLessThanOrEqual(12);
    }
    expect(truncatedGeometric(2, 50, 2).mean).toBe(2);
    expect(truncatedGeometric(2, 50, 40).mean).toBeCloseTo(40, 9);
  });
});
