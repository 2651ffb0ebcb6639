/**
 * The whole fit: from a pass's tables (and optionally a base deployment) to every fitted
 * parameter of the workload, with intervals and counts. Pure; the YAML and the
 * calibration.csv rows are rendered from its result.
 */
import { slotExposure } from './exposure.js';
import { fitAffinity } from './affinity-fit.js';
import type { AffinityEntry } from './affinity-fit.js';
import type { CalibrationBase } from './calibration-base.js';
import { fitHolding } from './holding-fit.js';
import type { HoldingFit } from './holding-fit.js';
import { isOwnLocation } from './media-record.js';
import { fitRates, locationHourlyCounts, pooledHourlyCounts } from './rate-fit.js';
import type { HourlyCounts, RateFit } from './rate-fit.js';
import { rateHomogeneity } from './rate-homogeneity.js';
import type { RateHomogeneity } from './rate-homogeneity.js';
import { FIT_KINDS, emptyLocationTable } from './record-tables.js';
import type { FitKind, RecordTables } from './record-tables.js';
import { fitConferenceSizes, fitFederatedShare, fitParticipantShares } from './share-fit.js';
import type { ParticipantShares, ShareFit, SizeShare } from './share-fit.js';

/** Options of {@link fitWorkload}. */
export interface FitOptions {
  /** Sites' users and offsets, remote users. @default none: users from distinct ids, offsets 0 */
  readonly base?: CalibrationBase;
  /** The callee rule the affinity is fitted under (and the workload's `traffic.callees`). @default 'awake' */
  readonly callees?: 'awake' | 'population';
  /** Confidence level of every interval. @default 0.95 */
  readonly level?: number;
  /** Significance level at which sites get rates of their own. @default 0.05 */
  readonly alpha?: number;
}

/** One location of our users: a site or `remote`. */
export interface LocationFit {
  readonly name: string;
  readonly kind: 'site' | 'remote';
  /** The denominator of its rates. */
  readonly users: number;
  /** `base` (from the base deployment) or `distinct-ids` (ids seen in the records: a lower bound, users who never appear are not seen). */
  readonly usersFrom: 'base' | 'distinct-ids';
  /** Distinct ids seen there as caller, callee or participant. */
  readonly distinctIds: number;
  readonly utcOffsetHours: number;
  /** `base`, `assumed` (0: the base does not say) or `utc` (remote users' clock is UTC). */
  readonly offsetFrom: 'base' | 'assumed' | 'utc';
  /** Whether the base deployment has this site (always true for `remote` with a base). */
  readonly inBase: boolean;
  readonly hourly: HourlyCounts;
  readonly rates: RateFit;
}

/** Everything fitted. */
export interface WorkloadFit {
  /** The records' window: first and last record start (seconds since the epoch), and its length in hours. */
  readonly window: { readonly first: number; readonly last: number; readonly hours: number };
  readonly counts: {
    readonly records: number;
    readonly twoParty: number;
    readonly legs: number;
    readonly conferences: number;
    /** Two-party calls with none of our users (federated to federated, say): not in any rate. */
    readonly unattributedCalls: number;
    /** Conferences joined only by guests: counted in sizes and durations, not in any rate. */
    readonly unattributedConferences: number;
  };
  readonly locations: readonly LocationFit[];
  /** All our locations pooled. */
  readonly pooled: RateFit;
  /** Test of one traffic model for all our locations against one each. */
  readonly homogeneity: RateHomogeneity;
  /** Sites get `deployment.sites[].traffic` of their own (the test rejected). */
  readonly perSite: boolean;
  /** The rates of the global `traffic` section: all pooled, or with per-site rates the remote users' (or the sites' pooled when there are none). */
  readonly global: { readonly rates: RateFit; readonly from: 'pooled' | 'remote' | 'sites-pooled' };
  readonly holding: Readonly<Record<FitKind, HoldingFit>>;
  readonly conferenceSizes: readonly SizeShare[];
  readonly participants: ParticipantShares;
  readonly federated: ShareFit;
  readonly callees: 'awake' | 'population';
  readonly affinity: readonly AffinityEntry[];
  /** Pools named by conference legs, in order of first appearance. */
  readonly pools: readonly string[];
  /** Whether any record was relayed through an Edge. */
  readonly relayed: boolean;
  /** Warnings about the input, for the report. */
  readonly notes: readonly string[];
}

/**
 * Fits the workload.
 *
 * @param tables - A finished pass (record-tables.ts `finishTables`).
 * @param options - Base deployment, callee rule, levels.
 */
