/**
 * Two-party decisions looked up, not recomputed: the ICE outcome of a call depends only
 * on (caller location, callee location, both carry the port policy, the pair's NATs
 * defeat P2P, both port pools have room), so each combination is negotiated once by
 * the pure core, on first use, and cached as a small integer. Capacity (Edge relay
 * sessions) is the only per-call condition and is checked by the replication.
 */
import { negotiate } from '../negotiation/index.js';
import type { Availability, NetworkPolicy, Party, Topology } from '../negotiation/index.js';
import { PATH_INDEX } from '../negotiation/paths.js';

/** Entry layout: path index in the low 3 bits, relay Edge + 1 above. */
export function entryPath(entry: number): number {
  return entry & 7;
}
/** The Edge of a relayed entry (`-1` for others). */
export function entryEdge(entry: number): number {
  return (entry >> 3) - 1;
}

/** Flags of a plan-table key: what the decision depends on beside the two locations. */
export const BOTH_POLICY = 1; // C2: both clients carry the port policy
export const NAT_FAILS = 2; // R6: the pair's NATs defeat peer-to-peer
export const PORT_ROOM = 4; // R3: both sites' port pools have room

const ROOM: Availability = { portRoom: () => true, edgeRoom: () => true, mcuRoom: () => true };
const NO_PORT_ROOM: Availability = { portRoom: () => false, edgeRoom: () => true, mcuRoom: () => true };

/**
 * Most entries of the dense table (16 MiB): with more locations than that allows, the
 * decisions are kept in a map of the pairs that actually call, so memory follows the
 * calls, never the square of the sites.
 */
export const DENSE_PLAN_ENTRIES = 1 << 22;

export class PlanTable {
  /** Dense: every (caller, callee, flags) key; null when sparse. */
  private readonly entries: Int32Array | null;
  /** Sparse: the keys met so far. */
  private readonly met = new Map<number, number>();
  private readonly callees: number;

  constructor(
    private readonly topology: Topology,
    private readonly network: NetworkPolicy,
    private readonly parties: readonly Party[],
    siteCount: number,
  ) {
    this.callees = siteCount + 2;
    const size = (siteCount + 1) * this.callees * 8;
    this.entries = size <= DENSE_PLAN_ENTRIES ? new Int32Array(size).fill(-1) : null;
  }

  /** The cached decision for `flags` ({@link BOTH_POLICY} | {@link NAT_FAILS} | {@link PORT_ROOM}); computed by the core on first use. */
  lookup(caller: number, callee: number, flags: number): number {
    const key = (caller * this.callees + callee) * 8 + flags;
    const entries = this.entries;
    if (entries === null) return this.lookupSparse(key, caller, callee, flags);
    const entry = entries[key]!;
    return entry >= 0 ? entry : (entries[key] = this.compute(caller, callee, flags));
  }

  private lookupSparse(key: number, caller: number, callee: number, flags: number): number {
    let entry = this.met.get(key);
    if (entry === undefined) this.met.set(key, (entry = this.compute(caller, callee, flags)));
    return entry;
  }

  private compute(caller: number, callee: number, flags: number): number {
    const plan = negotiate(
      {
        kind: 'audio', // the path does not depend on the media kind
        parties: [this.parties[caller]!, this.parties[callee]!],
        bothHavePortPolicy: (flags & BOTH_POLICY) !== 0,
        natDefeatsP2p: (flags & NAT_FAILS) !== 0,
      },
      this.topology,
      this.network,
      (flags & PORT_ROOM) !== 0 ? ROOM : NO_PORT_ROOM,
    );
    const edge = plan.ok && plan.path !== 'p2p' && plan.path !== 'mcu' ? plan.edge : -1;
    return PATH_INDEX[plan.path] | ((edge + 1) << 3);
  }
}
