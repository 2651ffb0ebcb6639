/**
 * Two-party decisions looked up, not recomputed: the ICE outcome of a call depends only
 * on (caller location, callee location, both carry the port policy, the pair's NATs
 * defeat P2P, both port pools have room), so each combination is negotiated once by
 * the pure core, on first use, and cached as a small integer. Capacity (Edge relay
 * sessions) is the only per-call condition and is checked by the replication.
 */
import { negotiate } from '../negotiation/index.js';
import type { Availability, NetworkPolicy, Party, Topology } from '../negotiation/index.js';
import { PATH_INDEX } from '../stats/types.js';

/** Entry layout: path index in the low 3 bits, relay Edge + 1 above. */
export function entryPath(entry: number): number {
  return entry & 7;
}
/** The Edge of a relayed entry (`-1` for others). */
export function entryEdge(entry: number): number {
  return (entry >> 3) - 1;
}

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

  /** The cached decision; computed by the core on first use. */
  lookup(caller: number, callee: number, bothPolicy: number, natFails: number, portRoom: number): number {
    const key = (((caller * this.callees + callee) * 2 + bothPolicy) * 2 + natFails) * 2 + portRoom;
    const entry = this.entries[key]!;
    return entry >= 0 ? entry : (this.entries[key] = this.compute(caller, callee, bothPolicy, natFails, portRoom));
  }

  private compute(caller: number, callee: number, bothPolicy: number, natFails: number, portRoom: number): number {
    const plan = negotiate(
      {
        kind: 'audio', // the path does not depend on the media kind
        parties: [this.parties[caller]!, this.parties[callee]!],
        bothHavePortPolicy: bothPolicy === 1,
        natDefeatsP2p: natFails === 1,
      },
      this.topology,
      this.network,
      portRoom === 1 ? ROOM : NO_PORT_ROOM,
    );
    const edge = plan.ok && plan.path !== 'p2p' && plan.path !== 'mcu' ? plan.edge : -1;
    return PATH_INDEX[plan.path] | ((edge + 1) << 3);
  }
}
