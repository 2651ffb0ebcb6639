/**
 * Affinity: who calls whom, beyond what the callee rule predicts. Under `awake` the model
 * draws a two-party call's callee location d, for a caller at c at time t, with
 * probability `∝ users_d · w_d(local hour of d at t) · a(c, d)` (`population`: w = 1);
 * federated callees are decided before and are left out here.
 *
 * Given the calls counted per caller location and UTC quarter hour (`m_c(s)`) and per
 * pair (`n_cd`), the likelihood of a(c, ·) is that of a multinomial logit with known
 * offsets; its score equations are `n_cd = E_cd(a) = Σ_s m_c(s) π_cd(s; a)`, solved by
 * the multiplicative fixed point `a ← a · n / E(a)` (monotone, like iterative
 * proportional fitting). The weights are defined up to a factor per caller: they are
 * normalised so that a(c, c) = 1, or, when c never called itself (`n_cc = 0`), so that
 * the users-weighted mean of a(c, ·) is 1.
 *
 * Intervals. With `a(c, c) = 1` as reference, the calls from c that went to c or to d
 * follow a model of their own in which no other weight appears: a call at time t went
 * to d with probability `q(t) = a·B_d(t) / (a·B_d(t) + B_c(t))`. Two intervals of
 * `a = a(c, d)` come from it, and the wider of the two is kept:
 * - the Clopper-Pearson interval of `n_cd / (n_cd + n_cc)` mapped through the odds
 *   `a · O_cd / O_cc` (`O_cd` the expected calls per unit weight at the fit): exact when
 *   `B_d / B_c` is the same at every hour, and good with few calls;
 * - the Wald interval of `ln a` from that model's expected information,
 *   `Σ_t N(t) q(t) (1 - q(t))` (N(t) the expected calls to c or d): right with many
 *   calls whatever the hours, where the first is too narrow (calls at hours when only
 *   one of the two is awake tell nothing of a, yet count as trials).
 * Without a reference, the Garwood interval of `n_cd` over `O_cd`. Every interval is
 * conditional on the profiles given: with fitted profiles, a weight is relative to them
 * (each location's rates over its own busy-hour rate), as the workload uses it.
 */
import { clopperPearsonInterval } from '../stats/binomial-interval.js';
import { normalQuantile } from '../stats/normal.js';
import { garwoodInterval } from '../stats/poisson-interval.js';
import { localHourOfSlot } from './exposure.js';
import { SLOTS_PER_DAY } from './record-tables.js';
import type { RecordTables } from './record-tables.js';

/** One of our locations as the callee rule sees it. */
export interface AffinityLocation {
  readonly name: string;
  readonly users: number;
  readonly utcOffsetHours: number;
  /** 24 weights by local hour, largest 1 (the profile the workload gives this location). */
  readonly profile: readonly number[];
}

/** One fitted weight a(from, to). */
export interface AffinityEntry {
  readonly from: string;
  readonly to: string;
  readonly weight: number;
  readonly low: number;
  readonly high: number;
  /** Calls observed from `from` to `to`. */
  readonly records: number;
  /** Calls the callee rule predicts without affinity (all weights 1). */
  readonly expected: number;
  /** `reference` (fixed at 1), `conditional` (the wider of two, see the module comment) or `garwood`. */
  readonly method: 'reference' | 'conditional' | 'garwood';
  /** The interval excludes 1: the weight belongs in the workload. */
  readonly resolved: boolean;
}

/** Fixed-point iterations: each is cheap; convergence is usually reached in a few dozen. */
const MAX_ITERATIONS = 500;

/**
 * Fits the affinity weights of every caller location with calls to our locations.
 *
 * @param tables - The pass's tables.
 * @param locations - Our locations with their users, offsets and profiles; a location
 *   without users cannot be called and gets no weight.
 * @param callees - The callee rule fitted under. @default 'awake'
 * @param level - Confidence level. @default 0.95
 */
