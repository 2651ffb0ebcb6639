/**
 * What `avsim size` can size, and how a candidate size becomes a workload.
 *
 * A "server" is the unit the architect buys: an A/V Edge server for `edge:<name>`
 * (capacity `servers x sessionsPerServer` relay sessions), an A/V Conferencing server
 * for `mcu:<pool>` (capacity `mcuServers x legsPerMcuServer` legs), one media port for
 * `ports:<site>` (capacity `portPool`), one session of a CAC policy for
 * `link:<target>:audio|video` (its limit in whole sessions: limit = sessions x session
 * limit, the profile cloned so that other sites sharing it keep theirs), one Mediation
 * session for `mediation:<pool>` (`mediationSessions`). A candidate changes that one
 * resource's capacity and nothing else, on a
 * clone of the validated workload (workloads are deep-frozen): re-parsing would be
 * slower and could only fail where the original did not.
 */
import { buildCacPolicy } from '../negotiation/cac.js';
import type { ResourceKind } from '../results/types.js';
import { bandwidthOf, hasPstnCalls, legsPerMcuServer, mcuLegsOf } from '../workload/resolve.js';
import type { Workload } from '../workload/schema.js';

/** One resource that can be sized, read from a validated workload. */
export interface SizingTarget {
  /** Resource id: `edge:<edge>`, `mcu:<pool>`, `ports:<site>`, `link:<target>:audio|video` or `mediation:<pool>`. */
  readonly resource: string;
  readonly kind: ResourceKind;
  /** Name of the Edge, pool or site. */
  readonly name: string;
  /** Capacity units one server adds: `sessionsPerServer` for an Edge, `legsPerMcuServer` for an MCU, 1 for the rest. */
  readonly unitsPerServer: number;
  /** Servers the workload configures (`Infinity` for a site without `portPool`). */
  readonly configuredServers: number;
  /** For a CAC link: kbit/s one session reserves (the limit sized is sessions x this), and its medium. */
  readonly sessionKbps?: number;
  readonly medium?: 'audio' | 'video';
}

/**
 * Whether a kind is bought in servers, which can fail (an A/V Edge, an MCU), rather than
 * unit by unit (ports; link and Mediation sessions): `--redundancy n+1` and the word
 * "servers" in the reports are for the first only.
 */
export function boughtInServers(kind: ResourceKind): boolean {
  return kind === 'edge' || kind === 'mcu';
}

/** Every resource of a workload that can be sized, in report order (Edges, MCUs, port pools, CAC links, Mediation pools). */
export function sizingTargets(workload: Workload): SizingTarget[] {
  const { edges, pools, sites } = workload.deployment;
  const cac = workload.cac === undefined ? [] : buildCacPolicy(sites.map((s) => s.name), workload.cac, bandwidthOf(workload)).applied;
  return [
    ...edges.map((e) => ({
      resource: `edge:${e.name}`,
      kind: 'edge' as const,
      name: e.name,
      unitsPerServer: e.sessionsPerServer,
      configuredServers: e.servers,
    })),
    ...pools.map((p) => ({
      resource: `mcu:${p.name}`,
      kind: 'mcu' as const,
      name: p.name,
      unitsPerServer: legsPerMcuServer(p),
      // Given in legs, the pool's MCU is that many servers' worth (a fraction, maybe).
      configuredServers: mcuLegsOf(p) / legsPerMcuServer(p),
    })),
    ...sites.map((s) => ({
      resource: `ports:${s.name}`,
      kind: 'ports' as const,
      name: s.name,
      unitsPerServer: 1,
      configuredServers: s.portPool ?? Infinity,
    })),
    ...cac.flatMap((a) =>
      (['audio', 'video'] as const).map((medium) => ({
        resource: `link:${a.target}:${medium}`,
        kind: 'link' as const,
        name: a.target,
        unitsPerServer: 1,
        configuredServers: medium === 'audio' ? a.audioSessions : a.videoSessions,
        sessionKbps: medium === 'audio' ? a.audioSessionKbps : a.videoSessionKbps,
        medium,
      })),
    ),
    ...(hasPstnCalls(workload)
      ? pools.map((p) => ({
          resource: `mediation:${p.name}`,
          kind: 'mediation' as const,
          name: p.name,
          unitsPerServer: 1,
          configuredServers: p.mediationSessions ?? Infinity,
        }))
      : []),
  ];
}

