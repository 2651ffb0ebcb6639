/**
 * The earliest of many next-arrival times (one per caller location), kept up to date
 * as one of them changes: a tournament tree over the locations, so finding the next
 * call costs log2(L) comparisons, not L. For a few locations a plain scan of the times
 * is as fast and is what is used. Ties go to the lowest location either way, so which
 * caller comes first never depends on the method.
 */
export class Earliest {
  /** Each location's next time (`Infinity`: none). */
  readonly times: Float64Array;
  /** Winner (location) of each node of the tree; leaves start at `leaves`. Empty when scanning. */
  private readonly tree: Int32Array;
  private readonly leaves: number;

  /** Locations up to which a scan is used. */
  static readonly SCAN = 16;

  constructor(locations: number) {
    this.times = new Float64Array(locations).fill(Infinity);
    let leaves = 1;
    while (leaves < locations) leaves *= 2;
    this.leaves = locations <= Earliest.SCAN ? 0 : leaves;
    this.tree = new Int32Array(this.leaves === 0 ? 0 : 2 * leaves);
    for (let i = 0; i < this.leaves; i++) this.tree[leaves + i] = i < locations ? i : -1;
    for (let node = this.leaves - 1; node >= 1; node--) this.tree[node] = this.winner(this.tree[2 * node]!, this.tree[2 * node + 1]!);
  }

  /** Sets location loc's next time and brings the winner up to date. */
  set(loc: number, time: number): void {
    this.times[loc] = time;
    if (this.leaves === 0) return;
    for (let node = (this.leaves + loc) >> 1; node >= 1; node >>= 1) this.tree[node] = this.winner(this.tree[2 * node]!, this.tree[2 * node + 1]!);
  }

  /** The location with the earliest time (the lowest on a tie). */
  earliest(): number {
    if (this.leaves !== 0) return this.tree[1]!;
    const times = this.times;
    let loc = 0;
    for (let k = 1; k < times.length; k++) if (times[k]! < times[loc]!) loc = k;
    return loc;
  }

  private winner(a: number, b: number): number {
    if (a < 0) return b;
    if (b < 0) return a;
    const ta = this.times[a]!;
    const tb = this.times[b]!;
    return tb < ta ? b : a; // a < b always (left subtree): ties go to the lower location
  }
}
