/**
 * Who answers (WORKLOAD.md "Who answers"): the other party's location, drawn from one
 * uniform by exact inversion of its weights,
 *
 *   weight(d) = available users at d x profile weight of d's local hour now (awake)
 *               x affinity(caller, d),
 *
 * where a location is a site or the remote users. The weights change only when some
 * location's local hour changes, so the day is cut into segments at every such instant
 * (hours, or half or quarter hours with fractional offsets) and each segment keeps the
 * cumulative base weights users(d) x profile(d) of every location: memory linear in the
 * locations. What differs from one caller to another (the caller itself, who is one
 * user fewer to call; its affinities; in a meeting, the participants already drawn,
 * since nobody joins twice; an internal-only draw, which excludes the remote users) is a
 * short sorted list of corrections, multipliers on the base weight of a few locations.
 * A draw inverts "the base, with a few weights changed" in O(corrections x log L).
 *
 * Two-party calls, nearly every draw, go faster when the locations are few: each
 * (segment, caller) pair then has its own cumulative row with the corrections folded in
 * (segments x L x L numbers, built only while that stays under {@link DENSE_LIMIT}), and
 * a draw is one scan of a short row. Both forms invert the same weights.
 */

/** Most numbers the per-caller rows may take (2 MiB); beyond, two-party draws use the corrections too. */
export const DENSE_LIMIT = 1 << 18;

/** A sorted list of (location, value) pairs, filled in place (no allocation per draw). */
export interface Corrections {
  /** Locations, ascending, in the first {@link length} slots. */
  readonly at: Int32Array;
  readonly value: Float64Array;
  length: number;
}

/** An empty {@link Corrections} with room for `capacity` entries. */
export function corrections(capacity: number): Corrections {
  return { at: new Int32Array(capacity), value: new Float64Array(capacity), length: 0 };
}

/** Everything the callee rule needs, built once per compiled workload and shared by its replications. */
export class CalleeTables {
  /** Locations: sites 0..S-1, then the remote users. */
  readonly locations: number;
  /** Day segments (1 for the population rule) and their length in seconds. */
  readonly segments: number;
  readonly segmentSeconds: number;
  /** Per segment, cumulative base weights over the locations: `cumulative[seg * L + d]`. */
  private readonly cumulative: Float64Array;
  /** Cumulative users: the table without the clock, the fallback when a segment weighs nothing. */
  private readonly population: Float64Array;
  private readonly users: Float64Array;
  /** Per caller location c, its static corrections (itself, its affinities): entries `first[c]` to `first[c + 1]`. */
  private readonly first: Int32Array;
  private readonly at: Int32Array;
  private readonly affinity: Float64Array;
  /** affinity(c, d) x (users(d) - [d = c]) / users(d): the two-party call's multipliers. */
  private readonly twoParty: Float64Array;
  /** Per (segment, caller), the cumulative corrected weights over the callees: `dense[(seg * L + c) * L + d]`; null beyond DENSE_LIMIT. */
  private readonly dense: Float64Array | null;