/** The sizing target with the given resource id, or `undefined` when the workload has none. */
export function findSizingTarget(workload: Workload, resource: string): SizingTarget | undefined {
  return sizingTargets(workload).find((t) => t.resource === resource);
}

/**
 * A copy of `workload` in which `target` has `servers` servers; everything else is
 * unchanged (the original stays frozen and untouched).
 *
 * @param servers - A non-negative integer, or `Infinity` for unlimited capacity (the
 *   model's own representation of a site without `portPool`). 0 servers refuse every
 *   request: the model is never asked to run it unless the search needs the blocking
 *   with one server down from a single server.
 * @throws RangeError when `servers` is neither a non-negative integer nor `Infinity`,
 *   or the workload lacks the target.
 */
export function withServers(workload: Workload, target: SizingTarget, servers: number): Workload {
  if (!(servers === Infinity || (Number.isInteger(servers) && servers >= 0))) {
    throw new RangeError(`servers must be a non-negative integer or Infinity, got ${String(servers)}`);
  }
  const copy = structuredClone(workload) as Workload;
  const { edges, pools, sites } = copy.deployment;
  const missing = (): RangeError => new RangeError(`the workload has no resource ${target.resource}`);
  switch (target.kind) {
    case 'edge': {
      const edge = edges.find((e) => e.name === target.name);
      if (!edge) throw missing();
      edge.servers = servers;
      break;
    }
    case 'mcu': {
      const pool = pools.find((p) => p.name === target.name);
      if (!pool) throw missing();
      delete pool.mcuLegs;
      pool.mcuServers = servers;
      pool.legsPerMcuServer = target.unitsPerServer;
      break;
    }
    case 'ports': {
      const site = sites.find((s) => s.name === target.name);
      if (!site) throw missing();
      site.portPool = servers;
      break;
    }
    case 'link':
      sizeLink(copy, target, servers, missing);
      break;
    case 'mediation': {
      const pool = pools.find((p) => p.name === target.name);
      if (!pool) throw missing();
      if (servers === Infinity) delete pool.mediationSessions;
      else pool.mediationSessions = servers;
      break;
    }
    default: {
      const never: never = target.kind;
      throw new RangeError(`unknown resource kind ${String(never)}`);
    }
  }
  return copy;
}

/**
 * Gives the CAC policy applied at `target` (a site, or `a~b` for a region or inter-site
 * link) a limit of `sessions` whole sessions on the target's medium, in a clone of its
 * profile (other places that apply the profile keep theirs).
 */
function sizeLink(copy: Workload, target: SizingTarget, sessions: number, missing: () => RangeError): void {
  const cac = copy.cac;
  if (cac === undefined || target.medium === undefined || target.sessionKbps === undefined) throw missing();
  const application =
    cac.sites.find((s) => s.site === target.name) ??
    cac.interSite.find((l) => l.between.join('~') === target.name) ??
    cac.regionLinks.find((l) => l.between.join('~') === target.name);
  const profile = application === undefined ? undefined : cac.policies.find((p) => p.name === application.policy);
  if (application === undefined || profile === undefined) throw missing();
  // A name no workload can write ("~" is not allowed in names), so it never collides.
  const clone = { ...profile, name: `${profile.name}~${target.resource}` };
  const medium = target.medium;
  if (sessions === Infinity) delete clone[`${medium}Kbps`];
  else {
    clone[`${medium}Kbps`] = sessions * target.sessionKbps;
    clone[`${medium}SessionKbps`] = target.sessionKbps;
  }
  cac.policies.push(clone);
  application.policy = clone.name;
}
