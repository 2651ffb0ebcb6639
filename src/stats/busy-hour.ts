/**
 * The busy hour (ITU-T E.500's time-consistent busy hour): the hour with the highest
 * mean load over replications, chosen without selection bias.
 *
 * Choosing the hour on the replications whose figures are then reported picks the hour
 * whose noise happened to be high, and overstates its load and blocking (on a flat
 * profile every hour is a busy hour, and the largest of many noisy means is above all of
 * them). Cross-fitting removes that: the hour is chosen on the replications of even index
 * and measured on those of odd index, and the other way round, so each replication is
 * measured at an hour its own noise did not choose. With one replication there is
 * nothing to split: it is measured at its own busiest hour.
 */

/** The busy hour of a set of replications. */
export interface BusyHour {
  /** The hour chosen on every replication (the one to name), or -1 when no hour is eligible. */
  readonly hour: number;
  /** Per replication (in the order given), the hour it is measured at: chosen on the other half. */
  readonly measuredAt: readonly number[];
}

/**
 * Chooses the busy hour.
 *
 * @param loads - per replication, its load in each hour (all the same length)
 * @param replications - each replication's index (its parity splits the halves)
 * @param eligible - which hours may be chosen (whole clock hours inside the window)
 * @returns hour -1 and every `measuredAt` -1 when no hour is eligible or there is no replication
 */
export function busyHour(loads: readonly ArrayLike<number>[], replications: readonly number[], eligible: ArrayLike<boolean>): BusyHour {
  if (loads.length !== replications.length) throw new RangeError(`loads and replications must have the same length, got ${loads.length} and ${replications.length}`);
  const all = busiest(loads, () => true, eligible);
  if (all < 0) return { hour: -1, measuredAt: loads.map(() => -1) };
  const even = busiest(loads, (i) => replications[i]! % 2 === 0, eligible);
  const odd = busiest(loads, (i) => replications[i]! % 2 !== 0, eligible);
  const measuredAt = replications.map((r) => {
    const other = r % 2 === 0 ? odd : even;
    return other >= 0 ? other : all; // one half empty (a single replication): its own
  });
  return { hour: all, measuredAt };
}

/** The eligible hour with the highest mean over the chosen replications (the first of equals); -1 if none. */
function busiest(loads: readonly ArrayLike<number>[], chosen: (i: number) => boolean, eligible: ArrayLike<boolean>): number {
  const hours = eligible.length;
  const sums = new Float64Array(hours);
  let count = 0;
  loads.forEach((load, i) => {
    if (!chosen(i)) return;
    count++;
    for (let h = 0; h < hours; h++) sums[h]! += load[h]!;
  });
  if (count === 0) return -1;
  let best = -1;
  for (let h = 0; h < hours; h++) if (eligible[h] && (best < 0 || sums[h]! > sums[best]!)) best = h;
  return best;
}
