/**
 * Checks beyond a workload's shape: unique names, references between edges, pools,
 * sites, network rules and affinities, and C4 ({@link crossReferences}); the rules that
 * depend on the product, C1, C3, R8, R11 (product-rules.ts); durations and the daily
 * profile ({@link rangeChecks}); meeting sizes and participants (meeting-checks.ts); Call Admission Control, C5
 * (cac-checks.ts).
 * All read the raw document defensively, so that they run even when zod found shape
 * problems elsewhere and every problem is reported at once.
 */
import { describeValue } from './field-path.js';
import { CALL_KINDS } from './kinds.js';
import { cacChecks } from './cac-checks.js';
import { meetingChecks } from './meeting-checks.js';
import { productRules } from './product-rules.js';
import { Duration, Profile, SimulationFields } from './schema.js';

/**
 * Most simulated time (warm-up + duration) a run may ask for: a year. Longer only
 * repeats the daily profile, and a typo such as `duration: 8000h` would otherwise
 * run for hours without a word.
 */
export const MAX_SIMULATED_SECONDS = 366 * 86400;

import { int, list, node, text, uniqueNames } from './raw-node.js';
import type { Node } from './raw-node.js';

/** Every problem of a raw workload document that its shape alone does not reveal. */
export function validateWorkload(raw: unknown): string[] {
  return [...crossReferences(raw), ...productRules(raw), ...rangeChecks(raw), ...meetingChecks(raw), ...cacChecks(raw)];
}

/** Unique names, references (pool -> edge, site -> pool, remote -> pool, rule -> site), C1, C3, C4. */
export function crossReferences(raw: unknown): string[] {
  const problems: string[] = [];
  const doc = node(raw);
  const deployment = node(doc['deployment']);
  const edges = list(deployment['edges']);
  const pools = list(deployment['pools']);
  const sites = list(deployment['sites']);

  const names = (items: Node[], path: string): Set<string> => uniqueNames(items, path, problems);
  const edgeNames = names(edges, 'deployment.edges');
  const poolNames = names(pools, 'deployment.pools');
  const siteNames = names(sites, 'deployment.sites');
  names(list(doc['scenarios']), 'scenarios');

  const known = (set: Set<string>): string => `(known: ${[...set].join(', ') || 'none'})`;
  const refer = (value: unknown, set: Set<string>, path: string, what: string): void => {
    const name = text(value);
    if (name !== undefined && !set.has(name)) problems.push(`${path}: no ${what} named "${name}" ${known(set)}`);
  };

  // A malformed `edges` (not a list) is reported by its shape; C4 cannot be judged then.
  const edgesKnown = deployment['edges'] === undefined || Array.isArray(deployment['edges']);
  pools.forEach((p, i) => {
    const path = `deployment.pools[${i}].edge`;
    if (!edgesKnown) return;
    // C4: with an Edge deployed every pool names its own; with none, naming one is a mistake (R9).
    if (edges.length === 0) {
      if (p['edge'] !== undefined) problems.push(`${path}: expected no edge, as no A/V Edge is deployed (C4, R9), got ${describeValue(p['edge'])}`);
    } else if (p['edge'] === undefined) {
      const edgeList = [...edgeNames].join(', ');
      problems.push(`${path}: required, missing (C4: with an A/V Edge deployed, every pool names the Edge relaying its users; known: ${edgeList})`);
    } else refer(p['edge'], edgeNames, path, 'Edge');
  });
  pools.forEach((p, i) => {
    refer(p['site'], siteNames, `deployment.pools[${i}].site`, 'site');
    if (p['mcuLegs'] !== undefined && (p['mcuServers'] !== undefined || p['legsPerMcuServer'] !== undefined)) {
      const other = p['mcuServers'] !== undefined ? 'mcuServers' : 'legsPerMcuServer';
      problems.push(`deployment.pools[${i}].mcuLegs: expected either mcuLegs or mcuServers x legsPerMcuServer, got both mcuLegs and ${other}`);
    }
  });
  sites.forEach((s, i) => {
    refer(s['pool'], poolNames, `deployment.sites[${i}].pool`, 'pool');
    const policy = node(s['portPolicy']);
    const min = int(policy['minMediaPort']);
    const max = int(policy['maxMediaPort']);
    if (min !== undefined && max !== undefined && max < min) {
      problems.push(`deployment.sites[${i}].portPolicy.maxMediaPort: expected at least minMediaPort (${min}), got ${max} (C1)`);
    }
  });
  list(node(doc['traffic'])['affinity']).forEach((entry, i) => {
    const locations = new Set([...siteNames, 'remote']);
    refer(entry['from'], locations, `traffic.affinity[${i}].from`, 'site (or "remote")');
    refer(entry['to'], locations, `traffic.affinity[${i}].to`, 'site (or "remote")');
  });
  refer(node(deployment['remote'])['pool'], poolNames, 'deployment.remote.pool', 'pool');

  list(node(doc['network'])['rules']).forEach((rule, i) => {
    const between = rule['between'];
    if (Array.isArray(between)) {
      between.forEach((n, k) => refer(n, siteNames, `network.rules[${i}].between[${k}]`, 'site'));
    } else if ('site' in rule) {
      refer(rule['site'], siteNames, `network.rules[${i}].site`, 'site');
      if (rule['p2p'] === undefined && rule['edgeUdp'] === undefined && rule['edgeTcp'] === undefined) {
        problems.push(`network.rules[${i}]: expected at least one of p2p, edgeUdp, edgeTcp beside site, got ${describeValue(rule)}`);
      }
    }
  });
  return problems;
}

