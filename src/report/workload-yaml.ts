/**
 * The fitted workload as YAML text (the `yaml` package's Document API, so that every
 * fitted value carries a comment with its interval and record count, and every
 * assumption is labelled `assumption:`). Deployment, network and simulation come from the
 * base workload when one is given; without one, a minimal deployment is built from what
 * the records show.
 */
import { Document, isCollection, isScalar } from 'yaml';
import type { HoldingFit } from '../calibrate/holding-fit.js';
import type { Estimate, RateFit } from '../calibrate/rate-fit.js';
import { FIT_KINDS } from '../calibrate/record-tables.js';
import type { FitKind } from '../calibrate/record-tables.js';
import { formatUtcTime } from '../calibrate/utc-time.js';
import type { LocationFit, WorkloadFit } from '../calibrate/workload-fit.js';
import { formatNumber } from './number-format.js';

/** Where the records came from, for the header comment. */
export interface FitSource {
  /** The records file's name. */
  readonly file: string;
  /** Malformed rows skipped. @default 0 */
  readonly skipped?: number;
  /** The fitted workload's `name`. @default the base's name, else `calibrated` */
  readonly workloadName?: string;
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);
const round = (x: number, digits = 4): number => (Number.isFinite(x) ? Number(x.toPrecision(digits)) : 0);
const f = (x: number): string => (Number.isFinite(x) ? formatNumber(round(x, 4)) : 'n/a');
const ci = (low: number, high: number): string => `95% CI ${f(low)}-${Number.isFinite(high) ? f(high) : 'inf'}`;

function rateComment(e: Estimate, method: string): string {
  return `fitted: ${ci(e.low, e.high)}, ${e.records} records (${method})`;
}

function holdingValue(h: HoldingFit): Plain {
  if (h.count === 0) return { distribution: 'exponential', mean: 240 };
  const mean = round(h.mean, 5);
  return h.family === 'lognormal' ? { distribution: 'lognormal', mean, cv: round(h.cv) } : { distribution: 'exponential', mean };
}

function holdingComment(h: HoldingFit): string {
  if (h.count === 0) return 'assumption: no records of this kind; the default 4m';
  const cv = h.family === 'lognormal' ? `, cv ${ci(h.cvLow, h.cvHigh)}` : '';
  return `fitted: mean ${ci(h.meanLow, h.meanHigh)} s${cv}, ${h.count} records; ${h.family} by AIC (by ${f(h.aicDifference)}), chi-square p ${f(h.gof.pValue)}`;
}

function rateSection(rates: RateFit): Plain {
  return {
    profile: rates.profile.map((w) => round(w)),
    perUserPerHour: Object.fromEntries([...FIT_KINDS.map((k) => [k, round(rates.perUserPerHour[k].estimate)]), ['liveMeeting', 0]]),
  };
}

function minimalDeployment(fit: WorkloadFit): Plain {
  const pools = fit.pools.length > 0 ? fit.pools : ['pool'];
  const edge = fit.relayed ? [{ name: 'edge' }] : [];
  const sites = fit.locations.filter((l) => l.kind === 'site');
  const remote = fit.locations.find((l) => l.kind === 'remote');
  return {
    edges: edge,
    pools: pools.map((name) => (fit.relayed ? { name, edge: 'edge' } : { name })),
    sites: sites.map((l) => ({ name: l.name, pool: pools[0], users: Math.max(1, l.users), utcOffsetHours: l.utcOffsetHours })),
    remote: { users: remote?.users ?? 0, pool: pools[0] },
    federated: { share: 0 },
  };
}

/**
 * Renders the fitted workload.
 *
 * @param fit - From workload-fit.ts `fitWorkload`.
 * @param source - The records file, for the header.
 * @param base - A base workload as parsed from YAML (plain object), whose deployment,
 *   network, simulation and other traffic fields are kept. @default none
 * @returns The YAML text of a complete workload.
 */
