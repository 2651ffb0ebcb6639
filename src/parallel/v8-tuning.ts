/**
 * V8's inlining budget for the threads that simulate. TurboFan inlines the functions a
 * hot function calls until their bytecode adds up to a budget per optimised function
 * (920 bytes by default). A replication's hot paths (the event loop, a call's placement
 * and departure) call many small resource methods each; with the default budget the
 * last of them stay calls (the event queue's pop among them). Twice the budget inlines
 * them: less CPU once a worker has simulated a few million calls, a little more before,
 * as the larger optimised code takes longer to compile (docs/performance.md, "V8's
 * inlining budget", with the command that measures it).
 *
 * Only code generation changes: the arithmetic is the same, so every result is the same
 * bits with or without it. The flag is process-wide and read each time TurboFan decides
 * what to inline, so it is set once, before a pool's workers start (a worker isolate
 * sees the process's flags), and before a bench's in-process replications.
 */
import { setFlagsFromString } from 'node:v8';

/** The V8 flags avsim sets from code. Unlike NODE_FLAGS (src/cli/node-flags.ts), they can be set once Node runs. */
export const V8_TUNING: readonly string[] = ['--max-inlined-bytecode-size-cumulative=1840'];

let tuned = false;

/** Sets {@link V8_TUNING} for this process, once; with `AVSIM_V8_TUNING=0` in the environment, leaves V8's defaults (to measure the difference). */
export function tuneV8(): void {
  if (tuned) return;
  tuned = true;
  if (process.env['AVSIM_V8_TUNING'] === '0') return;
  for (const flag of V8_TUNING) setFlagsFromString(flag);
}