  /**
   * @param users - users per location (sites, then remote)
   * @param weightAt - the profile weight of location d at UTC second-of-day `tod`
   * @param segmentSeconds - the finest step of any location's local hours: 3600, 1800 or 900
   * @param affinities - per caller location, its affinity weights by callee location (pairs not listed: 1)
   * @param awake - the clock factor applies (`awake`), or not (`population`: one segment)
   */
  constructor(
    users: readonly number[],
    weightAt: (d: number, tod: number) => number,
    segmentSeconds: number,
    affinities: readonly ReadonlyMap<number, number>[],
    awake: boolean,
  ) {
    const L = users.length;
    this.locations = L;
    this.users = Float64Array.from(users);
    this.segmentSeconds = awake ? segmentSeconds : 86400;
    this.segments = awake ? Math.round(86400 / segmentSeconds) : 1;
    this.cumulative = new Float64Array(this.segments * L);
    for (let seg = 0; seg < this.segments; seg++) {
      const tod = seg * this.segmentSeconds;
      let total = 0;
      for (let d = 0; d < L; d++) {
        total += users[d]! * (awake ? weightAt(d, tod) : 1);
        this.cumulative[seg * L + d] = total;
      }
    }
    this.population = new Float64Array(L);
    let people = 0;
    for (let d = 0; d < L; d++) this.population[d] = people += users[d]!;
    const first = new Int32Array(L + 1);
    const at: number[] = [];
    const affinity: number[] = [];
    for (let c = 0; c < L; c++) {
      first[c] = at.length;
      const own = new Map(affinities[c] ?? []);
      if (!own.has(c)) own.set(c, 1);
      for (const d of [...own.keys()].sort((a, b) => a - b)) {
        at.push(d);
        affinity.push(own.get(d)!);
      }
    }
    first[L] = at.length;
    this.first = first;
    this.at = Int32Array.from(at);
    this.affinity = Float64Array.from(affinity);
    this.twoParty = new Float64Array(at.length);
    for (let c = 0; c < L; c++) {
      for (let k = first[c]!; k < first[c + 1]!; k++) this.twoParty[k] = this.multiplier(c, this.at[k]!, this.affinity[k]!, 0);
    }
    this.dense = this.segments * L * L <= DENSE_LIMIT ? this.denseRows() : null;
  }

  /** The per-(segment, caller) cumulative rows of the two-party rule. */
  private denseRows(): Float64Array {
    const L = this.locations;
    const rows = new Float64Array(this.segments * L * L);
    const weights = new Float64Array(L);
    for (let seg = 0; seg < this.segments; seg++) {
      for (let c = 0; c < L; c++) {
        for (let d = 0; d < L; d++) weights[d] = this.weight(this.cumulative, seg * L, d);
        for (let k = this.first[c]!; k < this.first[c + 1]!; k++) weights[this.at[k]!]! *= this.twoParty[k]!;
        let total = 0;
        const row = (seg * L + c) * L;
        for (let d = 0; d < L; d++) rows[row + d] = total += weights[d]!;
      }
    }
    return rows;
  }

  /** Users at location d. */
  usersAt(d: number): number {
    return this.users[d]!;
  }

  /** The segment in force at UTC second-of-day `tod`. */
  segmentOf(tod: number): number {
    const seg = Math.floor(tod / this.segmentSeconds);
    return seg < this.segments ? seg : this.segments - 1;
  }

