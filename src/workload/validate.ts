/**
 * Checks beyond a workload's shape. {@link crossReferences} reads the raw document
 * defensively (it runs even when the shape is wrong, so every problem is reported at
 * once): unique names, pool -> edge, site -> pool, remote -> pool, rules -> sites, and
 * the configuration rules C1, C3, C4 of MEDIA-RULES.md. {@link semanticChecks} needs the
 * parsed workload (defaults filled): durations and meeting sizes.
 */
import type { Workload } from './schema.js';

/** Fewest ports a PortRange policy may open: ICE needs at least 40 (C1). */
export const MIN_POLICY_PORTS = 40;

type Node = Record<string, unknown>;
const node = (x: unknown): Node => (x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Node) : {});
const list = (x: unknown): Node[] => (Array.isArray(x) ? x.map(node) : []);
const text = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

/** Every cross-reference and C1/C3/C4 problem of a raw workload document. */
export function crossReferences(raw: unknown): string[] {
  const problems: string[] = [];
  const doc = node(raw);
  const deployment = node(doc['deployment']);
  const edges = list(deployment['edges']);
  const pools = list(deployment['pools']);
  const sites = list(deployment['sites']);
  const names = (items: Node[], path: string): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const name = text(item['name']);
      if (name === undefined) return;
      if (seen.has(name)) problems.push(`${path}[${i}].name: duplicate name "${name}"`);
      seen.add(name);
    });
    return seen;
  };
  const edgeNames = names(edges, 'deployment.edges');
  const poolNames = names(pools, 'deployment.pools');
  const siteNames = names(sites, 'deployment.sites');
  names(list(doc['scenarios']), 'scenarios');
  const known = (set: Set<string>): string => `(known: ${[...set].join(', ') || 'none'})`;
  const refer = (value: unknown, set: Set<string>, path: string, what: string): void => {
    const name = text(value);
    if (name !== undefined && !set.has(name)) problems.push(`${path}: no ${what} named "${name}" ${known(set)}`);
  };

  edges.forEach((e, i) => {
    if (e['loadBalanced'] === true && e['publicIpBehindNat'] === true) {
      problems.push(
        `deployment.edges[${i}].publicIpBehindNat: unsupported: a load-balanced A/V Edge pool whose public IP is behind NAT (C3); use public IPs, or a single Edge behind NAT`,
      );
    }
  });
  pools.forEach((p, i) => {
    if (p['edge'] === undefined && edges.length > 0) {
      problems.push(`deployment.pools[${i}].edge: required when an A/V Edge is deployed: name the Edge relaying this pool's users (C4) ${known(edgeNames)}`);
    }
    refer(p['edge'], edgeNames, `deployment.pools[${i}].edge`, 'Edge');
  });
  sites.forEach((s, i) => {
    refer(s['pool'], poolNames, `deployment.sites[${i}].pool`, 'pool');
    const policy = node(s['portPolicy']);
    const min = num(policy['minMediaPort']);
    const max = num(policy['maxMediaPort']);
    if (min === undefined || max === undefined) return;
    if (max < min) problems.push(`deployment.sites[${i}].portPolicy.maxMediaPort: expected >= minMediaPort (${min}), got ${max}`);
    else if (max - min + 1 < MIN_POLICY_PORTS) {
      problems.push(`deployment.sites[${i}].portPolicy: expected at least ${MIN_POLICY_PORTS} ports (C1: ICE needs 40), got ${max - min + 1} (${min}-${max})`);
    }
  });
  refer(node(deployment['remote'])['pool'], poolNames, 'deployment.remote.pool', 'pool');
  list(node(doc['network'])['rules']).forEach((rule, i) => {
    const between = rule['between'];
    if (Array.isArray(between)) between.forEach((n, k) => refer(n, siteNames, `network.rules[${i}].between[${k}]`, 'site'));
    else if ('site' in rule) {
      refer(rule['site'], siteNames, `network.rules[${i}].site`, 'site');
      if (rule['p2p'] === undefined && rule['edgeUdp'] === undefined && rule['edgeTcp'] === undefined) {
        problems.push(`network.rules[${i}]: a site rule sets nothing: expected at least one of p2p, edgeUdp, edgeTcp`);
      }
    }
  });
  return problems;
}

/** Problems only visible once defaults are filled: durations and meeting sizes. */
export function semanticChecks(w: Workload): string[] {
  const problems: string[] = [];
  const { simulation, traffic } = w;
  if (!(simulation.duration > 0)) problems.push(`simulation.duration: expected a positive duration, got ${simulation.duration}`);
  if (!(simulation.interval > 0)) problems.push(`simulation.interval: expected a positive duration, got ${simulation.interval}`);
  else if (simulation.duration > 0 && simulation.interval > simulation.duration) {
    problems.push(`simulation.interval: expected at most the duration (${simulation.duration} s), got ${simulation.interval} s`);
  }
  if (!(traffic.holdingTime.mean > 0)) problems.push(`traffic.holdingTime.mean: expected a positive duration, got ${traffic.holdingTime.mean}`);
  if (Array.isArray(traffic.profile) && !traffic.profile.some((x) => x > 0)) {
    problems.push('traffic.profile: expected at least one positive hourly weight, got all zero');
  }
  const sizes = [
    ['traffic.conferenceSize', traffic.conferenceSize, 3, 'R1: a conference has three or more parties'],
    ['traffic.liveMeetingSize', traffic.liveMeetingSize, 2, 'a Live Meeting has two or more parties'],
  ] as const;
  for (const [path, size, least, why] of sizes) {
    if (size.min < least) problems.push(`${path}.min: expected at least ${least} (${why}), got ${size.min}`);
    if (size.max < size.min) problems.push(`${path}.max: expected >= min (${size.min}), got ${size.max}`);
    else if (size.mean < size.min || size.mean > size.max) problems.push(`${path}.mean: expected between min and max (${size.min}-${size.max}), got ${size.mean}`);
  }
  return problems;
}
