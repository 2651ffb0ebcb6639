/**
 * Every capacity-limited resource of a replication (Edge relay sessions, MCU legs, port
 * pools) in one struct of typed arrays indexed by resource id: they share one admit rule
 * (fits within capacity) and one time-weighted accumulator. Occupancy is integrated
 * lazily: a resource's accrual is brought up to date whenever its level changes and at
 * every tick (warm-up end, bucket and hour boundaries, the end), so between ticks the
 * accrual never needs splitting.
 *
 * Requests are counted where they arrive: per window, per time-series bucket and per
 * clock hour, with the unit-seconds they ask for (units x holding time), from which the
 * hour's offered traffic in erlangs follows (WORKLOAD.md, Measurement of the busy hour).
 */
import type { ResourceInfo, ResourceReplication } from '../results/types.js';
import { packedArray } from './packed.js';

/**
 * Initial histogram length of a resource, at most: its capacity + 1 levels, or this many
 * (a large or unlimited capacity's histogram grows on demand). With many resources (a
 * workload of thousands of sites), far fewer, so that memory follows the load.
 */
const INITIAL_LEVELS = 1024;
const INITIAL_LEVELS_MANY = 64;
/** Resources beyond which histograms start at {@link INITIAL_LEVELS_MANY} levels. */
const MANY_RESOURCES = 64;

export class ResourceSet {
  readonly count: number;
  readonly capacity: Float64Array;
  readonly inUse: Float64Array;
  /** Bandwidth currently carried, kbit/s one direction. */
  readonly kbps: Float64Array;
  readonly offered: Float64Array;
  readonly carried: Float64Array;
  readonly blocked: Float64Array;
  readonly peak: Float64Array;
  private readonly last: Float64Array;
  private readonly integral: Float64Array;
  private readonly histograms: Float64Array[];
  private readonly bucketIntegral: Float64Array;
  private readonly bucketMax: Float64Array;
  private readonly bucketOffered: Float64Array;
  private readonly bucketBlocked: Float64Array;
  private readonly hourKbps: Float64Array;
  private readonly hourIntegral: Float64Array;
  private readonly hourOffered: Float64Array;
  private readonly hourBlocked: Float64Array;
  private readonly hourOfferedSeconds: Float64Array;
  /** True inside the measured window: accruals and counts only happen then. */
  measuring = false;
  private bucket = 0;
  private hour = 0;

  constructor(
    resources: readonly ResourceInfo[],
    readonly buckets: number,
    readonly hours: number,
  ) {
    const n = resources.length;
    this.count = n;
    this.capacity = Float64Array.from(resources, (r) => r.capacity);
    this.inUse = new Float64Array(n);
    this.kbps = new Float64Array(n);
    this.offered = new Float64Array(n);
    this.carried = new Float64Array(n);
    this.blocked = new Float64Array(n);
    this.peak = new Float64Array(n);
    this.last = new Float64Array(n);
    this.integral = new Float64Array(n);
    // packedArray, not map: see packed.ts. A histogram starts with room for its capacity
    // or 1,024 levels (8 KiB), so that growing it, a branch optimised code has not seen
    // and deoptimises on, is left to the rare resource that needs more.
    const initial = n > MANY_RESOURCES ? INITIAL_LEVELS_MANY : INITIAL_LEVELS;
    this.histograms = packedArray(n, (r) => new Float64Array(Math.min(resources[r]!.capacity + 1, initial)));
    this.bucketIntegral = new Float64Array(n * buckets);
    this.bucketMax = new Float64Array(n * buckets);
    this.bucketOffered = new Float64Array(n * buckets);
    this.bucketBlocked = new Float64Array(n * buckets);
    this.hourKbps = new Float64Array(n * hours);
    this.hourIntegral = new Float64Array(n * hours);
    this.hourOffered = new Float64Array(n * hours);
    this.hourBlocked = new Float64Array(n * hours);
    this.hourOfferedSeconds = new Float64Array(n * hours);
  }

  /** Whether `units` more fit on resource r. */
  fits(r: number, units: number): boolean {
    return this.inUse[r]! + units <= this.capacity[r]!;
  }

  /**
   * Counts a request of `units` on r for `seconds` (its holding time), inside the window
   * only: carried or blocked, in the window, its bucket and its hour.
   */
  tally(r: number, units: number, admitted: boolean, seconds: number): void {
    if (!this.measuring) return;
    const b = r * this.buckets + this.bucket;
    const h = r * this.hours + this.hour;
    this.offered[r]! += units;
    this.bucketOffered[b]! += units;
    this.hourOffered[h]! += units;
    this.hourOfferedSeconds[h]! += units * seconds;
    if (admitted) {
      this.carried[r]! += units;
    } else {
      this.blocked[r]! += units;
      this.bucketBlocked[b]! += units;
      this.hourBlocked[h]! += units;
    }
  }

