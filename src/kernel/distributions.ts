/**
 * Holding-time distributions. Each sampler is fed from a stream of its own (holding
 * times only), so the k-th call of a location gets the k-th sample whatever else
 * happens: common random numbers stay aligned across scenarios however many uniforms
 * one sample takes.
 */
import type { Uniform } from './streams.js';

/** Draws one positive duration (seconds). */
export interface Sampler {
  /** Mean of the distribution, seconds. */
  readonly mean: number;
  sample(rng: Uniform): number;
}

/** Exponential with the given mean (`-mean·ln(1-U)`, one uniform). */
export class Exponential implements Sampler {
  constructor(readonly mean: number) {}
  sample(rng: Uniform): number {
    return -this.mean * Math.log(1 - rng.next());
  }
}

/**
 * Lognormal given its mean and coefficient of variation:
 * σ² = ln(1 + cv²), μ = ln(mean) − σ²/2, so that E[X] = mean and sd/mean = cv.
 * Normal deviates by Marsaglia's polar method: a point drawn uniformly in the unit
 * disc gives two independent deviates with one log and one square root (no sine or
 * cosine); the second is kept for the next sample. One sampler per stream, so the
 * sequence of samples is still a pure function of the stream.
 */
export class Lognormal implements Sampler {
  private readonly mu: number;
  private readonly sigma: number;
  constructor(
    readonly mean: number,
    readonly cv: number,
  ) {
    const s2 = Math.log(1 + cv * cv);
    this.sigma = Math.sqrt(s2);
    this.mu = Math.log(mean) - s2 / 2;
  }
  private spare = 0;
  private hasSpare = false;
  sample(rng: Uniform): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return Math.exp(this.mu + this.sigma * this.spare);
    }
    let x: number;
    let y: number;
    let s: number;
    do {
      x = 2 * rng.next() - 1;
      y = 2 * rng.next() - 1;
      s = x * x + y * y;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = y * f;
    this.hasSpare = true;
    return Math.exp(this.mu + this.sigma * x * f);
  }
}

/**
 * A discrete distribution over the integers [min, max] given by its weights, drawn by
 * one uniform and a binary search of the cumulative table.
 */
export class DiscreteTable {
  private readonly cdf: Float64Array;
  /** The largest value with a weight (the table's last entry). */
  readonly max: number;
  constructor(
    readonly min: number,
    weights: ArrayLike<number>,
  ) {
    this.max = min + weights.length - 1;
    const cdf = new Float64Array(weights.length);
    let total = 0;
    for (let i = 0; i < weights.length; i++) cdf[i] = total += weights[i]!;
    if (!(total > 0)) throw new RangeError('DiscreteTable needs a positive total weight');
    for (let i = 0; i < cdf.length; i++) cdf[i]! /= total;
    cdf[cdf.length - 1] = 1;
    this.cdf = cdf;
  }
  /** Mean of the distribution. */
  get mean(): number {
    let m = 0;
    let prev = 0;
    for (let i = 0; i < this.cdf.length; i++) {
      m += (this.min + i) * (this.cdf[i]! - prev);
      prev = this.cdf[i]!;
    }
    return m;
  }
  sample(rng: Uniform): number {
    const u = rng.next();
    const cdf = this.cdf;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (u < cdf[mid]!) hi = mid;
      else lo = mid + 1;
    }
    return this.min + lo;
  }
}

/**
 * A truncated geometric distribution on [min, max] with the given mean:
 * P(k) ∝ q^(k−min). Skewed towards small values like real meeting sizes; q is found by
 * bisection so the mean is exact (q = 0 when mean = min, q = 1 is uniform).
 */
export function truncatedGeometric(min: number, max: number, mean: number): DiscreteTable {
  const n = max - min + 1;
  const weightsFor = (q: number): Float64Array => {
    const w = new Float64Array(n);
    let x = 1;
    for (let i = 0; i < n; i++, x *= q) w[i] = x;
    return w;
  };
  if (n === 1 || mean <= min) return new DiscreteTable(min, weightsFor(0));
  const meanOf = (q: number): number => new DiscreteTable(min, weightsFor(q)).mean;
  // The mean rises with q from min (q = 0) through the midpoint (q = 1) towards max.
  let lo = 0;
  let hi = 1;
  while (meanOf(hi) < mean && hi < 1e6) hi *= 2;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (meanOf(mid) < mean) lo = mid;
    else hi = mid;
  }
  return new DiscreteTable(min, weightsFor((lo + hi) / 2));
}
