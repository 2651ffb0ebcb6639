/**
 * The simulation environment: a clock, an event queue and four verbs
 * (`schedule`, `peek`, `step`, `run`). It knows nothing about OCS: an event is an
 * integer payload handed to one dispatch function, so the inner loop makes no
 * closure and no object per event.
 */
import { EventQueue } from './event-queue.js';

/** Receives each event's payload at its time; read the time from `sim.now`. */
export type Dispatch = (payload: number) => void;

export class Simulator {
  /** Simulated time, seconds. Only moves forward. */
  now = 0;
  /** Events dispatched so far. */
  steps = 0;
  private readonly queue: EventQueue;

  /** @param dispatch called for every event, in (time, priority, sequence) order. */
  constructor(
    private readonly dispatch: Dispatch,
    initialCapacity = 1024,
  ) {
    this.queue = new EventQueue(initialCapacity);
  }

  /** Schedules `payload` at absolute time `time` (not before `now`). */
  schedule(time: number, priority: number, payload: number): void {
    if (!(time >= this.now)) throw new RangeError(`event scheduled in the past: ${time} < ${this.now}`);
    this.queue.push(time, priority, payload);
  }

  /** Time of the next event, `Infinity` when none is pending. */
  peek(): number {
    return this.queue.peekTime();
  }

  /** Pending events. */
  get pending(): number {
    return this.queue.size;
  }

  /** Advances the clock to the next event and dispatches it. Returns false when none is left. */
  step(): boolean {
    if (this.queue.size === 0) return false;
    this.now = this.queue.peekTime();
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
    // Inlined step(): this loop is the hot path of every replication.
    while (queue.size > 0 && queue.peekTime() <= until) {
      this.now = queue.peekTime();
      this.steps++;
      dispatch(queue.pop());
    }
    if (until > this.now && until !== Infinity) this.now = until;
  }
}
