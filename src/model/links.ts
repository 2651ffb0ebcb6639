/**
 * Call Admission Control's reservations (R16, R17): what a call or a conference's legs
 * ask of the bandwidth policies on their routes, checked all or nothing, and what each
 * call in progress holds on them.
 *
 * Two forms, one per kind of holder:
 * - a two-party or PSTN call reserves one session on each policy of one route, taken at
 *   once ({@link reserve}) and kept as the route's key in the call's slot (the call
 *   table's `routeKey`, `routeVideo`): the common case, with no list to build or walk;
 * - a meeting's legs (and an escalation's, with the call's own reservation as credit)
 *   are built up as a request (pending units per link resource), then committed to the
 *   slot or dropped. What a slot holds then is a short list of (resource, units) nodes
 *   in typed arrays with a free list, so the legs from one site share one node per
 *   policy and the hot path allocates nothing once the arrays have grown.
 *
 * Every session of a policy's limit carries that limit's session bandwidth, so the link
 * resources are taken in sessions alone (ResourceSet.fixBandwidth).
 */
import type { CacPolicy } from '../negotiation/cac.js';
import type { CacRoutes } from './cac-routes.js';
import type { CallTable } from './call-table.js';
import type { ResourceSet } from './resources.js';

export class LinkReservations {
  private resource = new Int32Array(0);
  private units = new Float64Array(0);
  private next = new Int32Array(0);
  private freeNode = -1;
  /** The request being built: units per resource, the credit of a call's own reservation, and the resources touched. */
  private readonly pending: Float64Array;
  private readonly credit: Float64Array;
  private readonly touched: Int32Array;
  private readonly inRequest: Uint8Array;
  private touchedCount = 0;
  /** The route key of the last {@link reserve} when it took sessions (-1 when not), and whether it reserved video. */
  private held = -1;
  private heldVideo = 0;

  constructor(
    private readonly cac: CacPolicy,
    private readonly res: ResourceSet,
    /** Each slot's first node is `calls.links[i]` (`-1`: none). */
    private readonly calls: CallTable,
    /** Resource index of applied policy 0's audio limit; its video limit follows, then the next policy's. */
    private readonly linkBase: number,
    /** The routes, looked up (the compilation's, shared by its replications). */
    private readonly routes: CacRoutes,
  ) {
    const links = 2 * cac.applied.length;
    this.pending = new Float64Array(links);
    this.credit = new Float64Array(links);
    this.touched = new Int32Array(links);
    this.inRequest = new Uint8Array(links);
    cac.applied.forEach((a, p) => {
      res.fixBandwidth(linkBase + 2 * p, a.audioSessionKbps);
      res.fixBandwidth(linkBase + 2 * p + 1, a.videoSessionKbps);
    });
    this.growNodes(64);
  }

  /**
   * R16/R17 for one call between sites a and b (a video call, `video` 1, also reserves
   * a video session on each policy; 0 for audio), held for `seconds` from time t. The
   * media is a number, not a flag, here and below: optimised code then tests it with
   * one comparison instead of a truth test of any type. Taken at once when every
   * policy of the route has room, counted as carried on each; otherwise counted as
   * blocked on each policy without room and nothing taken. True when taken, or not
   * checked (the same site, a site in no region). Then {@link keep} hands it to a call
   * slot, or {@link giveBack} returns it.
   */
  reserve(a: number, b: number, video: number, seconds: number, t: number): boolean {
    const routes = this.routes;
    const key = routes.key(a, b);
    const at = routes.at(key);
    const table = routes.table;
    const end = at + table[at]!;
    this.held = -1;
    if (end === at + 1) return true;
    const res = this.res;
    const base = this.linkBase;
    let fits = true;
    for (let k = at + 1; k < end; k++) {
      const audio = base + 2 * table[k]!;
      if (!res.fits(audio, 1)) {
        fits = false;
        res.tally(audio, 1, false, seconds);
      }
      if (video === 1 && !res.fits(audio + 1, 1)) {
        fits = false;
        res.tally(audio + 1, 1, false, seconds);
      }
    }
    if (!fits) return false;
    for (let k = at + 1; k < end; k++) {
      const audio = base + 2 * table[k]!;
      res.takeUnit(audio, seconds, t);
      if (video === 1) res.takeUnit(audio + 1, seconds, t);
    }
    this.held = key;
    this.heldVideo = video;
    return true;
  }

  /** Whether the last {@link reserve} took sessions (it may have had nothing to check). */
  get reserved(): boolean {
    return this.held >= 0;
  }

  /** The last {@link reserve}'s sessions become call slot i's. */
  keep(i: number): void {
    this.calls.routeKey[i] = this.held;
    this.calls.routeVideo[i] = this.heldVideo;
    this.held = -1;
  }