export function fittedWorkloadYaml(fit: WorkloadFit, source: FitSource, base?: unknown): string {
  const b = isPlain(base) ? (structuredClone(base) as Plain) : undefined;
  const assumptions = new Map<string, string>();
  const deployment = isPlain(b?.deployment) ? (b!.deployment as Plain) : minimalDeployment(fit);
  if (b === undefined) {
    assumptions.set('deployment', 'assumption: no base workload; one site per location seen, Edge and pools named from the records, capacities at their defaults');
  }
  const siteList = (Array.isArray(deployment.sites) ? deployment.sites : []) as Plain[];
  const pool0 = Array.isArray(deployment.pools) && isPlain(deployment.pools[0]) ? deployment.pools[0].name : 'pool';
  for (const l of fit.locations) {
    if (l.kind === 'site' && !siteList.some((s) => s.name === l.name)) {
      siteList.push({ name: l.name, pool: pool0, users: Math.max(1, l.users), utcOffsetHours: 0 });
    }
  }
  deployment.sites = siteList;
  const remote = isPlain(deployment.remote) ? deployment.remote : {};
  const remoteFit = fit.locations.find((l) => l.kind === 'remote');
  // A base without remote users whose records show some: the records' count (a note says so).
  if ((remote.users === undefined || remote.users === 0) && remoteFit !== undefined && remoteFit.users > 0) remote.users = remoteFit.users;
  deployment.remote = remote;
  deployment.federated = { ...(isPlain(deployment.federated) ? deployment.federated : {}), share: round(fit.federated.share) || 0 };

  const siteFits = new Map<string, LocationFit>(fit.locations.filter((l) => l.kind === 'site').map((l) => [l.name, l]));
  if (fit.perSite) {
    for (const s of siteList) {
      const l = siteFits.get(String(s.name));
      if (l !== undefined && l.rates.total > 0) s.traffic = rateSection(l.rates);
    }
  }

  const traffic: Plain = isPlain(b?.traffic) ? (b!.traffic as Plain) : {};
  const holdingTime = isPlain(traffic.holdingTime) && traffic.holdingTime.distribution === undefined ? traffic.holdingTime : {};
  for (const k of FIT_KINDS) holdingTime[k] = holdingValue(fit.holding[k]);
  holdingTime.liveMeeting = holdingValue(fit.holding.conference);
  const rates = rateSection(fit.global.rates);
  const perUser = { ...(isPlain(traffic.perUserPerHour) ? traffic.perUserPerHour : {}), ...(rates.perUserPerHour as Plain) };
  const sizes = Object.fromEntries(fit.conferenceSizes.map((s) => [String(s.size), round(s.share)]));
  const affinity = fit.affinity.filter((a) => a.resolved).map((a) => ({ from: a.from, to: a.to, weight: round(a.weight, 3) }));
  Object.assign(traffic, {
    profile: rates.profile,
    perUserPerHour: perUser,
    holdingTime,
    callees: fit.callees,
    ...(affinity.length > 0 ? { affinity } : {}),
    ...(fit.participants.remote.trials > 0
      ? { conferenceParticipants: { remote: round(fit.participants.remote.share), federated: round(fit.participants.federated.share), anonymous: round(fit.participants.anonymous.share) } }
      : {}),
    ...(fit.conferenceSizes.length > 0 ? { conferenceSize: { sizes } } : {}),
  });
  if (traffic.affinity !== undefined && affinity.length === 0) delete traffic.affinity;

  const value: Plain = {
    name: source.workloadName ?? (typeof b?.name === 'string' ? b.name : 'calibrated'),
    description: `Fitted by avsim calibrate from ${source.file}`,
    seed: typeof b?.seed === 'number' ? b.seed : 1,
    simulation: isPlain(b?.simulation) ? b!.simulation : { warmup: '1h', duration: '24h', start: '00:00', replications: 10 },
    deployment,
    network: isPlain(b?.network) ? b!.network : { default: { p2p: 'open', edgeUdp: 'open', edgeTcp: 'open' } },
    traffic,
    ...(Array.isArray(b?.scenarios) ? { scenarios: b!.scenarios } : {}),
  };
  if (!isPlain(b?.simulation)) assumptions.set('simulation', 'assumption: a whole day, the window over which the profile was fitted');
  if (!isPlain(b?.network)) assumptions.set('network', 'assumption: every path open; paths are not fitted (compare them with avsim fit)');

  const doc = new Document(value);
  doc.commentBefore = header(fit, source);
  // "HH:MM" quoted: a YAML 1.1 reader would take 00:00 for a sexagesimal number.
  const start = doc.getIn(['simulation', 'start'], true);
  if (isScalar(start) && typeof start.value === 'string') start.type = 'QUOTE_DOUBLE';
  // Sizes are keys of digits, quoted: the schema's form (a string of digits) for any
  // YAML reader, not an integer key that a strict one would keep as a number.
  const sizeMap = doc.getIn(['traffic', 'conferenceSize', 'sizes'], true);
  if (isCollection(sizeMap)) {
    for (const item of sizeMap.items) {
      const key = (item as { key?: unknown }).key;
      if (isScalar(key)) key.type = 'QUOTE_DOUBLE';
    }
  }
  for (const [key, text] of assumptions) setComment(doc, [key], text, true);
  annotateRates(doc, ['traffic'], fit.global.rates, `global rates (${fit.global.from}${fit.perSite ? '; sites have their own, the test of one model for all gave p ' + f(fit.homogeneity.pValue) : ''})`);
  siteList.forEach((s, i) => {
    const l = siteFits.get(String(s.name));
    const path = ['deployment', 'sites', i];
    if (l === undefined) setComment(doc, path, 'no records at this site', true);
    else {
      setComment(doc, [...path, 'users'], l.usersFrom === 'base' ? 'from the base' : `assumption: ${l.users} distinct ids seen (users who never appear are missed)`);
      if (l.offsetFrom === 'assumed') setComment(doc, [...path, 'utcOffsetHours'], 'assumption: not known from the records');
      if (s.traffic !== undefined) annotateRates(doc, [...path, 'traffic'], l.rates, 'rates of this site');
    }
  });
  if (remoteFit !== undefined) setComment(doc, ['deployment', 'remote', 'users'], remoteFit.usersFrom === 'base' ? 'from the base' : `assumption: ${remoteFit.users} distinct ids seen`);
  setComment(doc, ['deployment', 'federated', 'share'], `fitted: ${ci(fit.federated.low, fit.federated.high)}, ${fit.federated.trials} calls of site users (clopper-pearson)`);
  for (const k of FIT_KINDS) setComment(doc, ['traffic', 'holdingTime', k], holdingComment(fit.holding[k]), true);
  setComment(doc, ['traffic', 'holdingTime', 'liveMeeting'], 'assumption: as conferences (Live Meetings cannot be told apart in the records)', true);
  setComment(doc, ['traffic', 'perUserPerHour', 'liveMeeting'], 'assumption: Live Meetings are fitted as conferences');
  setComment(doc, ['traffic', 'callees'], 'the rule the affinity was fitted under');
  if (affinity.length > 0) setComment(doc, ['traffic', 'affinity'], 'fitted: pairs whose 95% interval excludes 1 (calibration.csv has every pair)', true);
  const parts = fit.participants;
  for (const k of ['remote', 'federated', 'anonymous'] as const) {
    setComment(doc, ['traffic', 'conferenceParticipants', k], `fitted: ${ci(parts[k].low, parts[k].high)}, ${parts[k].successes} of ${parts[k].trials} invited participants`);
  }
  for (const s of fit.conferenceSizes) {
    setComment(doc, ['traffic', 'conferenceSize', 'sizes', String(s.size)], `fitted: ${ci(s.low, s.high)}, ${s.successes} of ${s.trials} conferences`);
  }
  return doc.toString({ lineWidth: 0 });
}

