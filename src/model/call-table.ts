/**
 * Calls in progress as a struct of typed arrays with a free list: a slot per concurrent
 * call, reused when the call ends, so memory follows concurrency, not calls simulated,
 * and the hot path allocates nothing once the arrays have grown to the peak.
 */
export class CallTable {
  /** Resource ids held (`-1` none) and their units and bandwidth (kbit/s, one direction). */
  edge = new Int32Array(0);
  edgeUnits = new Float64Array(0);
  edgeKbps = new Float64Array(0);
  mcu = new Int32Array(0);
  mcuUnits = new Float64Array(0);
  mcuKbps = new Float64Array(0);
  portA = new Int32Array(0);
  portB = new Int32Array(0);
  portUnits = new Float64Array(0);
  portKbps = new Float64Array(0);
  /** Mediation Server session held (R21), `-1` none; and its bandwidth. */
  mediation = new Int32Array(0);
  mediationKbps = new Float64Array(0);
  /**
   * CAC (links.ts): a call's route, by its key (cac-routes.ts; `-1` none: a whole number
   * past 2^31 on a workload of many sites) and whether it reserved video; a meeting's
   * first node, `-1` none.
   */
  routeKey = new Float64Array(0);
  routeVideo = new Uint8Array(0);
  links = new Int32Array(0);
  /** R11: parties whose media keeps QoS (direct or to the MCU) and that cross the Edge. */
  direct = new Int32Array(0);
  relayed = new Int32Array(0);
  /** Locations of caller and callee. */
  caller = new Int32Array(0);
  callee = new Int32Array(0);
  /** R7: the third party's location when fixed at arrival (a federated party), else -1: drawn when it joins, from `thirdDraw`. */
  third = new Int32Array(0);
  thirdDraw = new Float64Array(0);
  video = new Uint8Array(0);
  /** When the call ends (an escalation's MCU request holds its legs until then). */
  endsAt = new Float64Array(0);
  /** Its row in the replication's records (observations.ts), -1 when none is kept. */
  recordRow = new Int32Array(0);
  /** Time of the pending escalation (R7); `-1` when none. Guards against a reused slot. */
  escalateAt = new Float64Array(0);
  private free = new Int32Array(0);
  private freeCount = 0;
  private size = 0;

  constructor(initial = 256) {
    this.grow(initial);
  }

  /** A free slot, its resources cleared. */
  open(): number {
    if (this.freeCount === 0) this.grow(this.size * 2);
    const i = this.free[--this.freeCount]!;
    this.edge[i] = -1;
    this.mcu[i] = -1;
    this.portA[i] = -1;
    this.portB[i] = -1;
    this.mediation[i] = -1;
    this.links[i] = -1;
    this.routeKey[i] = -1;
    this.edgeUnits[i] = this.mcuUnits[i] = this.portUnits[i] = 0;
    this.edgeKbps[i] = this.mcuKbps[i] = this.portKbps[i] = 0;
    this.direct[i] = this.relayed[i] = 0;
    this.escalateAt[i] = -1;
    this.recordRow[i] = -1;
    return i;
  }

  /** Returns a slot to the free list. */
  close(i: number): void {
    this.escalateAt[i] = -1;
    this.free[this.freeCount++] = i;
  }

  /** Calls in progress. */
  get active(): number {
    return this.size - this.freeCount;
  }

  private grow(n: number): void {
    const old = this.size;
    const widen = <T extends Int32Array | Float64Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.edge = widen(this.edge);
    this.edgeUnits = widen(this.edgeUnits);
    this.edgeKbps = widen(this.edgeKbps);
    this.mcu = widen(this.mcu);
    this.mcuUnits = widen(this.mcuUnits);
    this.mcuKbps = widen(this.mcuKbps);
    this.portA = widen(this.portA);
    this.portB = widen(this.portB);
    this.portUnits = widen(this.portUnits);
    this.portKbps = widen(this.portKbps);
    this.mediation = widen(this.mediation);
    this.mediationKbps = widen(this.mediationKbps);
    this.links = widen(this.links);
    this.routeKey = widen(this.routeKey);
    this.routeVideo = widen(this.routeVideo);
    this.direct = widen(this.direct);
    this.relayed = widen(this.relayed);
    this.caller = widen(this.caller);
    this.callee = widen(this.callee);
    this.third = widen(this.third);
    this.thirdDraw = widen(this.thirdDraw);
    this.video = widen(this.video);
    this.endsAt = widen(this.endsAt);
    this.recordRow = widen(this.recordRow);
    this.escalateAt = widen(this.escalateAt);
    const free = new Int32Array(n);
    free.set(this.free.subarray(0, this.freeCount));
    // New slots go on the free list highest first, so slots are handed out in order.
    for (let i = n - 1; i >= old; i--) free[this.freeCount++] = i;
    this.free = free;
    this.size = n;
  }
}
