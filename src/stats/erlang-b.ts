/**
 * Erlang B: the blocking probability of a pure loss system (Poisson arrivals, any
 * holding-time distribution, `servers` units, no queue). avsim prints it beside the
 * simulated blocking wherever the model is a pure loss system, so a reader can compare.
 */

/**
 * Erlang B blocking probability `B(A, N)` by the stable recursion
 * `B(0) = 1`, `B(k) = A·B(k-1) / (k + A·B(k-1))`.
 *
 * The recursion never forms `A^N / N!`, so it neither overflows nor loses precision
 * for large loads and server counts.
 *
 * @param offeredErlangs - Offered traffic `A` in erlangs (arrival rate × mean holding time), finite and >= 0.
 * @param servers - Number of servers `N`, a non-negative integer.
 * @returns The probability that an arrival finds all servers busy; `1` when `servers` is 0.
 * @throws RangeError when an argument is out of range.
 */
export function erlangB(offeredErlangs: number, servers: number): number {
  checkOffered(offeredErlangs);
  if (!Number.isInteger(servers) || servers < 0) {
    throw new RangeError(`servers must be a non-negative integer, got ${String(servers)}`);
  }
  let b = 1;
  for (let k = 1; k <= servers; k++) {
    const ab = offeredErlangs * b;
    b = ab / (k + ab);
  }
  return b;
}

/**
 * The fewest servers whose Erlang B blocking is at most `target`.
 *
 * With nothing offered (`offeredErlangs === 0`) nothing can be blocked, so the answer
 * is 0 servers whatever the target.
 *
 * @param offeredErlangs - Offered traffic in erlangs, finite and >= 0.
 * @param target - Acceptable blocking probability, in (0, 1].
 * @returns The smallest `N` with `erlangB(offeredErlangs, N) <= target`.
 * @throws RangeError when an argument is out of range.
 */
export function erlangBServers(offeredErlangs: number, target: number): number {
  checkOffered(offeredErlangs);
  if (!(target > 0 && target <= 1)) {
    throw new RangeError(`target must be a probability in (0, 1], got ${String(target)}`);
  }
  if (offeredErlangs === 0) return 0;
  // Same recursion as erlangB, stopped at the first N that meets the target. B(N)
  // decreases strictly towards 0 as N grows, so the loop ends for every finite load.
  let b = 1;
  let servers = 0;
  while (b > target) {
    servers++;
    const ab = offeredErlangs * b;
    b = ab / (servers + ab);
  }
  return servers;
}

function checkOffered(offeredErlangs: number): void {
  if (!(Number.isFinite(offeredErlangs) && offeredErlangs >= 0)) {
    throw new RangeError(`offeredErlangs must be a finite number >= 0, got ${String(offeredErlangs)}`);
  }
}