export function fitWorkload(tables: RecordTables, options: FitOptions = {}): WorkloadFit {
  const level = options.level ?? 0.95;
  const alpha = options.alpha ?? 0.05;
  const callees = options.callees ?? 'awake';
  const base = options.base;
  const notes: string[] = [];
  const exposure = slotExposure(tables.firstStart, tables.lastStart);

  const names = new Set<string>();
  for (const s of base?.sites ?? []) names.add(s.name);
  for (const t of tables.locations) if (isOwnLocation(t.name)) names.add(t.name);
  if ((base?.remoteUsers ?? 0) > 0) names.add('remote');
  const locations: LocationFit[] = [];
  for (const name of names) {
    const index = tables.locationIndex.get(name);
    const table = (index === undefined ? undefined : tables.locations[index]) ?? emptyLocationTable(name);
    const kind = name === 'remote' ? 'remote' : 'site';
    const baseSite = base?.sites?.find((s) => s.name === name);
    const baseUsers = kind === 'remote' ? base?.remoteUsers : baseSite?.users;
    const inBase = base !== undefined && (kind === 'remote' || baseSite !== undefined);
    if (base !== undefined && kind === 'site' && baseSite === undefined) {
      notes.push(`records name site "${name}", which the base deployment lacks: it is added with ${table.users.size} users (distinct ids seen)`);
    }
    let users = table.users.size;
    let usersFrom: LocationFit['usersFrom'] = 'distinct-ids';
    if (baseUsers !== undefined && baseUsers > 0) {
      users = baseUsers;
      usersFrom = 'base';
      if (table.users.size > baseUsers) notes.push(`${name}: ${table.users.size} distinct ids in the records, more than the base's ${baseUsers} users`);
    } else if (baseUsers === 0 && table.users.size > 0) {
      notes.push(`${name}: the base has no users there, the records ${table.users.size}: their count is used`);
    }
    const offset = kind === 'site' ? baseSite?.utcOffsetHours : 0;
    const utcOffsetHours = offset ?? 0;
    const hourly = locationHourlyCounts(table, users, utcOffsetHours, exposure);
    locations.push({
      name, kind, users, usersFrom, distinctIds: table.users.size, utcOffsetHours,
      offsetFrom: kind === 'remote' ? 'utc' : offset === undefined ? 'assumed' : 'base',
      inBase, hourly, rates: fitRates(hourly),
    });
  }

  const withCalls = locations.filter((l) => l.users > 0 && l.rates.total > 0);
  const pooledCounts = pooledHourlyCounts(withCalls.map((l) => l.hourly));
  const pooled = fitRates(pooledCounts);
  const homogeneity = rateHomogeneity(withCalls.map((l) => l.hourly), pooledCounts);
  const sites = withCalls.filter((l) => l.kind === 'site');
  const perSite = sites.length >= 1 && homogeneity.pValue < alpha;
  const remote = withCalls.find((l) => l.kind === 'remote');
  const global: WorkloadFit['global'] = !perSite
    ? { rates: pooled, from: 'pooled' }
    : remote !== undefined
      ? { rates: remote.rates, from: 'remote' }
      : { rates: fitRates(pooledHourlyCounts(sites.map((l) => l.hourly))), from: 'sites-pooled' };

  // The affinity is fitted against the profiles the workload will actually use.
  const profileOf = (l: LocationFit): readonly number[] => (perSite && l.kind === 'site' && l.rates.total > 0 ? l.rates.profile : global.rates.profile);
  const affinity = fitAffinity(
    tables,
    locations.map((l) => ({ name: l.name, users: l.users, utcOffsetHours: l.utcOffsetHours, profile: profileOf(l) })),
    callees,
    level,
  );

  const holding = {} as Record<FitKind, HoldingFit>;
  FIT_KINDS.forEach((kind, k) => (holding[kind] = fitHolding(tables.holding[k]!, level)));
  if (tables.unattributedCalls > 0) notes.push(`${tables.unattributedCalls} two-party calls had none of our users: not in any rate`);
  if (tables.unattributedConferences > 0) notes.push(`${tables.unattributedConferences} conferences were joined by guests only: not in any rate`);

  const first = Number.isFinite(tables.firstStart) ? tables.firstStart : Number.NaN;
  const last = Number.isFinite(tables.lastStart) ? tables.lastStart : Number.NaN;
  return {
    window: { first, last, hours: (last - first) / 3600 },
    counts: {
      records: tables.records, twoParty: tables.twoParty, legs: tables.legs, conferences: tables.conferences,
      unattributedCalls: tables.unattributedCalls, unattributedConferences: tables.unattributedConferences,
    },
    locations, pooled, homogeneity, perSite, global, holding,
    conferenceSizes: fitConferenceSizes(tables, level),
    participants: fitParticipantShares(tables, level),
    federated: fitFederatedShare(tables, level),
    callees, affinity, pools: [...tables.pools], relayed: tables.relayed, notes,
  };
}
