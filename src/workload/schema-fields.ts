/**
 * The workload schema's building blocks (zod): durations, bounded numbers and lists,
 * shares, names, and the bounds a field may not pass. Shared by schema.ts and the
 * sections it keeps in files of their own (cac-schema.ts).
 */
import { z } from 'zod';
import { parseDurationText } from './time-text.js';

const DURATION_ERROR = 'expected a duration such as "90s", "15m", "8h" or a number of seconds';

/** A duration: `"90s"`, `"15m"`, `"8h"`, `"1d"` or a number of seconds. Parsed to seconds. */
export const Duration = z
  .union([
    z.number().nonnegative({ error: 'expected a duration of zero or more seconds' }),
    z.string().regex(/^\s*\d+(\.\d+)?\s*(s|m|h|d)?\s*$/, { error: DURATION_ERROR }),
  ], { error: DURATION_ERROR })
  .transform((v) => (typeof v === 'number' ? v : parseDurationText(v)))
  .meta({ description: 'A duration: "90s", "15m", "8h", "1d", or a number of seconds.' });

const POSITIVE_INT = { error: 'expected a positive integer' };
export const NON_NEGATIVE_INT = { error: 'expected a non-negative integer' };
const SHARE = { error: 'expected a share between 0 and 1' };
export const positiveInt = z.number(POSITIVE_INT).int(POSITIVE_INT).positive(POSITIVE_INT);
export const nonNegativeInt = z.number(NON_NEGATIVE_INT).int(NON_NEGATIVE_INT).nonnegative(NON_NEGATIVE_INT);

/**
 * Bounds on what one field may say: far above any deployment, they keep a typo (an
 * extra zero, an exponent) from reaching the simulator as a number it cannot hold. What
 * a whole run may ask for is the work budget's (analysis/budget.ts).
 */
export const LIMITS = {
  /** Users at one site, or remote users. */
  users: 10_000_000,
  /** Calls (of one kind) per user per busy hour. */
  ratePerUser: 1000,
  /** Servers of one Edge or MCU pool. */
  servers: 10_000,
  /** Sessions one Edge server carries, legs one A/V Conferencing server carries. */
  unitsPerServer: 1_000_000,
  /** A pool's MCU legs, a site's port pool. */
  capacity: 100_000_000,
  /** Coefficient of variation of a lognormal holding time. */
  cv: 10,
  /** Characters in a name (it becomes part of file and folder names). */
  name: 64,
  /** Sites, pools, Edges, network rules, affinity entries, scenarios. */
  listItems: 100_000,
} as const;

/** A positive integer of at most `max`: what went wrong is what the message says. */
export const intUpTo = (max: number) => positiveInt.max(max, { error: `expected at most ${max.toLocaleString('en-US')}` });
/** A list of at most {@link LIMITS.listItems} items. */
export const bounded = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listItems, { error: `expected at most ${LIMITS.listItems.toLocaleString('en-US')} items` });
export const share = z.number(SHARE).min(0, SHARE).max(1, SHARE);
export const name = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'expected a name of letters, digits, ".", "_" or "-"' })
  .max(LIMITS.name, { message: `expected a name of at most ${LIMITS.name} characters` });
