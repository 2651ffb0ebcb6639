/**
 * Values of a validated workload that depend on more than one field: the defaults that
 * follow the product or another field, and the forms a field may take (one holding time
 * or one per kind; a size range or a size table). The model and the sizing read them
 * here, so every reader resolves a field the same way.
 */
import { MEETING_DEFAULTS } from './meeting-defaults.js';
import type { CallKind } from './kinds.js';
import type { Pool, Product, Workload } from './schema.js';

/** Microsoft's planning figure for the legs one A/V Conferencing server carries (Lync Server 2010). */
export const DEFAULT_LEGS_PER_MCU_SERVER = 1000;

/** Per-stream planning bandwidth (kbit/s, one direction) by product (MEDIA-RULES.md, Figures). */
export const PLANNING_KBPS: Readonly<Record<Product, { readonly audio: number; readonly video: number }>> = {
  ocs2007r2: { audio: 45, video: 300 },
  lync2010: { audio: 65, video: 500 },
  lync2013: { audio: 65, video: 500 },
  sfb: { audio: 65, video: 500 },
};

/** kbit/s per audio and per video stream: as written, else the product's planning figure. */
export function bandwidthOf(workload: Workload): { audio: number; video: number } {
  const planning = PLANNING_KBPS[workload.deployment.product];
  const given = workload.traffic.bandwidthKbps;
  return { audio: given.audio ?? planning.audio, video: given.video ?? planning.video };
}

/** Legs one of the pool's A/V Conferencing servers carries. */
export function legsPerMcuServer(pool: Pool): number {
  return pool.legsPerMcuServer ?? DEFAULT_LEGS_PER_MCU_SERVER;
}

/** The pool's MCU capacity in legs: `mcuLegs`, else `mcuServers x legsPerMcuServer`. */
export function mcuLegsOf(pool: Pool): number {
  return pool.mcuLegs ?? (pool.mcuServers ?? 1) * legsPerMcuServer(pool);
}

/** The index of the site where pool p stands: `pools[p].site`, else the first site homed on it, else the first site. */
export function poolSiteOf(workload: Workload, p: number): number {
  const { pools, sites } = workload.deployment;
  const pool = pools[p]!;
  const named = pool.site === undefined ? -1 : sites.findIndex((s) => s.name === pool.site);
  if (named >= 0) return named;
  const homed = sites.findIndex((s) => s.pool === pool.name);
  return homed >= 0 ? homed : 0;
}

/** One holding-time distribution as the model samples it (`cv` with lognormal only). */
export type HoldingDistribution = { readonly distribution: 'exponential' | 'lognormal'; readonly mean: number; readonly cv?: number | undefined };

/** The mean holding time, seconds, when none is written. */
export const DEFAULT_HOLDING_MEAN = 240;

/** The holding time of one kind of call: that kind's, else the single distribution; exponential, 4 minutes, by default. */
export function holdingOf(traffic: Workload['traffic'], kind: CallKind): HoldingDistribution {
  const h = traffic.holdingTime[kind] ?? traffic.holdingTime;
  return { distribution: h.distribution ?? 'exponential', mean: h.mean ?? DEFAULT_HOLDING_MEAN, cv: h.cv };
}

/** A meeting size as (smallest size, weights of each size from there); ranges as a truncated geometric's parameters. */
export type SizeSpec = { readonly kind: 'range'; readonly min: number; readonly max: number; readonly mean: number } | { readonly kind: 'table'; readonly sizes: ReadonlyMap<number, number> };


/** A `conferenceSize` or `liveMeetingSize` value in one of its two forms (`which` gives the range's defaults). */
export function sizeSpecOf(size: Workload['traffic']['conferenceSize'], which: keyof typeof MEETING_DEFAULTS): SizeSpec {
  if (size.sizes !== undefined) return { kind: 'table', sizes: new Map(Object.entries(size.sizes).map(([k, w]) => [Number(k), w])) };
  const d = MEETING_DEFAULTS[which];
  return { kind: 'range', min: size.min ?? d.min, max: size.max ?? d.max, mean: size.mean ?? d.mean };
}

/** The largest size a meeting size allows. */
export function largestSize(size: Workload['traffic']['conferenceSize'], which: keyof typeof MEETING_DEFAULTS): number {
  const spec = sizeSpecOf(size, which);
  return spec.kind === 'range' ? spec.max : Math.max(...[...spec.sizes].filter(([, w]) => w > 0).map(([k]) => k));
}

/** The rates per user at the busy hour of callers at site `s` (`undefined`: the remote users): the site's own, else the global ones. */
export function ratesOf(workload: Workload, s: number | undefined): Record<CallKind, number> {
  const global = workload.traffic.perUserPerHour;
  const own = s === undefined ? undefined : workload.deployment.sites[s]!.traffic?.perUserPerHour;
  return {
    peerAudio: own?.peerAudio ?? global.peerAudio,
    peerVideo: own?.peerVideo ?? global.peerVideo,
    conference: own?.conference ?? global.conference,
    liveMeeting: own?.liveMeeting ?? global.liveMeeting,
    pstn: own?.pstn ?? global.pstn,
  };
}

/** The daily profile of callers at site `s` (`undefined`: the remote users). */
export function profileOf(workload: Workload, s: number | undefined): Workload['traffic']['profile'] {
  const own = s === undefined ? undefined : workload.deployment.sites[s]!.traffic?.profile;
  return own ?? workload.traffic.profile;
}

/** Whether anyone makes PSTN calls (R21): then every pool has a Mediation resource. */
export function hasPstnCalls(workload: Workload): boolean {
  const { sites, remote } = workload.deployment;
  if (remote.users > 0 && ratesOf(workload, undefined).pstn > 0) return true;
  return sites.some((s, i) => s.users > 0 && ratesOf(workload, i).pstn > 0);
}
