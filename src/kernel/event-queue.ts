/**
 * A binary min-heap of events kept in parallel typed arrays.
 *
 * Events order by (time, priority, sequence number): two events at the same time run
 * in priority order (lower first), and two of the same priority in the order they were
 * scheduled. Nothing is ever broken at random, which is where determinism starts.
 * An event carries one integer payload; what it means is the caller's business (the
 * model packs an event type and an index into it), so the queue allocates nothing
 * per event once its arrays have grown to the peak number of pending events.
 */
export class EventQueue {
  private times: Float64Array;
  private keys: Float64Array; // priority * 2^32 + sequence: one comparison breaks both ties
  private payloads: Int32Array;
  private count = 0;
  private sequence = 0;

  /** @param initialCapacity pending events before the arrays first grow. @default 1024 */
  constructor(initialCapacity = 1024) {
    const n = Math.max(2, initialCapacity | 0);
    this.times = new Float64Array(n);
    this.keys = new Float64Array(n);
    this.payloads = new Int32Array(n);
    this.times[0] = Infinity; // empty: see peekTime
  }

  /** Pending events. */
  get size(): number {
    return this.count;
  }

  /** Events ever pushed (the next sequence number). */
  get pushed(): number {
    return this.sequence;
  }

  /**
   * Adds an event. `priority` is a small non-negative integer (0 runs first among
   * events at the same time); `payload` an int32.
   */
  push(time: number, priority: number, payload: number): void {
    if (this.count === this.times.length) this.grow();
    const key = priority * 4294967296 + this.sequence++;
    // Sift up: move parents down until the hole is where the new event belongs.
    const times = this.times;
    const keys = this.keys;
    const payloads = this.payloads;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (pt < time || (pt === time && keys[parent]! < key)) break;
      times[i] = pt;
      keys[i] = keys[parent]!;
      payloads[i] = payloads[parent]!;
      i = parent;
    }
    times[i] = time;
    keys[i] = key;
    payloads[i] = payload;
  }

  /**
   * Time of the next event; `Infinity` when empty. An empty queue keeps `Infinity` in the
   * root slot, so this is one load: written as `count > 0 ? times[0] : Infinity`, V8 joined
   * the loaded number and the constant as a boxed value and allocated a heap number on
   * every event of the simulator's loop.
   */
  peekTime(): number {
    return this.times[0]!;
  }

  /** Payload of the next event; only meaningful when not empty. */
  peekPayload(): number {
    return this.payloads[0]!;
  }

  /** Removes the next event and returns its payload; read its time with {@link peekTime} first. */
  pop(): number {
    const times = this.times;
    const keys = this.keys;
    const payloads = this.payloads;
    const top = payloads[0]!;
    const last = --this.count;
    const time = times[last]!;
    const key = keys[last]!;
    const payload = payloads[last]!;
    // Sift down the last event from the root.
    let i = 0;
    const half = last >> 1;
    while (i < half) {
      let child = 2 * i + 1;
      const right = child + 1;
      if (
        right < last &&
        (times[right]! < times[child]! || (times[right] === times[child] && keys[right]! < keys[child]!))
      ) {
        child = right;
      }
      const ct = times[child]!;
      if (time < ct || (time === ct && key < keys[child]!)) break;
      times[i] = ct;
      keys[i] = keys[child]!;
      payloads[i] = payloads[child]!;
      i = child;
    }
    times[i] = time;
    keys[i] = key;
    payloads[i] = payload;
    // The slot the last event left is past the end now: mark it empty (when it is the
    // root, the queue is empty and peekTime reads Infinity). Unconditional on purpose: an
    // `if (last === 0)` branch is first taken at the end of a worker's first replication,
    // after V8 has optimised pop with no type feedback for it, and deoptimised pop and
    // the simulator loop it is inlined into.
    times[last] = Infinity;
    return top;
  }

  /** Drops every pending event (the sequence counter keeps counting). */
  clear(): void {
    this.count = 0;
    this.times[0] = Infinity;
  }

  private grow(): void {
    const n = this.times.length * 2;
    const times = new Float64Array(n);
    const keys = new Float64Array(n);
    const payloads = new Int32Array(n);
    times.set(this.times);
    keys.set(this.keys);
    payloads.set(this.payloads);
    this.times = times;
    this.keys = keys;
    this.payloads = payloads;
  }
}