  /** Gives back the last {@link reserve}'s sessions at time t (R17: the call then found no path). */
  giveBack(t: number): void {
    if (this.held >= 0) this.releaseRoute(this.held, this.heldVideo, t);
    this.held = -1;
  }

  /** Gives back what slot i holds: its route's sessions and its request's nodes. */
  release(i: number, t: number): void {
    const calls = this.calls;
    const key = calls.routeKey[i]!;
    if (key >= 0) {
      this.releaseRoute(key, calls.routeVideo[i]!, t);
      calls.routeKey[i] = -1;
    }
    if (calls.links[i]! >= 0) this.releaseNodes(i, t);
  }

  /** Gives back a session (and a video one) on each policy of route `key`. */
  private releaseRoute(key: number, video: number, t: number): void {
    const table = this.routes.table;
    const at = this.routes.at(key);
    const end = at + table[at]!;
    for (let k = at + 1; k < end; k++) this.releasePolicy(table[k]!, video, t);
  }

  private releasePolicy(p: number, video: number, t: number): void {
    const audio = this.linkBase + 2 * p;
    this.res.releaseUnits(audio, 1, t);
    if (video === 1) this.res.releaseUnits(audio + 1, 1, t);
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
    const calls = this.calls;
    const key = calls.routeKey[i]!;
    if (key >= 0) {
      const video = calls.routeVideo[i] === 1;
      const table = this.routes.table;
      const at = this.routes.at(key);
      const end = at + table[at]!;
      for (let k = at + 1; k < end; k++) {
        const audio = 2 * table[k]!;
        this.touch(audio);
        this.credit[audio]!++;
        if (video) {
          this.touch(audio + 1);
          this.credit[audio + 1]!++;
        }
      }
    }
    for (let n = this.calls.links[i]!; n >= 0; n = this.next[n]!) {
      const l = this.resource[n]! - this.linkBase;
      this.touch(l);
      this.credit[l]! += this.units[n]!;
    }
  }

  /**
   * R16/R17: one session between sites a and b (a video one also reserves a video
   * session), added to the request when every policy of the route has room for it. A
   * policy without room counts the session as blocked (held for `seconds`), at once; what
   * fits is counted as carried only when the whole request is admitted
   * ({@link countAdmitted}): a meeting that CAC then refuses counts nothing on the
   * policies that had room for its other legs. True when it fits (or is not checked).
   */
  request(a: number, b: number, video: number, seconds: number): boolean {
    const routes = this.routes;
    const table = routes.table;
    const at = routes.at(routes.key(a, b));
    const end = at + table[at]!;
    if (end === at + 1) return true;
    const res = this.res;
    const base = this.linkBase;
    let fits = true;
    for (let k = at + 1; k < end; k++) {
      const audio = 2 * table[k]!;
      if (!this.room(audio)) {
        fits = false;
        res.tally(base + audio, 1, false, seconds);
      }
      if (video === 1 && !this.room(audio + 1)) {
        fits = false;
        res.tally(base + audio + 1, 1, false, seconds);
      }
    }
    if (!fits) return false;
    for (let k = at + 1; k < end; k++) {
      const audio = 2 * table[k]!;
      this.add(audio);
      if (video === 1) this.add(audio + 1);
    }
    return true;
  }

  /** R17: the request built so far is admitted: its sessions count as carried, held for `seconds`. */
  countAdmitted(seconds: number): void {
    for (let k = 0; k < this.touchedCount; k++) {
      const l = this.touched[k]!;
      const units = this.pending[l]!;
      if (units > 0) this.res.tally(this.linkBase + l, units, true, seconds);
    }
  }

  /** Takes the request's sessions for call slot i at time t (after {@link begin} and its requests). */
  commit(i: number, t: number): void {
    const res = this.res;
    for (let k = 0; k < this.touchedCount; k++) {
      const l = this.touched[k]!;
      const units = this.pending[l]!;
      if (units === 0) continue;
      res.acquireUnits(this.linkBase + l, units, t);
      const node = this.allocNode();
      this.resource[node] = this.linkBase + l;
      this.units[node] = units;
      this.next[node] = this.calls.links[i]!;
      this.calls.links[i] = node;
    }
    this.begin();
  }

  /** Gives back slot i's nodes. */
  private releaseNodes(i: number, t: number): void {
    const res = this.res;
    let n = this.calls.links[i]!;
    while (n >= 0) {
      res.releaseUnits(this.resource[n]!, this.units[n]!, t);
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

  /** Adds one session on link resource l to the request. */
  private add(l: number): void {
    this.touch(l);
    this.pending[l]!++;
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
    this.next = widen(this.next);
    for (let k = n - 1; k >= old; k--) {
      this.next[k] = this.freeNode;
      this.freeNode = k;
    }
  }
}
