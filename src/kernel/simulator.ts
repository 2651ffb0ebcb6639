/**
 * The simulation environment: a clock, an event queue and four verbs
 * (`schedule`, `peek`, `step`, `run`). It knows nothing about OCS: an event is an
 * integer payload handed to the model's `dispatch` method (an {@link EventHandler}), so
 * the inner loop makes no closure and no object per event.
 */
import { EventQueue } from './event-queue.js';

/**
 * What the simulator calls: `dispatch` for each heap event, `source` for the external
 * source's events (see {@link Simulator.sourceTime}). A model passes itself (an object
 * whose class has these methods), not closures: a closure made per replication is a new
 * call target each time, and optimised code that had inlined the last one deoptimises.
 */
export interface EventHandler {
  /** Receives each heap event's payload at its time; read the time from `sim.now`. */
  dispatch(payload: number): void;
  /**
   * The source's next event, called at `sim.now === sim.sourceTime`; it must move
   * `sourceTime` forward. Required once a model sets `sourceTime`.
   */
  source?(): void;
}

export class Simulator {
  /**
   * The clock, in a typed array: as a plain field it would start as the integer 0 and
   * change representation at the first fractional time, which retires the simulator's
   * hidden class and, in the next replication, deoptimises the model code optimised
   * against it.
   */
  private readonly clock = new Float64Array(1);

  /** Simulated time, seconds. Only moves forward. */
  get now(): number {
    return this.clock[0]!;
  }

  /** Events dispatched so far. */
  steps = 0;
  /**
   * Time of the next event of an external source, `Infinity` when there is none. A
   * model whose most frequent events come from a few known streams (the next arrival of
   * each site) keeps them here instead of in the heap, sparing one push and one pop per
   * event: it sets this field and the handler's `source` runs at that time. A source event
   * runs after every heap event at the same time, as if it had the lowest priority.
   */
  sourceTime = Infinity;
  private readonly queue: EventQueue;

  /** @param handler receives every event: heap events in (time, priority, sequence) order. */
  constructor(
    private readonly handler: EventHandler,
    initialCapacity = 1024,
  ) {
    this.queue = new EventQueue(initialCapacity);
  }

  /** Schedules `payload` at absolute time `time` (not before `now`). */
  schedule(time: number, priority: number, payload: number): void {
    if (!(time >= this.now)) throw new RangeError(`event scheduled in the past: ${time} < ${this.now}`);
    this.queue.push(time, priority, payload);
  }

  /** Time of the next event (heap or source), `Infinity` when none is pending. */
  peek(): number {
    const heapTime = this.queue.peekTime();
    return this.sourceTime < heapTime ? this.sourceTime : heapTime;
  }

  /** Pending events in the heap (a source's next event not included). */
  get pending(): number {
    return this.queue.size;
  }

  /** Advances the clock to the next event and dispatches it. Returns false when none is left. */
  step(): boolean {
    const heapTime = this.queue.peekTime();
    if (this.sourceTime < heapTime) {
      this.clock[0] = this.sourceTime;
      this.steps++;
      this.source();
      return true;
    }
    if (heapTime === Infinity) return false;
    this.clock[0] = heapTime;
    this.steps++;
    this.handler.dispatch(this.queue.pop());
    return true;
  }

  /**
   * Dispatches every event with time <= `until`, then sets the clock to `until`.
   * Events after `until` stay pending.
   */
  run(until: number): void {
    this.dispatchUntil(until);
    // Here, not after the loop in dispatchUntil: V8 compiles that loop on-stack while a
    // replication runs, before the loop has ever exited, and code after it, with no type
    // feedback yet, deoptimised it at the first exit (again at each of the next few).
    if (until > this.clock[0]! && until !== Infinity) this.clock[0] = until;
  }

  /** The loop of {@link run}: dispatches every event with time <= `until`. */
  private dispatchUntil(until: number): void {
    const queue = this.queue;
    const handler = this.handler;
    const clock = this.clock;
    // Inlined step(): this loop is the hot path of every replication.
    for (;;) {
      const heapTime = queue.peekTime();
      const sourceTime = this.sourceTime;
      if (sourceTime < heapTime) {
        if (sourceTime > until) break;
        clock[0] = sourceTime;
        this.steps++;
        this.source();
      } else {
        if (heapTime > until || heapTime === Infinity) break;
        clock[0] = heapTime;
        this.steps++;
        handler.dispatch(queue.pop());
      }
    }
  }

  /** Runs the source's event; a model that sets `sourceTime` must have a `source` method. */
  private source(): void {
    const handler = this.handler;
    if (handler.source === undefined) throw new Error('sourceTime was set but the handler has no source method');
    handler.source();
  }
}
