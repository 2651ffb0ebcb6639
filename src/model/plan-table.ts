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

export class PlanTable {
  private readonly entries: Int32Array;
  private readonly callees: number;

  constructor(
    private readonly topology: Topology,
    private readonly network: NetworkPolicy,
    private readonly parties: readonly Party[],
    siteCount: number,
  ) {
    this.callees = siteCount + 2;
    this.entries = new Int32Array((siteCount + 1) * this.callees * 8).fill(-1);
  }

  /** The cached decision for `flags` ({@link BOTH_POLICY} | {@link NAT_FAILS} | {@link PORT_ROOM}); computed by the core on first use. */
  lookup(caller: number, callee: number, flags: number): number {
    const key = (caller * this.callees + callee) * 8 + flags;
    const entry = this.entries[key]!;
    return entry >= 0 ? entry : (this.entries[key] = this.compute(caller, callee, flags));
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
