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
 * bandwidth, the segment, where its histogram lies) is one stride of one array, and
 * every histogram a stretch of one other, so a request touches a couple of cache lines,
 * not one per figure.
 *
 * A resource whose every unit carries the same bandwidth (a CAC link's sessions,
 * {@link ResourceSet.fixBandwidth}) is taken and given back in units alone: its
 * bandwidth integral is its occupancy integral times the session's bandwidth, added up
 * at the tick.
 */

import type { ResourceInfo, ResourceReplication } from '../results/types.js';

/** A resource's hot state: its slots in {@link ResourceSet}'s `state`, one stride per resource. */
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
/** Where the resource's histogram starts in {@link ResourceSet}'s `hist`, and how many levels it has room for. */
const HIST_AT = 10;
const HIST_LENGTH = 11;

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
  /** Every resource's histogram (seconds at each level), each a stretch of this array; moved to its end when one outgrows its room. */
  private hist: Float64Array;
  /** The end of the last histogram in {@link hist}. */
  private histEnd = 0;
  /** Bandwidth of each unit, kbit/s, for a resource taken in units alone ({@link fixBandwidth}); 0 otherwise. */
  private readonly unitKbps: Float64Array;
  private readonly bucketIntegral: Float64Array;
  private readonly bucketMax: Float64Array;
  private readonly bucketOffered: Float64Array;
  private readonly bucketBlocked: Float64Array;
  private readonly hourKbps: Float64Array;
  private readonly hourIntegral: Float64Array;
  private readonly hourOffered: Float64Array;
  private readonly hourBlocked: Float64Array;
  private readonly hourOfferedSeconds: Float64Array;
  /**
   * 1 inside the measured window, 0 outside: accruals and counts only happen inside. A
   * number, not a flag: optimised code tests a number with one comparison, a field
   * holding a boolean with a truth test of any type.
   */
  private inWindow = 0;
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
    // A histogram starts with room for its capacity or 1,024 levels (8 KiB), so that
    // moving it, a branch optimised code has not seen and deoptimises on, is left to the
    // rare resource that needs more.
    const initial = n > MANY_RESOURCES ? INITIAL_LEVELS_MANY : INITIAL_LEVELS;
    for (let r = 0; r < n; r++) {
      const levels = Math.min(resources[r]!.capacity + 1, initial);
      this.state[r * STRIDE + HIST_AT] = this.histEnd;
      this.state[r * STRIDE + HIST_LENGTH] = levels;
      this.histEnd += levels;
    }
    this.hist = new Float64Array(this.histEnd);
    this.unitKbps = new Float64Array(n);
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

  /** True inside the measured window. */
  get measuring(): boolean {
    return this.inWindow === 1;
  }

  /** Whether `units` more fit on resource r. */
  fits(r: number, units: number): boolean {
    const s = r * STRIDE;
    return this.state[s + IN_USE]! + units <= this.state[s + CAPACITY]!;
  }

  /**
   * Every unit of r carries `kbps` (kbit/s, one direction): r is then taken and given
   * back in units alone ({@link takeUnit}, {@link acquireUnits}, {@link releaseUnits}),
   * never with a bandwidth of its own.
   */
  fixBandwidth(r: number, kbps: number): void {
    this.unitKbps[r] = kbps;
  }

  /**
   * Counts a request of `units` on r for `seconds` (its holding time), inside the window
   * only: carried or blocked, in the window, its bucket and its hour.
   */
  tally(r: number, units: number, admitted: boolean, seconds: number): void {
    if (this.inWindow === 0) return;
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
    if (this.inWindow === 0) return;
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
    if (this.inWindow === 1 && level > state[s + SEGMENT_MAX]!) state[s + SEGMENT_MAX] = level;
  }

  /** Gives back what {@link acquire} took. */
  release(r: number, units: number, kbps: number, t: number): void {
    this.accrue(r, t);
    const state = this.state;
    const s = r * STRIDE;
    state[s + IN_USE]! -= units;
    state[s + KBPS]! -= kbps;
  }

  /** One unit of r ({@link fixBandwidth}) for `seconds`, admitted and taken at time t: {@link take} in units alone. */
  takeUnit(r: number, seconds: number, t: number): void {
    this.accrueLevel(r, t);
    const state = this.state;
    const s = r * STRIDE;
    const level = ++state[s + IN_USE]!;
    if (this.inWindow === 0) return;
    state[s + SEGMENT_OFFERED]!++;
    state[s + SEGMENT_SECONDS]! += seconds;
    if (level > state[s + SEGMENT_MAX]!) state[s + SEGMENT_MAX] = level;
  }

  /** {@link acquire} in units alone, for r of {@link fixBandwidth}. */
  acquireUnits(r: number, units: number, t: number): void {
    this.accrueLevel(r, t);
    const state = this.state;
    const s = r * STRIDE;
    const level = (state[s + IN_USE]! += units);
    if (this.inWindow === 1 && level > state[s + SEGMENT_MAX]!) state[s + SEGMENT_MAX] = level;
  }

  /** {@link release} in units alone, for r of {@link fixBandwidth}. */
  releaseUnits(r: number, units: number, t: number): void {
    this.accrueLevel(r, t);
    this.state[r * STRIDE + IN_USE]! -= units;
  }

  /** Brings r's time-weighted figures up to time t: the segment's integrals, and the histogram. */
  accrue(r: number, t: number): void {
    const dt = this.accrueLevel(r, t);
    if (dt === 0) return;
    const s = r * STRIDE;
    this.state[s + SEGMENT_KBPS]! += this.state[s + KBPS]! * dt;
  }

  /** {@link accrue} but for the bandwidth: the time accrued (0 outside the window). */
  private accrueLevel(r: number, t: number): number {
    const state = this.state;
    const s = r * STRIDE;
    const dt = t - state[s + LAST]!;
    state[s + LAST] = t;
    if (this.inWindow === 0 || dt === 0) return 0;
    const level = state[s + IN_USE]!;
    state[s + SEGMENT]! += level * dt;
    if (level >= state[s + HIST_LENGTH]!) this.moveHistogram(r, level);
    this.hist[state[s + HIST_AT]! + level]! += dt;
    return dt;
  }

  /** Gives r's histogram room for `level` at the end of {@link hist} (growing it when full). */
  private moveHistogram(r: number, level: number): void {
    const s = r * STRIDE;
    const at = this.state[s + HIST_AT]!;
    const length = this.state[s + HIST_LENGTH]!;
    const room = Math.max(level + 1, 2 * length);
    if (this.histEnd + room > this.hist.length) {
      const grown = new Float64Array(Math.max(2 * this.hist.length, this.histEnd + room));
      grown.set(this.hist.subarray(0, this.histEnd));
      this.hist = grown;
    }
    this.hist.copyWithin(this.histEnd, at, at + length);
    this.state[s + HIST_AT] = this.histEnd;
    this.state[s + HIST_LENGTH] = room;
    this.histEnd += room;
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
        this.hourKbps[rh]! += state[s + SEGMENT_KBPS]! + segment * this.unitKbps[r]!;
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
      if (this.inWindow === 1) {
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
    this.inWindow = 1;
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
    this.inWindow = 0;
    const out: ResourceReplication[] = [];
    for (let r = 0; r < this.count; r++) {
      const at = this.state[r * STRIDE + HIST_AT]!;
      let top = this.state[r * STRIDE + HIST_LENGTH]!;
      while (top > 1 && this.hist[at + top - 1] === 0) top--;
      out.push({
        offered: this.offered[r]!,
        carried: this.carried[r]!,
        blocked: this.blocked[r]!,
        occupancyIntegral: this.integral[r]!,
        peak: this.peak[r]!,
        histogram: this.hist.slice(at, at + top),
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
