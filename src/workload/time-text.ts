/**
 * The workload's time texts (durations and the "HH:MM" start), parsed without zod.
 *
 * They live apart from the schema so that the replication workers, which need
 * `startSeconds` to place the window on the clock, do not load zod and the schema:
 * that import would be most of each worker's start-up, paid by every run.
 */

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds in a duration text already checked by the schema's `Duration` pattern. */
export function parseDurationText(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$/.exec(text);
  if (!match) throw new Error(`not a duration: ${text}`);
  return Number(match[1]) * (UNIT_SECONDS[match[2] ?? 's'] ?? 1);
}

/**
 * Seconds after midnight UTC of a `simulation.start` value.
 *
 * @param start - "HH:MM" (as `simulation.start` is validated).
 * @throws RangeError when `start` is not "HH:MM".
 */
export function startSeconds(start: string): number {
  const match = /^(\d\d):(\d\d)$/.exec(start);
  if (!match) throw new RangeError(`start must be "HH:MM", got "${start}"`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60;
}