  /**
   * Counts an admitted request of `units` on r for `seconds` ({@link tally}) and takes
   * them ({@link acquire}) at time t: the two in one, as most requests are admitted.
   */
  take(r: number, units: number, kbps: number, seconds: number, t: number): void {
    this.accrue(r, t);
    const level = (this.inUse[r]! += units);
    this.kbps[r]! += kbps;
    if (!this.measuring) return;
    const b = r * this.buckets + this.bucket;
    const h = r * this.hours + this.hour;
    this.offered[r]! += units;
    this.carried[r]! += units;
    this.bucketOffered[b]! += units;
    this.hourOffered[h]! += units;
    this.hourOfferedSeconds[h]! += units * seconds;
    if (level > this.peak[r]!) this.peak[r] = level;
    if (level > this.bucketMax[b]!) this.bucketMax[b] = level;
  }

  /** Takes `units` (and `kbps` of bandwidth) on r at time t. The caller has checked {@link fits}. */
  acquire(r: number, units: number, kbps: number, t: number): void {
    this.accrue(r, t);
    const level = (this.inUse[r]! += units);
    this.kbps[r]! += kbps;
    if (this.measuring) {
      if (level > this.peak[r]!) this.peak[r] = level;
      const b = r * this.buckets + this.bucket;
      if (level > this.bucketMax[b]!) this.bucketMax[b] = level;
    }
  }

  /** Gives back what {@link acquire} took. */
  release(r: number, units: number, kbps: number, t: number): void {
    this.accrue(r, t);
    this.inUse[r]! -= units;
    this.kbps[r]! -= kbps;
  }

  /** Brings r's time-weighted figures up to time t. */
  accrue(r: number, t: number): void {
    const dt = t - this.last[r]!;
    this.last[r] = t;
    if (!this.measuring || dt === 0) return;
    const level = this.inUse[r]!;
    this.integral[r]! += level * dt;
    this.bucketIntegral[r * this.buckets + this.bucket]! += level * dt;
    const h0 = r * this.hours + this.hour;
    this.hourKbps[h0]! += this.kbps[r]! * dt;
    this.hourIntegral[h0]! += level * dt;
    let h = this.histograms[r]!;
    if (level >= h.length) {
      const grown = new Float64Array(Math.max(level + 1, h.length * 2));
      grown.set(h);
      this.histograms[r] = h = grown;
    }
    h[level]! += dt;
  }

  /** Accrues every resource to t (at ticks). */
  accrueAll(t: number): void {
    for (let r = 0; r < this.count; r++) this.accrue(r, t);
  }

  /** Opens the measured window at t: levels in force now start the peak and first bucket. */
  startWindow(t: number): void {
    this.accrueAll(t);
    this.measuring = true;
    this.bucket = 0;
    this.hour = 0;
    for (let r = 0; r < this.count; r++) {
      this.peak[r] = this.inUse[r]!;
      this.bucketMax[r * this.buckets] = this.inUse[r]!;
    }
  }

  /** Moves to the next time-series bucket at t. */
  nextBucket(t: number): void {
    this.accrueAll(t);
    if (this.bucket + 1 >= this.buckets) return;
    this.bucket++;
    for (let r = 0; r < this.count; r++) this.bucketMax[r * this.buckets + this.bucket] = this.inUse[r]!;
  }

  /** Moves to the next clock hour of the window at t. */
  nextHour(t: number): void {
    this.accrueAll(t);
    if (this.hour + 1 < this.hours) this.hour++;
  }

  /** Closes the window at t and hands the figures over (the arrays are not copied). */
  finish(t: number): ResourceReplication[] {
    this.accrueAll(t);
    this.measuring = false;
    const out: ResourceReplication[] = [];
    for (let r = 0; r < this.count; r++) {
      const histogram = this.histograms[r]!;
      let top = histogram.length;
      while (top > 1 && histogram[top - 1] === 0) top--;
      out.push({
        offered: this.offered[r]!,
        carried: this.carried[r]!,
        blocked: this.blocked[r]!,
        occupancyIntegral: this.integral[r]!,
        peak: this.peak[r]!,
        histogram: histogram.slice(0, top),
        bucketIntegral: this.bucketIntegral.slice(r * this.buckets, (r + 1) * this.buckets),
        bucketMax: this.bucketMax.slice(r * this.buckets, (r + 1) * this.buckets),
        bucketOffered: this.bucketOffered.slice(r * this.buckets, (r + 1) * this.buckets),
        bucketBlocked: this.bucketBlocked.slice(r * this.buckets, (r + 1) * this.buckets),
        hourKbpsIntegral: this.hourKbps.slice(r * this.hours, (r + 1) * this.hours),
        hourIntegral: this.hourIntegral.slice(r * this.hours, (r + 1) * this.hours),
        hourOffered: this.hourOffered.slice(r * this.hours, (r + 1) * this.hours),
        hourBlocked: this.hourBlocked.slice(r * this.hours, (r + 1) * this.hours),
        hourOfferedSeconds: this.hourOfferedSeconds.slice(r * this.hours, (r + 1) * this.hours),
      });
    }
    return out;
  }
}