function header(fit: WorkloadFit, source: FitSource): string {
  const skipped = source.skipped ?? 0;
  return [
    ` Fitted by avsim calibrate from ${fit.counts.records} records of ${source.file}`,
    ` between ${formatUtcTime(fit.window.first)} and ${formatUtcTime(fit.window.last)} (first and last start)${skipped > 0 ? `; ${skipped} malformed rows skipped` : ''}.`,
    ' Every fitted value carries its 95% interval and record count; assumptions are labelled.',
    ' Not fitted from media records: conference video, Live Meetings apart from conferences,',
    ' escalations, port policies, capacities (see docs/calibrate.md).',
    ...fit.notes.map((n) => ` note: ${n}`),
  ].join('\n');
}

function annotateRates(doc: Document, path: (string | number)[], rates: RateFit, what: string): void {
  const busy = Number.isNaN(rates.busyHour) ? 'none' : `${rates.busyHour}:00`;
  const unobserved = rates.unobservedHours.length > 0 ? `; hours ${rates.unobservedHours.join(', ')} not observed (weight 0)` : '';
  setComment(doc, [...path, 'profile'], `fitted: ${what}; weights by local hour, busy hour ${busy}, ${rates.total} calls${unobserved}`, true);
  const seq = doc.getIn([...path, 'profile'], true);
  if (isCollection(seq)) seq.flow = true;
  for (const k of FIT_KINDS) setComment(doc, [...path, 'perUserPerHour', k], rateComment(rates.perUserPerHour[k], 'garwood at the busy hour, simultaneous over the hours'));
}

function setComment(doc: Document, path: (string | number)[], text: string, before = false): void {
  if (before) {
    // A comment before a key is held by the pair's key node.
    const parent = doc.getIn(path.slice(0, -1), true);
    if (isCollection(parent)) {
      const pair = parent.items.find((item) => {
        const key = (item as { key?: unknown }).key;
        return isScalar(key) ? String(key.value) === String(path[path.length - 1]) : false;
      }) as { key?: { commentBefore?: string | null } } | undefined;
      if (pair?.key !== undefined) {
        pair.key.commentBefore = ` ${text}`;
        return;
      }
      const node = parent.items[Number(path[path.length - 1])] as { commentBefore?: string | null } | undefined;
      if (node !== undefined && typeof path[path.length - 1] === 'number') {
        node.commentBefore = ` ${text}`;
        return;
      }
    }
  }
  const node = doc.getIn(path, true);
  if (isScalar(node) || isCollection(node)) node.comment = ` ${text}`;
}
