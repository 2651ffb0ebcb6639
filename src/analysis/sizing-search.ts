/**
 * The search for the fewest servers meeting a blocking target.
 *
 * A candidate "meets" the target when its simulated blocking's upper 95% bound is at
 * most the target. Candidates are evaluated in batches (one batch = one run of the
 * worker pool, every candidate on the same random numbers), starting around a first
 * guess (the Erlang B answer) and an upper bound expected to meet it; while no count
 * below the lowest meeting one is known to fail, the search gallops down (1, 2, 4...
 * below it), and while none meets, it doubles; then the bracket (highest failing,
 * lowest meeting) is split into quarters until the two are adjacent.
 *
 * The search assumes blocking does not increase as servers are added, which holds for
 * the loss systems avsim simulates on common random numbers up to noise; if a larger
 * count fails where a smaller one met, the smaller one is kept (the answer is always
 * a count that meets the target whose predecessor does not).
 */

/** One candidate's simulated figures. */
export interface Evaluation {
  readonly servers: number;
  /** Capacity units at that count (servers x units per server). */
  readonly capacity: number;
  /** Simulated blocking probability (blocked / offered units). */
  readonly blocking: number;
  /** Upper end of its Student-t 95% interval. */
  readonly blockingHigh: number;
}

/** Evaluates a batch of distinct server counts; resolves with one evaluation per count, in any order. */
export type Evaluate = (servers: readonly number[]) => Promise<readonly Evaluation[]>;

/** Options of {@link searchFewestServers}. */
export interface SearchOptions {
  /** Blocking target, in (0, 1). */
  readonly target: number;
  /** First guess (e.g. the Erlang B answer); clamped to >= 1. */
  readonly start: number;
  /** A count expected to meet the target (e.g. enough for the unlimited run's peak); verified, not trusted. */
  readonly upper: number;
  /**
   * Give up (throw) when no count up to this meets the target.
   * @default 1_000_000
   */
  readonly maxServers?: number;
  /**
   * Candidates per bisection batch.
   * @default 3
   */
  readonly batch?: number;
}

/** What the search found. */
export interface SearchOutcome {
  /** The fewest servers found to meet the target (at least 1). */
  readonly servers: number;
  /** Its evaluation. */
  readonly best: Evaluation;
  /** The evaluation with one server fewer (0 servers included). */
  readonly oneDown: Evaluation;
  /** Every evaluation made, by server count. */
  readonly evaluations: readonly Evaluation[];
  /** Batches run. */
  readonly rounds: number;
}

/**
 * Finds the fewest servers whose blocking's upper 95% bound is at most `target`.
 *
 * @throws RangeError on bad options; Error when no count up to `maxServers` meets the target.
 */
export async function searchFewestServers(evaluate: Evaluate, options: SearchOptions): Promise<SearchOutcome> {
  const { target } = options;
  const maxServers = options.maxServers ?? 1_000_000;
  const batch = options.batch ?? 3;
  if (!(target > 0 && target < 1)) throw new RangeError(`target must be in (0, 1), got ${String(target)}`);
  if (!(Number.isInteger(batch) && batch >= 1)) throw new RangeError(`batch must be a positive integer, got ${String(batch)}`);
  const clamp = (n: number): number => Math.min(maxServers, Math.max(1, Math.round(n)));
  const start = clamp(options.start);
  const upper = clamp(Math.max(options.upper, start));

  const known = new Map<number, Evaluation>();
  let rounds = 0;
  const run = async (candidates: readonly number[]): Promise<void> => {
    const fresh = [...new Set(candidates)].filter((n) => !known.has(n)).sort((a, b) => a - b);
    if (fresh.length === 0) return;
    rounds++;
    const evaluations = await evaluate(fresh);
    for (const e of evaluations) known.set(e.servers, e);
    for (const n of fresh) if (!known.has(n)) throw new Error(`the evaluation of ${n} servers is missing`);
  };
  const meets = (e: Evaluation): boolean => e.blockingHigh <= target;

  await run([start - 1, start, start + 1, upper].filter((n) => n >= 1));
  for (;;) {
    const sorted = [...known.values()].sort((a, b) => a.servers - b.servers);
    const hi = sorted.find(meets)?.servers;
    if (hi === undefined) {
      const largest = sorted[sorted.length - 1]!.servers;
      if (largest >= maxServers) throw new Error(`no server count up to ${maxServers} meets a blocking target of ${target}`);
      await run([Math.min(maxServers, largest * 2)]);
      continue;
    }
    // Highest failing count below hi (0 servers fail by convention until evaluated).
    const failing = sorted.filter((e) => e.servers < hi && !meets(e));
    const lo = failing.reduce((m, e) => Math.max(m, e.servers), 0);
    if (failing.length === 0 && hi > 2) {
      // Nothing below hi is known to fail: gallop down (hi-1, hi-2, hi-4, ...) rather
      // than bisect from 0, since the answer is usually close to the first guess.
      await run(Array.from({ length: batch }, (_, k) => Math.max(1, hi - 2 ** k)));
      continue;
    }
    if (hi - lo <= 1) {
      await run(hi - 1 >= 0 ? [hi - 1] : []);
      return {
        servers: hi,
        best: known.get(hi)!,
        oneDown: known.get(hi - 1)!,
        evaluations: [...known.values()].sort((a, b) => a.servers - b.servers),
        rounds,
      };
    }
    const step = (hi - lo) / (batch + 1);
    const candidates: number[] = [];
    for (let k = 1; k <= batch; k++) {
      const n = Math.round(lo + k * step);
      if (n > lo && n < hi) candidates.push(n);
    }
    await run(candidates.length > 0 ? candidates : [lo + 1]);
  }
}