  /** Two-party callee of a caller at c in segment seg: a location, or -1 when every weight is 0. */
  pickTwoParty(c: number, seg: number, u: number): number {
    const dense = this.dense;
    if (dense === null) return this.pick(seg, u, this.at, this.twoParty, this.first[c]!, this.first[c + 1]!, false);
    const L = this.locations;
    const row = (seg * L + c) * L;
    const total = dense[row + L - 1]!;
    if (!(total > 0)) return -1;
    const x = u * total;
    if (L <= 16) {
      let d = 0;
      while (d < L - 1 && x >= dense[row + d]!) d++;
      return d;
    }
    let lo = 0;
    let hi = L - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dense[row + mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /**
   * A meeting participant invited by the organiser at c: `taken` holds how many
   * participants each location already gives (its `value`s are counts), `internalOnly`
   * keeps the remote users out. A location, or -1 when every weight is 0.
   */
  pickParticipant(c: number, seg: number, u: number, taken: Corrections, internalOnly: boolean, scratch: Corrections, usePopulation: boolean): number {
    this.meetingCorrections(c, taken, internalOnly, scratch);
    return this.pick(seg, u, scratch.at, scratch.value, 0, scratch.length, usePopulation);
  }

  /** affinity x (users(d) - [d = c] - taken) / users(d), never below 0. */
  private multiplier(c: number, d: number, affinity: number, taken: number): number {
    const users = this.users[d]!;
    if (!(users > 0)) return 0;
    return (affinity * Math.max(0, users - (d === c ? 1 : 0) - taken)) / users;
  }

  /** Merges the caller's static list, the taken counts and the remote exclusion into `out`. */
  private meetingCorrections(c: number, taken: Corrections, internalOnly: boolean, out: Corrections): void {
    const L = this.locations;
    const remote = internalOnly ? L - 1 : L;
    let i = this.first[c]!;
    const end = this.first[c + 1]!;
    let k = 0;
    let remoteDone = !internalOnly;
    out.length = 0;
    for (;;) {
      const a = i < end ? this.at[i]! : L;
      const b = k < taken.length ? taken.at[k]! : L;
      const r = remoteDone ? L : remote;
      const d = Math.min(a, b, r);
      if (d >= L) return;
      const affinity = d === a ? this.affinity[i]! : 1;
      out.at[out.length] = d;
      out.value[out.length] = d === r ? 0 : this.multiplier(c, d, affinity, d === b ? taken.value[k]! : 0);
      out.length++;
      if (d === a) i++;
      if (d === b) k++;
      if (d === r) remoteDone = true;
    }
  }

  /**
   * Exact inversion: the location whose share of the corrected weights contains `u`
   * (in [0, 1)), with entries `from` to `to` of (at, multiplier) as the corrections;
   * -1 when every weight is 0.
   */
  private pick(seg: number, u: number, at: Int32Array, multiplier: Float64Array, from: number, to: number, usePopulation: boolean): number {
    const L = this.locations;
    const cum = usePopulation ? this.population : this.cumulative;
    const base = usePopulation ? 0 : seg * L;
    let corrected = 0;
    let listed = 0;
    for (let k = from; k < to; k++) {
      const w = this.weight(cum, base, at[k]!);
      listed += w;
      corrected += w * multiplier[k]!;
    }
    const mass = cum[base + L - 1]! - listed + corrected;
    if (!(mass > 0)) return -1;
    let x = u * mass;
    if (x < corrected) {
      // Inside one of the corrected locations: walk the short list.
      let last = -1;
      for (let k = from; k < to; k++) {
        const w = this.weight(cum, base, at[k]!) * multiplier[k]!;
        if (!(w > 0)) continue;
        if (x < w) return at[k]!;
        x -= w;
        last = at[k]!;
      }
      return last; // only by rounding
    }
    // Among the locations not listed: the first d whose cumulative base weight, less the
    // listed weight up to d, exceeds y. Each search starts past every d that cannot be
    // it, so at most one search more than there are listed locations.
    const y = x - corrected;
    let d = this.search(cum, base, y);
    for (let guard = from; guard <= to + 1; guard++) {
      const below = this.listedUpTo(cum, base, at, from, to, d);
      if (cum[base + d]! > y + below) {
        if (!this.isListed(at, from, to, d)) return d;
        if (d === L - 1) break;
        d++; // only by rounding: a listed location seemed to satisfy
        continue;
      }
      const next = this.search(cum, base, y + below);
      if (next === d) break;
      d = next;
    }
    // Only by rounding at the top: the last location not listed that has weight.
    for (let e = L - 1; e >= 0; e--) if (this.weight(cum, base, e) > 0 && !this.isListed(at, from, to, e)) return e;
    return -1;
  }

  private weight(cum: Float64Array, base: number, d: number): number {
    return cum[base + d]! - (d > 0 ? cum[base + d - 1]! : 0);
  }

  private listedUpTo(cum: Float64Array, base: number, at: Int32Array, from: number, to: number, d: number): number {
    let sum = 0;
    for (let k = from; k < to && at[k]! <= d; k++) sum += this.weight(cum, base, at[k]!);
    return sum;
  }

  private isListed(at: Int32Array, from: number, to: number, d: number): boolean {
    for (let k = from; k < to; k++) if (at[k] === d) return true;
    return false;
  }

  /** The first location d with `cum[base + d] > y` (the last when none). */
  private search(cum: Float64Array, base: number, y: number): number {
    let lo = 0;
    let hi = this.locations - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[base + mid]! > y) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
