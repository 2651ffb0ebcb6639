/**
 * Checks a parsed workload beyond its shape: unique names, cross-references
 * (pool -> edge, site -> pool, remote -> pool, rules -> sites) and the configuration
 * rules C1-C4 of MEDIA-RULES.md. Returns every problem as `field.path: message`.
 */
import type { Workload } from './schema.js';

/** Fewest ports a PortRange policy may open: ICE needs at least 40 (C1). */
export const MIN_POLICY_PORTS = 40;

export function crossCheck(w: Workload): string[] {
  const problems: string[] = [];
  const { edges, pools, sites, remote } = w.deployment;
  const unique = (names: readonly string[], path: string): Set<string> => {
    const seen = new Set<string>();
    names.forEach((name, i) => {
      if (seen.has(name)) problems.push(`${path}[${i}].name: duplicate name "${name}"`);
      seen.add(name);
    });
    return seen;
  };
  const edgeNames = unique(edges.map((e) => e.name), 'deployment.edges');
  const poolNames = unique(pools.map((p) => p.name), 'deployment.pools');
  const siteNames = unique(sites.map((s) => s.name), 'deployment.sites');
  if (w.scenarios) unique(w.scenarios.map((s) => s.name), 'scenarios');
  const known = (set: Set<string>) => `(known: ${[...set].join(', ') || 'none'})`;

  edges.forEach((e, i) => {
    if (e.loadBalanced && e.publicIpBehindNat) {
      problems.push(
        `deployment.edges[${i}].publicIpBehindNat: unsupported: a load-balanced A/V Edge pool whose public IP is behind NAT (C3); use a single Edge behind NAT or public IPs`,
      );
    }
  });
  pools.forEach((p, i) => {
    if (p.edge === undefined) {
      if (edges.length > 0) problems.push(`deployment.pools[${i}].edge: required when an A/V Edge is deployed: name the Edge that relays this pool's users (C4) ${known(edgeNames)}`);
    } else if (!edgeNames.has(p.edge)) {
      problems.push(`deployment.pools[${i}].edge: no Edge named "${p.edge}" ${known(edgeNames)}`);
    }
  });
  sites.forEach((s, i) => {
    if (!poolNames.has(s.pool)) problems.push(`deployment.sites[${i}].pool: no pool named "${s.pool}" ${known(poolNames)}`);
    const policy = s.portPolicy;
    if (policy) {
      const ports = policy.maxMediaPort - policy.minMediaPort + 1;
      if (policy.maxMediaPort < policy.minMediaPort) {
        problems.push(`deployment.sites[${i}].portPolicy.maxMediaPort: expected >= minMediaPort (${policy.minMediaPort}), got ${policy.maxMediaPort}`);
      } else if (ports < MIN_POLICY_PORTS) {
        problems.push(
          `deployment.sites[${i}].portPolicy: expected at least ${MIN_POLICY_PORTS} ports (C1: ICE needs 40), got ${ports} (${policy.minMediaPort}-${policy.maxMediaPort})`,
        );
      }
    }
  });
  if (remote.pool !== undefined && !poolNames.has(remote.pool)) {
    problems.push(`deployment.remote.pool: no pool named "${remote.pool}" ${known(poolNames)}`);
  }
  w.network.rules.forEach((rule, i) => {
    const names = 'between' in rule ? rule.between.map((n, k) => [n, `network.rules[${i}].between[${k}]`] as const) : [[rule.site, `network.rules[${i}].site`] as const];
    for (const [name, path] of names) if (!siteNames.has(name)) problems.push(`${path}: no site named "${name}" ${known(siteNames)}`);
    if (!('between' in rule) && rule.p2p === undefined && rule.edgeUdp === undefined && rule.edgeTcp === undefined) {
      problems.push(`network.rules[${i}]: a site rule sets nothing: expected at least one of p2p, edgeUdp, edgeTcp`);
    }
  });

  const { simulation, traffic } = w;
  if (!(simulation.duration > 0)) problems.push(`simulation.duration: expected a positive duration, got ${simulation.duration}`);
  if (!(simulation.interval > 0)) problems.push(`simulation.interval: expected a positive duration, got ${simulation.interval}`);
  else if (simulation.duration > 0 && simulation.interval > simulation.duration) {
    problems.push(`simulation.interval: expected at most the duration (${simulation.duration} s), got ${simulation.interval} s`);
  }
  if (traffic.holdingTime.mean <= 0) problems.push(`traffic.holdingTime.mean: expected a positive duration, got ${traffic.holdingTime.mean}`);
  if (Array.isArray(traffic.profile) && !traffic.profile.some((x) => x > 0)) {
    problems.push('traffic.profile: expected at least one positive hourly weight, got all zero');
  }
  const sizes: [string, { min: number; max: number; mean: number }, number, string][] = [
    ['traffic.conferenceSize', traffic.conferenceSize, 3, 'R1: a conference has three or more parties'],
    ['traffic.liveMeetingSize', traffic.liveMeetingSize, 2, 'a Live Meeting has two or more parties'],
  ];
  for (const [path, size, least, why] of sizes) {
    if (size.min < least) problems.push(`${path}.min: expected at least ${least} (${why}), got ${size.min}`);
    if (size.max < size.min) problems.push(`${path}.max: expected >= min (${size.min}), got ${size.max}`);
    else if (size.mean < size.min || size.mean > size.max) problems.push(`${path}.mean: expected between min and max (${size.min}-${size.max}), got ${size.mean}`);
  }
  return problems;
}
