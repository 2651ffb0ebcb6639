/**
 * Which resource a record loads: the small piece of topology `avsim fit` needs, and how
 * to read it from a workload. R14: a relayed two-party call holds one session on the Edge
 * of the caller's pool (the callee's with `relayEdge: callee`); a party with no pool of
 * ours (federated, anonymous) takes the other party's. R1: a conference leg holds one leg
 * on its pool's MCU and, for a remote, federated or anonymous participant, one session on
 * that pool's Edge.
 */
import { POOL_PREFIX } from './media-record.js';
import type { RecordPath } from './media-record.js';

/** The topology the resources follow from. */
export interface LoadTopology {
  /** The pool serving a location's users; `undefined` for a party with no pool of ours. */
  poolOfLocation(location: string): string | undefined;
  /** The A/V Edge a pool names; `undefined` when it has none. */
  edgeOfPool(pool: string): string | undefined;
  /** R14 switch. */
  readonly relayEdge: 'caller' | 'callee';
}

const EXTERNAL = new Set(['remote', 'federated', 'anonymous']);

/**
 * The resources (`edge:<name>`, `mcu:<pool>`) one record of a pair and path holds.
 *
 * @returns Resource ids; empty for peer-to-peer media, or when the topology names no
 *   Edge for a relayed call.
 */
export function resourcesOf(callerLocation: string, calleeLocation: string, path: RecordPath, topology: LoadTopology): string[] {
  switch (path) {
    case 'p2p':
      return [];
    case 'edge-udp':
    case 'edge-tcp': {
      const callerPool = topology.poolOfLocation(callerLocation);
      const calleePool = topology.poolOfLocation(calleeLocation);
      const pool = (topology.relayEdge === 'callee' && calleePool !== undefined) || callerPool === undefined ? calleePool : callerPool;
      const edge = pool === undefined ? undefined : topology.edgeOfPool(pool);
      return edge === undefined ? [] : [`edge:${edge}`];
    }
    case 'mcu': {
      const pool = calleeLocation.startsWith(POOL_PREFIX) ? calleeLocation.slice(POOL_PREFIX.length) : topology.poolOfLocation(callerLocation);
      if (pool === undefined) return [];
      const edge = EXTERNAL.has(callerLocation) ? topology.edgeOfPool(pool) : undefined;
      return edge === undefined ? [`mcu:${pool}`] : [`mcu:${pool}`, `edge:${edge}`];
    }
    default: {
      const never: never = path;
      throw new Error(`unknown path ${String(never)}`);
    }
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The topology of a workload value as parsed from YAML: sites' pools, the remote users'
 * pool (default: the first pool), each pool's Edge, and `deployment.relayEdge`.
 *
 * @param workload - The parsed workload document.
 */
export function loadTopologyOf(workload: unknown): LoadTopology {
  const deployment = isRecord(workload) && isRecord(workload.deployment) ? workload.deployment : {};
  const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isRecord) : []);
  const pools = list(deployment.pools);
  const sitePool = new Map(list(deployment.sites).map((s) => [String(s.name), String(s.pool)]));
  const poolEdge = new Map(pools.filter((p) => typeof p.edge === 'string').map((p) => [String(p.name), String(p.edge)]));
  const remote = isRecord(deployment.remote) && typeof deployment.remote.pool === 'string' ? deployment.remote.pool : pools[0]?.name;
  return {
    poolOfLocation: (location) => (location === 'remote' ? (typeof remote === 'string' ? remote : undefined) : sitePool.get(location)),
    edgeOfPool: (pool) => poolEdge.get(pool),
    relayEdge: deployment.relayEdge === 'callee' ? 'callee' : 'caller',
  };
}
