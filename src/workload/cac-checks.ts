/**
 * Call Admission Control's configuration rules (C5, R15, and the product table): the
 * references between regions, sites, policy profiles and links, each problem naming its
 * field. Read from the raw document, like the other cross-checks, so that every problem
 * is reported at once.
 */
import { rawProduct } from './product-rules.js';
import { list, node, num, text, uniqueNames } from './raw-node.js';
import type { Node } from './raw-node.js';

/** Every problem of the `cac:` section of a raw workload document. */
export function cacChecks(raw: unknown): string[] {
  const doc = node(raw);
  if (doc['cac'] === undefined) return [];
  const problems: string[] = [];
  if (rawProduct(raw) === 'ocs2007r2') {
    problems.push('cac: Call Admission Control came with Lync Server 2010 (C5); expected no cac section on ocs2007r2, or deployment.product: lync2010, lync2013 or sfb');
    return problems;
  }
  const cac = node(doc['cac']);
  const siteNames = new Set(list(node(doc['deployment'])['sites']).map((s) => text(s['name'])).filter((n) => n !== undefined));
  const known = (set: ReadonlySet<string>): string => `(known: ${[...set].join(', ') || 'none'})`;

  const unique = (items: Node[], path: string): Set<string> => uniqueNames(items, path, problems);
  const regions = list(cac['regions']);
  const policies = list(cac['policies']);
  const regionNames = unique(regions, 'cac.regions');
  const policyNames = unique(policies, 'cac.policies');

  // Where each site lies: a site belongs to one region at most (C5).
  const regionOf = new Map<string, { region: string; path: string }>();
  regions.forEach((r, i) => {
    const region = text(r['name']) ?? `#${i}`;
    const sites = Array.isArray(r['sites']) ? (r['sites'] as unknown[]) : [];
    sites.forEach((value, k) => {
      const site = text(value);
      const path = `cac.regions[${i}].sites[${k}]`;
      if (site === undefined) return;
      if (!siteNames.has(site)) {
        problems.push(`${path}: no site named "${site}" ${known(siteNames)}`);
        return;
      }
      const earlier = regionOf.get(site);
      if (earlier === undefined) regionOf.set(site, { region, path });
      else problems.push(`${path}: site "${site}" is already in region "${earlier.region}" (${earlier.path}); a site belongs to one region (C5)`);
    });
    const central = text(r['centralSite']);
    if (central !== undefined && !sites.includes(central)) {
      problems.push(`cac.regions[${i}].centralSite: expected one of the region's sites (${sites.map(String).join(', ') || 'none'}), got "${central}"`);
    }
  });

  policies.forEach((p, i) => {
    for (const medium of ['audio', 'video'] as const) {
      const limit = num(p[`${medium}Kbps`]);
      const session = num(p[`${medium}SessionKbps`]);
      const path = `cac.policies[${i}].${medium}SessionKbps`;
      if (limit !== undefined && session === undefined) {
        problems.push(`${path}: required with ${medium}Kbps (the bandwidth one ${medium} session reserves, R15), missing`);
      } else if (limit !== undefined && session !== undefined && session > limit) {
        problems.push(`${path}: expected at most ${medium}Kbps (${limit}), got ${session}: not even one session would fit`);
      }
    }
  });

  const policyRef = (value: unknown, path: string): void => {
    const name = text(value);
    if (name !== undefined && !policyNames.has(name)) problems.push(`${path}: no policy named "${name}" ${known(policyNames)}`);
  };

  // Site policies: on sites that belong to a region (C5), one per site.
  const policySites = new Map<string, number>();
  list(cac['sites']).forEach((entry, i) => {
    const site = text(entry['site']);
    const path = `cac.sites[${i}]`;
    policyRef(entry['policy'], `${path}.policy`);
    if (site === undefined) return;
    if (!siteNames.has(site)) problems.push(`${path}.site: no site named "${site}" ${known(siteNames)}`);
    else if (!regionOf.has(site)) problems.push(`${path}.site: site "${site}" is in no region (cac.regions); a site with a CAC policy belongs to one (C5)`);
    const earlier = policySites.get(site);
    if (earlier !== undefined) problems.push(`${path}.site: site "${site}" already has a policy (cac.sites[${earlier}])`);
    else policySites.set(site, i);
  });

  // Links between two regions, or between two sites (both in regions, C5), one per pair.
  const pairs = (key: 'regionLinks' | 'interSite', names: ReadonlySet<string>, what: string): Set<string> => {
    const seen = new Map<string, number>();
    list(cac[key]).forEach((entry, i) => {
      const path = `cac.${key}[${i}]`;
      policyRef(entry['policy'], `${path}.policy`);
      const between = Array.isArray(entry['between']) ? (entry['between'] as unknown[]).map(text) : [];
      if (between.length !== 2 || between.some((n) => n === undefined)) return;
      const [a, b] = between as [string, string];
      let ok = true;
      between.forEach((n, k) => {
        if (!names.has(n!)) {
          problems.push(`${path}.between[${k}]: no ${what} named "${n}" ${known(names)}`);
          ok = false;
        } else if (key === 'interSite' && !regionOf.has(n!)) {
          problems.push(`${path}.between[${k}]: site "${n}" is in no region (cac.regions); a site with a CAC policy belongs to one (C5)`);
        }
      });
      if (a === b) {
        problems.push(`${path}.between: expected two different ${what}s, got "${a}" twice`);
        return;
      }
      const pair = [a, b].sort().join('\u0000');
      const earlier = seen.get(pair);
      if (earlier !== undefined) problems.push(`${path}.between: ${what}s "${a}" and "${b}" are already linked (cac.${key}[${earlier}])`);
      else if (ok) seen.set(pair, i);
    });
    return new Set(seen.keys());
  };
  const regionLinks = pairs('regionLinks', regionNames, 'region');
  pairs('interSite', siteNames, 'site');
  // Resource ids: link:<a>~<b> must name one link (a region and a site may share a name).
  const regionIds = new Map(list(cac['regionLinks']).map((l, i) => [linkId(l), i] as const));
  list(cac['interSite']).forEach((l, i) => {
    const id = linkId(l);
    const clash = id === undefined ? undefined : regionIds.get(id);
    if (clash !== undefined) {
      problems.push(`cac.interSite[${i}].between: its resource link:${id} is also cac.regionLinks[${clash}]'s (regions and sites share names); rename a region`);
    }
  });

  // C5: every two regions whose sites hold policies have a region link between them.
  const withPolicies = [...new Set([...policySites.keys()].map((s) => regionOf.get(s)?.region).filter((r) => r !== undefined))].sort();
  for (let i = 0; i < withPolicies.length; i++) {
    for (let k = i + 1; k < withPolicies.length; k++) {
      const a = withPolicies[i]!;
      const b = withPolicies[k]!;
      if (!regionLinks.has([a, b].sort().join('\u0000'))) {
        problems.push(`cac.regionLinks: missing a link between regions "${a}" and "${b}": both have sites with policies, so calls between them need a route (C5)`);
      }
    }
  }
  return problems;
}

/** The `a~b` of a link's resource ids, as written (undefined when `between` is malformed). */
function linkId(link: Node): string | undefined {
  const between = link['between'];
  return Array.isArray(between) && between.length === 2 && between.every((n) => typeof n === 'string') ? between.join('~') : undefined;
}
