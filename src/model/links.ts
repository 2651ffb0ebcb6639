/**
 * Call Admission Control's reservations (R16, R17): what a call or a conference's legs
 * ask of the bandwidth policies on their routes, checked all or nothing, and what each
 * call in progress holds on them.
 *
 * A request is built up first (pending units per link resource, and the credit of an
 * escalating call's own reservation), then committed to a call slot or dropped. What a
 * slot holds is a short list of (resource, units, kbit/s) nodes in typed arrays with a
 * free list, so a conference's legs from one site share one node per policy and the
 * hot path allocates nothing once the arrays have grown.
 */
import type { CacPolicy } from '../negotiation/cac.js';
import { MAX_ROUTE } from '../negotiation/cac.js';
import type { CallTable } from './call-table.js';
import type { ResourceSet } from './resources.js';

export class LinkReservations {
  private resource = new Int32Array(0);
  private units = new Float64Array(0);
  private kbps = new Float64Array(0);
  private next = new Int32Array(0);
  private freeNode = -1;
  /** The request being built: units per resource, the credit of a call's own reservation, and the resources touched. */
  private readonly pending: Float64Array;
  private readonly credit: Float64Array;
  private readonly touched: Int32Array;
  private readonly inRequest: Uint8Array;
  private touchedCount = 0;
  private readonly route = new Int32Array(MAX_ROUTE);
  private readonly audioKbps: Float64Array;
  private readonly videoKbps: Float64Array;

  constructor(
    private readonly cac: CacPolicy,
    private readonly res: ResourceSet,
    /** Each slot's first node is `calls.links[i]` (`-1`: none). */
    private readonly calls: CallTable,
    /** Resource index of applied policy 0's audio limit; its video limit follows, then the next policy's. */
    private readonly linkBase: number,
  ) {
    const links = 2 * cac.applied.length;
    this.pending = new Float64Array(links);
    this.credit = new Float64Array(links);
    this.touched = new Int32Array(links);
    this.inRequest = new Uint8Array(links);
    this.audioKbps = Float64Array.from(cac.applied, (a) => a.audioSessionKbps);
    this.videoKbps = Float64Array.from(cac.applied, (a) => a.videoSessionKbps);
    this.growNodes(64);
  }

  /** Starts a new request: nothing pending, no credit. */
  begin(): void {
    for (let k = 0; k < this.touchedCount; k++) {
      const l = this.touched[k]!;
      this.pending[l] = 0;
      this.credit[l] = 0;
      this.inRequest[l] = 0;
    }
    this.touchedCount = 0;
  }

  /** R17: an escalating call's own reservation (slot i) counts as room for the request being built. */
  creditSlot(i: number): void {
    for (let n = this.calls.links[i]!; n >= 0; n = this.next[n]!) {
      const l = this.resource[n]! - this.linkBase;
      this.touch(l);
      this.credit[l]! += this.units[n]!;
    }
  }

  /**
   * R16/R17: one session between sites a and b (a video one also reserves a video
   * session), held for `seconds`, added to the request when every policy of the route
   * has room for it. A policy without room counts the session as blocked, one with room
   * as carried (counted only when all fit); true when it fits (or is not checked).
   */
  request(a: number, b: number, video: boolean, seconds: number): boolean {
    const route = this.route;
    const n = this.cac.route(a, b, route);
    if (n === 0) return true;
    const res = this.res;
    const base = this.linkBase;
    let fits = true;
    for (let k = 0; k < n; k++) {
      const audio = 2 * route[k]!;
      if (!this.room(audio)) {
        fits = false;
        res.tally(base + audio, 1, false, seconds);
      }
      if (video && !this.room(audio + 1)) {
        fits = false;
        res.tally(base + audio + 1, 1, false, seconds);
      }
    }
    if (!fits) return false;
    for (let k = 0; k < n; k++) {
      const audio = 2 * route[k]!;
      this.add(audio, seconds);
      if (video) this.add(audio + 1, seconds);
    }
    return true;
  }

  /** Takes the request's sessions for call slot i at time t (after {@link begin} and its requests). */
  commit(i: number, t: number): void {
    const res = this.res;
    for (let k = 0; k < this.touchedCount; k++) {
      const l = this.touched[k]!;
      const units = this.pending[l]!;
      if (units === 0) continue;
      const kbps = units * ((l & 1) === 0 ? this.audioKbps[l >> 1]! : this.videoKbps[l >> 1]!);
      res.acquire(this.linkBase + l, units, kbps, t);
      const node = this.allocNode();
      this.resource[node] = this.linkBase + l;
      this.units[node] = units;
      this.kbps[node] = kbps;
      this.next[node] = this.calls.links[i]!;
      this.calls.links[i] = node;
    }
    this.begin();
  }

  /** Gives back what slot i holds. */
  release(i: number, t: number): void {
    const res = this.res;
    let n = this.calls.links[i]!;
    while (n >= 0) {
      res.release(this.resource[n]!, this.units[n]!, this.kbps[n]!, t);
      const following = this.next[n]!;
      this.next[n] = this.freeNode;
      this.freeNode = n;
      n = following;
    }
    this.calls.links[i] = -1;
  }

  /** Whether one more session fits on link resource l, given the request so far. */
  private room(l: number): boolean {
    return this.res.fits(this.linkBase + l, this.pending[l]! - this.credit[l]! + 1);
  }

  /** Adds one session on link resource l to the request, counted as carried. */
  private add(l: number, seconds: number): void {
    this.touch(l);
    this.pending[l]!++;
    this.res.tally(this.linkBase + l, 1, true, seconds);
  }

  private touch(l: number): void {
    if (this.inRequest[l] === 1) return;
    this.inRequest[l] = 1;
    this.touched[this.touchedCount++] = l;
  }

  private allocNode(): number {
    if (this.freeNode < 0) this.growNodes(2 * this.next.length);
    const n = this.freeNode;
    this.freeNode = this.next[n]!;
    return n;
  }

  private growNodes(n: number): void {
    const old = this.next.length;
    const widen = <T extends Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.resource = widen(this.resource);
    this.units = widen(this.units);
    this.kbps = widen(this.kbps);
    this.next = widen(this.next);
    for (let k = n - 1; k >= old; k--) {
      this.next[k] = this.freeNode;
      this.freeNode = k;
    }
  }
}