/** A field parsed on its own (default filled), or undefined when its shape is wrong. */
function field<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Durations, meeting sizes and the profile. Each value is parsed on its own, so a range
 * problem is reported beside shape problems in the same section, not after they are fixed.
 */
export function rangeChecks(raw: unknown): string[] {
  const problems: string[] = [];
  const doc = node(raw);
  const got = (section: Node, key: string, seconds: number): string => {
    const written = section[key];
    if (written === undefined) return `the default (${seconds} s)`;
    return typeof written === 'number' ? `${seconds} s` : `${describeValue(written)} (${seconds} s)`;
  };

  const sim = node(doc['simulation']);
  const simShape = SimulationFields.shape;
  const duration = field(simShape.duration, sim['duration']);
  const warmup = field(simShape.warmup, sim['warmup']);
  if (duration !== undefined && warmup !== undefined && warmup + duration > MAX_SIMULATED_SECONDS) {
    problems.push(
      `simulation.duration: expected the warm-up and the duration together to be at most ${MAX_SIMULATED_SECONDS / 86400} days, got ${Number(((warmup + duration) / 86400).toFixed(2))} days`,
    );
  }
  const interval = field(simShape.interval, sim['interval']);
  if (duration !== undefined && !(duration > 0)) problems.push(`simulation.duration: expected a positive duration, got ${got(sim, 'duration', duration)}`);
  if (interval !== undefined) {
    if (!(interval > 0)) problems.push(`simulation.interval: expected a positive duration, got ${got(sim, 'interval', interval)}`);
    else if (duration !== undefined && duration > 0 && interval > duration) {
      problems.push(`simulation.interval: expected at most the duration (${duration} s), got ${got(sim, 'interval', interval)}`);
    }
  }

  const traffic = node(doc['traffic']);
  const holding = node(traffic['holdingTime']);
  for (const [path, section] of [
    ['traffic.holdingTime', holding],
    ...CALL_KINDS.map((kind) => [`traffic.holdingTime.${kind}`, node(holding[kind])] as const),
  ] as const) {
    if (section['mean'] === undefined) continue;
    const mean = field(Duration, section['mean']);
    if (mean !== undefined && !(mean > 0)) problems.push(`${path}.mean: expected a positive duration, got ${got(section, 'mean', mean)}`);
  }
  const profile = field(Profile, traffic['profile']);
  if (Array.isArray(profile) && !profile.some((x) => x > 0)) {
    problems.push(`traffic.profile: expected at least one positive hourly weight, got ${describeValue(profile)}`);
  }
  return problems;
}
