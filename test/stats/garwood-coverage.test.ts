import alea from 'seedrandom/lib/alea.js';
import { expect, it } from 'vitest';
import { clopperPearsonInterval } from '../../src/stats/binomial-interval.js';
import { garwoodInterval } from '../../src/stats/poisson-interval.js';

/** A Poisson draw by inversion of the CDF (means here are small). */
function poisson(mean: number, u: number): number {
  let k = 0;
  let p = Math.exp(-mean);
  let cumulative = p;
  while (u > cumulative) {
    k++;
    p *= mean / k;
    cumulative += p;
  }
  return k;
}

it('the Garwood interval covers the true mean at least 95% of the time', () => {
  const rng = alea('garwood-coverage');
  const trials = 4000;
  for (const mean of [0.5, 3, 12, 40]) {
    let covered = 0;
    for (let i = 0; i < trials; i++) {
      const interval = garwoodInterval(poisson(mean, rng()));
      if (interval.low <= mean && mean <= interval.high) covered++;
    }
    // The interval is exact, hence conservative: the observed coverage must not fall
    // significantly below 0.95, i.e. the 99.9% interval of the coverage must reach 0.95.
    expect(clopperPearsonInterval(covered, trials, 0.999).high).toBeGreaterThanOrEqual(0.95);
  }
});