export function fitAffinity(
  tables: RecordTables,
  locations: readonly AffinityLocation[],
  callees: 'awake' | 'population' = 'awake',
  level = 0.95,
): AffinityEntry[] {
  const targets = locations.filter((l) => l.users > 0);
  // weight[d][s]: users of d times d's profile at UTC slot s.
  const awake = targets.map((l) => {
    const hours = localHourOfSlot(l.utcOffsetHours);
    return Float64Array.from({ length: SLOTS_PER_DAY }, (_, s) => (callees === 'awake' ? l.profile[hours[s]!]! : 1));
  });
  const z = normalQuantile(1 - (1 - level) / 2);
  const entries: AffinityEntry[] = [];
  for (const caller of targets) {
    const c = tables.locationIndex.get(caller.name);
    const table = c === undefined ? undefined : tables.locations[c];
    if (table === undefined) continue;
    const n = targets.map((l) => {
      const d = tables.locationIndex.get(l.name);
      return d === undefined ? 0 : (table.affinityTo[d] ?? 0);
    });
    const totalCalls = n.reduce((a, b) => a + b, 0);
    if (totalCalls === 0) continue;
    // A caller does not call itself: its own location has one user fewer to draw from.
    const base = targets.map((l, d) => awake[d]!.map((w) => w * Math.max(0, l.users - (l.name === caller.name ? 1 : 0))));
    const self = targets.findIndex((l) => l.name === caller.name);
    // o[d]: expected calls to d per unit of a(c, d), given the other weights; `forced`:
    // calls at hours when every candidate weighs 0, which the model sends to the caller's
    // own location whatever the weights.
    const perWeight = (a: readonly number[]): { o: number[]; forced: number } => {
      const o = new Array<number>(targets.length).fill(0);
      let forced = 0;
      for (let s = 0; s < SLOTS_PER_DAY; s++) {
        const m = table.affinitySlots[s]!;
        if (m === 0) continue;
        let denominator = 0;
        for (let d = 0; d < targets.length; d++) denominator += base[d]![s]! * a[d]!;
        if (!(denominator > 0)) {
          forced += m;
          continue;
        }
        for (let d = 0; d < targets.length; d++) o[d]! += (m * base[d]![s]!) / denominator;
      }
      return { o, forced };
    };
    // Expected information on ln a(c, d) in the model of the calls that went to c or d
    // (module comment): Σ over quarter hours of N q (1 - q).
    const conditionalInformation = (a: readonly number[]): number[] => {
      const info = new Array<number>(targets.length).fill(0);
      if (self < 0) return info;
      for (let s = 0; s < SLOTS_PER_DAY; s++) {
        const m = table.affinitySlots[s]!;
        if (m === 0) continue;
        let denominator = 0;
        for (let d = 0; d < targets.length; d++) denominator += base[d]![s]! * a[d]!;
        if (!(denominator > 0)) continue;
        const own = base[self]![s]! * a[self]!;
        for (let d = 0; d < targets.length; d++) {
          const other = base[d]![s]! * a[d]!;
          if (d === self || !(own + other > 0)) continue;
          const q = other / (own + other);
          info[d]! += ((m * (own + other)) / denominator) * q * (1 - q);
        }
      }
      return info;
    };
    const unit = perWeight(n.map(() => 1));
    // Calls the weights decide: those to the caller's own location less the forced ones.
    const free = n.map((count, d) => (d === self ? Math.max(0, count - unit.forced) : count));
    const expected = unit.o.map((e, d) => e + (d === self ? unit.forced : 0));
    // Score equations a_d·o_d(a) = free_d, solved by the fixed point a_d <- free_d / o_d(a).
    let a = new Array<number>(targets.length).fill(1);
    for (let it = 0; it < MAX_ITERATIONS; it++) {
      const { o } = perWeight(a);
      let change = 0;
      a = a.map((w, d) => {
        const updated = o[d]! > 0 ? free[d]! / o[d]! : w;
        change = Math.max(change, Math.abs(updated - w) / Math.max(w, updated, 1e-300));
        return updated;
      });
      if (change < 1e-10) break;
    }
    const reference = self >= 0 && free[self]! > 0;
    let scale: number;
    if (reference) scale = a[self]!;
    else {
      let weighted = 0;
      let users = 0;
      targets.forEach((l, d) => {
        weighted += l.users * a[d]!;
        users += l.users;
      });
      scale = weighted / users;
    }
    a = a.map((w) => w / scale);
    const { o } = perWeight(a);
    const information = reference ? conditionalInformation(a) : [];
    targets.forEach((l, d) => {
      const weight = a[d]!;
      let low: number;
      let high: number;
      let method: AffinityEntry['method'];
      if (!(o[d]! > 0)) {
        // Nobody at d was awake whenever c called: its weight is not identified.
        entries.push({ from: caller.name, to: l.name, weight: Number.NaN, low: Number.NaN, high: Number.NaN, records: n[d]!, expected: expected[d]!, method: 'garwood', resolved: false });
        return;
      }
      if (reference && d === self) {
        low = high = 1;
        method = 'reference';
      } else if (reference) {
        const p = clopperPearsonInterval(n[d]!, n[d]! + free[self]!, level);
        const ratio = o[self]! / o[d]!;
        low = (p.low / (1 - p.low)) * ratio;
        high = p.high >= 1 ? Number.POSITIVE_INFINITY : (p.high / (1 - p.high)) * ratio;
        const info = information[d]!;
        if (weight > 0 && info > 0) {
          const half = z / Math.sqrt(info);
          low = Math.min(low, weight * Math.exp(-half));
          high = Math.max(high, weight * Math.exp(half));
        }
        method = 'conditional';
      } else {
        const g = garwoodInterval(free[d]!, level);
        low = g.low / o[d]!;
        high = g.high / o[d]!;
        method = 'garwood';
      }
      const resolved = method !== 'reference' && (high < 1 || low > 1);
      entries.push({ from: caller.name, to: l.name, weight, low, high, records: n[d]!, expected: expected[d]!, method, resolved });
    });
  }
  return entries;
}
