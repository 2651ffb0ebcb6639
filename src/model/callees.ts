/**
 * Who answers: the other party's location, drawn from one uniform by inverting the
 * caller's cumulative weights over the locations 0..S (sites, then the remote users).
 */
import type { CompiledWorkload } from './compiled.js';

export class Callees {
  private readonly cdf: Float64Array;
  private readonly locations: number;

  constructor(c: CompiledWorkload) {
    this.cdf = c.calleeCdf;
    this.locations = c.siteCount + 1;
  }

  /** Another user's location for a caller at `caller`, by population (the caller excluded). */
  pick(caller: number, u: number): number {
    const L = this.locations;
    const cdf = this.cdf;
    const base = caller * L;
    let d = 0;
    while (d < L - 1 && u >= cdf[base + d]!) d++;
    return d;
  }
}
