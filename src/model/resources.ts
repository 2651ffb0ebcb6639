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
 *
 * Between two ticks the bucket and the hour stay the same, so what a request or an
 * accrual adds goes into the resource's *segment* (the time since the last tick): its
 * occupancy and bandwidth integrals, its requests and their unit-seconds, its highest
 * level. The segment is added to the window's, the bucket's and the hour's figures once,
 * at the tick ({@link ResourceSet.accrueAll}). A resource's hot state (level, capacity,
 * bandwidth, the segment) lies in one stride of one array, so a request touches a
 * couple of cache lines, not one per figure.
 */

import type { ResourceInfo, ResourceReplication } from '../results/types.js';
import { packedArray } from './packed.js';

/** A resource's hot state: its slots in {@link ResourceSet}'s `state`, one stride per resource (ten slots, padded to 12). */
const STRIDE = 12;
const IN_USE = 0;
const CAPACITY = 1;
/** Bandwidth currently carried, kbit/s one direction. */
const KBPS = 2;
/** When the resource was last accrued. */
const LAST = 3;
/** The segment's integrals of occupancy (unit-seconds) and bandwidth (kbit/s-seconds). */
const SEGMENT = 4;
const SEGMENT_KBPS = 5;
/** The highest level of the segment (from the level it opened with). */
const SEGMENT_MAX = 6;
/**
 * The segment's requests in units, offered and blocked (carried is their difference:
 * units are whole numbers, so it is exact), and the unit-seconds offered.
 */
