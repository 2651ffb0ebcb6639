/** Reduces a workload's deployment to the core's {@link Topology}. */
import type { Workload } from '../workload/schema.js';
import type { Topology } from './types.js';

/** Index-based topology; names are trusted (cross-references are checked on load). */
export function buildTopology(deployment: Workload['deployment']): Topology {
  const edgeIndex = new Map(deployment.edges.map((e, i) => [e.name, i]));
  const poolIndex = new Map(deployment.pools.map((p, i) => [p.name, i]));
  const lookup = (map: Map<string, number>, name: string, what: string): number => {
    const i = map.get(name);
    if (i === undefined) throw new Error(`unknown ${what} "${name}"`);
    return i;
  };
  return {
    edges: deployment.edges.map((e) => ({
      name: e.name,
      // R8: extra SAN names break ICE to the internal NIC unless the CNAME workaround is in
      // place; on OCS 2007 R2 only (later Edges do not check the SAN list there).
      internalNicCertificateFails: deployment.product === 'ocs2007r2' && e.internalCertificate.extraSanNames && !e.internalCertificate.internalCname,
    })),
    pools: deployment.pools.map((p) => ({
      name: p.name,
      edge: p.edge === undefined ? -1 : lookup(edgeIndex, p.edge, 'edge'),
    })),
    sites: deployment.sites.map((s) => ({ name: s.name, pool: lookup(poolIndex, s.pool, 'pool') })),
    remotePool: deployment.remote.pool === undefined ? 0 : lookup(poolIndex, deployment.remote.pool, 'pool'),
    relayEdge: deployment.relayEdge,
  };
}
