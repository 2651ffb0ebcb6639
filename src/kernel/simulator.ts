/**
 * The simulation environment: a clock, an event queue and four verbs
 * (`schedule`, `peek`, `step`, `run`). It knows nothing about OCS: an event is an
 * integer payload handed to one dispatch function, so the inner loop makes no
 * closure and no object per event.
 */
import { EventQueue } from './event-queue.js';

/** Receives each event's payload at its time; read the time from `sim.now`. */
export type Dispatch = (payload: number) => void;

/**
 * The next event of a source kept outside the heap (see {@link Simulator.sourceTime}):
 * called at `sim.now === sim.sourceTime`; it must move `sourceTime` forward.
 */
export type SourceDispatch = () => void;

export class Simulator {
  /** Simulated time, seconds. Only moves forward. */
  now = 0;
  /** Events dispatched so far. */
  steps = 0;
  /**
   * Time of the next event of an external source, `Infinity` when there is none. A
   * model whose most frequent events come from a few known streams (the next arrival of
   * each site) keeps them here instead of in the heap, sparing one push and one pop per
   * event: it sets this field and `sourceDispatch` runs at that time. A source event
   * runs after every heap event at the same time, as if it had the lowest priority.
   */
  sourceTime = Infinity;
  private readonly queue: EventQueue;

  /**
   * @param dispatch called for every heap event, in (time, priority, sequence) order.
   * @param sourceDispatch called at {@link sourceTime}; required once a model sets it.
   */
  constructor(
    private readonly dispatch: Dispatch,
    initialCapacity = 1024,
    private readonly sourceDispatch: SourceDispatch = () => {
      throw new Error('sourceTime was set without a sourceDispatch');
    },
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
      this.now = this.sourceTime;
      this.steps++;
      this.sourceDispatch();
      return true;
    }
    if (heapTime === Infinity) return false;
    this.now = heapTime;
    this.steps++;
    this.dispatch(this.queue.pop());
    return true;
  }

  /**
   * Dispatches every event with time <= `until`, then sets the clock to `until`.
   * Events after `until` stay pending.
   */
  run(until: number): void {
    const queue = this.queue;
    const dispatch = this.dispatch;
    const sourceDispatch = this.sourceDispatch;
    // Inlined step(): this loop is the hot path of every replication.
    for (;;) {
      const heapTime = queue.peekTime();
      const sourceTime = this.sourceTime;
      if (sourceTime < heapTime) {
        if (sourceTime > until) break;
        this.now = sourceTime;
        this.steps++;
        sourceDispatch();
      } else {
        if (heapTime > until || heapTime === Infinity) break;
        this.now = heapTime;
        this.steps++;
        dispatch(queue.pop());
      }
    }
    if (until > this.now && until !== Infinity) this.now = until;
  }
}