const SEGMENT_OFFERED = 7;
const SEGMENT_BLOCKED = 8;
const SEGMENT_SECONDS = 9;

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
  /** Hot state, {@link STRIDE} numbers per resource. */
  private readonly state: Float64Array;
  private readonly offered: Float64Array;
  private readonly carried: Float64Array;
  private readonly blocked: Float64Array;
  private readonly peak: Float64Array;
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
    this.state = new Float64Array(n * STRIDE);
    resources.forEach((info, r) => (this.state[r * STRIDE + CAPACITY] = info.capacity));
    this.offered = new Float64Array(n);
    this.carried = new Float64Array(n);
    this.blocked = new Float64Array(n);
    this.peak = new Float64Array(n);
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
    const s = r * STRIDE;
    return this.state[s + IN_USE]! + units <= this.state[s + CAPACITY]!;
  }

  /**
   * Counts a request of `units` on r for `seconds` (its holding time), inside the window
   * only: carried or blocked, in the window, its bucket and its hour.
   */
  tally(r: number, units: number, admitted: boolean, seconds: number): void {
    if (!this.measuring) return;
    const state = this.state;
    const s = r * STRIDE;
    state[s + SEGMENT_OFFERED]! += units;
    state[s + SEGMENT_SECONDS]! += units * seconds;
    if (!admitted) state[s + SEGMENT_BLOCKED]! += units;
  }

  /**
   * Counts an admitted request of `units` on r for `seconds` ({@link tally}) and takes
   * them ({@link acquire}) at time t: the two in one, as most requests are admitted.
   */
  take(r: number, units: number, kbps: number, seconds: number, t: number): void {
    this.accrue(r, t);
    const state = this.state;
    const s = r * STRIDE;
    const level = (state[s + IN_USE]! += units);
    state[s + KBPS]! += kbps;
    if (!this.measuring) return;
    state[s + SEGMENT_OFFERED]! += units;
    state[s + SEGMENT_SECONDS]! += units * seconds;
    if (level > state[s + SEGMENT_MAX]!) state[s + SEGMENT_MAX] = level;
  }

  /** Takes `units` (and `kbps` of bandwidth) on r at time t. The caller has checked {@link fits}. */
  acquire(r: number, units: number, kbps: number, t: number): void {
    this.accrue(r, t);
    const state = this.state;
    const s = r * STRIDE;
    const level = (state[s + IN_USE]! += units);
    state[s + KBPS]! += kbps;
    if (this.measuring && level > state[s + SEGMENT_MAX]!) state[s + SEGMENT_MAX] = level;
  }

  /** Gives back what {@link acquire} took. */
  release(r: number, units: number, kbps: number, t: number): void {
    this.accrue(r, t);
    const state = this.state;
    const s = r * STRIDE;
    state[s + IN_USE]! -= units;
    state[s + KBPS]! -= kbps;
  }

  /** Brings r's time-weighted figures up to time t: the segment's integrals, and the histogram. */
  accrue(r: number, t: number): void {
    const state = this.state;
    const s = r * STRIDE;
    const dt = t - state[s + LAST]!;
    state[s + LAST] = t;
    if (!this.measuring || dt === 0) return;
    const level = state[s + IN_USE]!;
    state[s + SEGMENT]! += level * dt;
    state[s + SEGMENT_KBPS]! += state[s + KBPS]! * dt;
    let h = this.histograms[r]!;
    if (level >= h.length) {
      const grown = new Float64Array(Math.max(level + 1, h.length * 2));
      grown.set(h);
      this.histograms[r] = h = grown;
    }
    h[level]! += dt;
  }

  /**
   * Accrues every resource to t, at a tick (a bucket or hour edge, the window's ends), and
   * closes the segment: its figures go to the window, the bucket and the hour in force,
   * and the next segment opens at the level in force now.
   */
  accrueAll(t: number): void {
    const state = this.state;
    const b = this.bucket;
    const h = this.hour;
    for (let r = 0; r < this.count; r++) {
      this.accrue(r, t);
      const s = r * STRIDE;
      const rb = r * this.buckets + b;
      const rh = r * this.hours + h;
      const segment = state[s + SEGMENT]!;
      const offered = state[s + SEGMENT_OFFERED]!;
      if (segment !== 0 || state[s + SEGMENT_KBPS] !== 0) {
        this.integral[r]! += segment;
        this.bucketIntegral[rb]! += segment;
        this.hourIntegral[rh]! += segment;
        this.hourKbps[rh]! += state[s + SEGMENT_KBPS]!;
        state[s + SEGMENT] = 0;
        state[s + SEGMENT_KBPS] = 0;
      }
      if (offered !== 0) {
        const blocked = state[s + SEGMENT_BLOCKED]!;
        this.offered[r]! += offered;
        this.carried[r]! += offered - blocked;
        this.blocked[r]! += blocked;
        this.bucketOffered[rb]! += offered;
        this.bucketBlocked[rb]! += blocked;
        this.hourOffered[rh]! += offered;
        this.hourBlocked[rh]! += blocked;
        this.hourOfferedSeconds[rh]! += state[s + SEGMENT_SECONDS]!;
        state[s + SEGMENT_OFFERED] = state[s + SEGMENT_BLOCKED] = state[s + SEGMENT_SECONDS] = 0;
      }
      if (this.measuring) {
        const max = state[s + SEGMENT_MAX]!;
        if (max > this.bucketMax[rb]!) this.bucketMax[rb] = max;
        if (max > this.peak[r]!) this.peak[r] = max;
      }
      state[s + SEGMENT_MAX] = state[s + IN_USE]!;
    }
  }

  /** Opens the measured window at t: levels in force now start the peak and first bucket. */
  startWindow(t: number): void {
    this.accrueAll(t);
    this.measuring = true;
    this.bucket = 0;
    this.hour = 0;
    for (let r = 0; r < this.count; r++) {
      const level = this.state[r * STRIDE + IN_USE]!;
      this.peak[r] = level;
      this.bucketMax[r * this.buckets] = level;
      this.state[r * STRIDE + SEGMENT_MAX] = level;
    }
  }

  /** Moves to the next time-series bucket at t. */
  nextBucket(t: number): void {
    this.accrueAll(t);
    if (this.bucket + 1 >= this.buckets) return;
    this.bucket++;
    for (let r = 0; r < this.count; r++) this.bucketMax[r * this.buckets + this.bucket] = this.state[r * STRIDE + IN_USE]!;
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
