/**
 * The model's heap events, packed into the kernel's one integer payload as
 * `(index << 2) | type`: the index is a call slot (departures, escalations) or a tick's
 * position in the compiled tick schedule.
 *
 * Types double as priorities, which break ties at equal times: ticks first (a window
 * boundary sees the state before any event at that instant), then departures (a freed
 * session can serve an arrival at the same instant), then escalations. Arrivals are not
 * in the heap: they are the simulator's source, which runs after every heap event at the
 * same time, as if it had the lowest priority.
 */

export const TICK = 0;
export const DEPART = 1;
export const ESCALATE = 2;

/** The payload of an event of `type` about `index`. */
export function eventPayload(index: number, type: number): number {
  return (index << 2) | type;
}

/** The event type of a payload ({@link TICK}, {@link DEPART} or {@link ESCALATE}). */
export function eventType(payload: number): number {
  return payload & 3;
}

/** The call slot or tick position of a payload. */
export function eventIndex(payload: number): number {
  return payload >> 2;
}

/** What a tick marks (flags: one instant may be several at once). */
export const TICK_WINDOW_START = 1;
export const TICK_BUCKET_EDGE = 2;
export const TICK_HOUR_EDGE = 4;
