/**
 * A resource's busy hour on the clocks of the people it serves. The busy hour is a UTC
 * clock hour (summary.csv's `busy_hour_utc`); an architect reads it against the local
 * day of the sites behind the resource: an Edge serves the sites of the pools that name
 * it (and the remote users, when their pool names it), an MCU the sites homed on its
 * pool, a port pool its own site, a CAC link the sites its policy applies to (a site,
 * the two of an inter-site link, the regions' of a region link), a Mediation pool the
 * sites (and remote users) homed on its pool. Remote users' clock is UTC, as the model
 * runs it.
 */
import type { ResourceKind } from '../../results/types.js';
import type { Workload } from '../../workload/schema.js';
import { someNames } from './inputs-lists.js';
import { clockText } from './time-of-day.js';

/** One clock the resource's users live by. */
export interface LocalClock {
  /** Hours ahead of UTC. */
  readonly offsetHours: number;
  /** Who lives by it: site names, and "remote users". */
  readonly names: readonly string[];
}

/** Clocks listed before "and N more time zones". */
const CLOCKS = 4;
/** How the remote users are named among the sites. */
const REMOTE_USERS = 'remote users';

/** The name a resource id carries after its kind: `edge:<name>`, `mcu:<pool>`, `ports:<site>`. */
function nameOf(kind: ResourceKind, id: string): string {
  return id.startsWith(`${kind}:`) ? id.slice(kind.length + 1) : id;
}

/**
 * The sites (and remote users) a resource serves, grouped by UTC offset, east of UTC
 * last; names in workload order. Empty when it serves nobody (an Edge no pool names).
 */
export function servedClocks(workload: Workload, kind: ResourceKind, id: string): LocalClock[] {
  const { sites, pools, remote } = workload.deployment;
  const name = nameOf(kind, id);
  const served: { name: string; offsetHours: number }[] = [];
  let remoteServed = false;
  switch (kind) {
    case 'edge': {
      const relayed = new Set(pools.filter((p) => p.edge === name).map((p) => p.name));
      for (const site of sites) if (relayed.has(site.pool)) served.push({ name: site.name, offsetHours: site.utcOffsetHours });
      remoteServed = remote.users > 0 && relayed.has(remote.pool ?? pools[0]!.name);
      break;
    }
    case 'mcu':
      for (const site of sites) if (site.pool === name) served.push({ name: site.name, offsetHours: site.utcOffsetHours });
      break;
    case 'ports':
      for (const site of sites) if (site.name === name) served.push({ name: site.name, offsetHours: site.utcOffsetHours });
      break;
    case 'link': {
      // `<target>:<medium>`: a site, or `a~b` (two sites, or two regions).
      const ends = name.slice(0, name.lastIndexOf(':')).split('~');
      const regions = workload.cac?.regions ?? [];
      const names = new Set(ends.flatMap((end) => regions.find((r) => r.name === end && !sites.some((s) => s.name === end))?.sites ?? [end]));
      for (const site of sites) if (names.has(site.name)) served.push({ name: site.name, offsetHours: site.utcOffsetHours });
      break;
    }
    case 'mediation':
      for (const site of sites) if (site.pool === name) served.push({ name: site.name, offsetHours: site.utcOffsetHours });
      remoteServed = remote.users > 0 && (remote.pool ?? pools[0]!.name) === name;
      break;
    default: {
      const never: never = kind;
      throw new Error(`unknown resource kind ${String(never)}`);
    }
  }
  if (remoteServed) served.push({ name: REMOTE_USERS, offsetHours: 0 });
  const offsets = [...new Set(served.map((s) => s.offsetHours))].sort((a, b) => a - b);
  return offsets.map((offsetHours) => ({ offsetHours, names: served.filter((s) => s.offsetHours === offsetHours).map((s) => s.name) }));
}

/** Seconds after midnight of an "HH:MM" clock time. */
export function clockSeconds(hhmm: string): number {
  const match = /^(\d\d):(\d\d)$/.exec(hhmm);
  if (!match) throw new RangeError(`expected a clock time "HH:MM", got "${hhmm}"`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60;
}

/** The local clock time at `offsetHours` of the UTC clock time `utc` ("09:00" at +5.5: "14:30"). */
export function localClock(utc: string, offsetHours: number): string {
  const seconds = (((clockSeconds(utc) + offsetHours * 3600) % 86_400) + 86_400) % 86_400;
  return clockText(seconds);
}

/** The names of one clock: the first few sites, then the remote users ("london, dublin and 4 more, remote users"). */
function clockNames(names: readonly string[]): string {
  const sites = names.filter((name) => name !== REMOTE_USERS);
  return [sites.length > 0 ? someNames(sites) : '', names.includes(REMOTE_USERS) ? REMOTE_USERS : ''].filter((t) => t !== '').join(', ');
}

/** True when every clock is UTC: the local time is the UTC time, for everyone served. */
function allOnUtc(clocks: readonly LocalClock[]): boolean {
  return clocks.length === 1 && clocks[0]!.offsetHours === 0;
}

/**
 * The local times of the UTC clock time `utc` for each clock: "09:00 london, dublin;
 * 14:30 bangalore". Empty when there is no clock.
 */
export function localTimesText(utc: string, clocks: readonly LocalClock[]): string {
  const parts = clocks.slice(0, CLOCKS).map((clock) => `${localClock(utc, clock.offsetHours)} ${clockNames(clock.names)}`);
  if (clocks.length > CLOCKS) parts.push(`and ${clocks.length - CLOCKS} more time zones`);
  return parts.join('; ');
}

/** The hour after the clock time `utc` ("09:00" -> "10:00"; "23:00" -> "00:00"). */
export function hourAfter(utc: string): string {
  return clockText((clockSeconds(utc) + 3600) % 86_400);
}

/**
 * The local times of a busy hour, for a sentence or a table cell: as
 * {@link localTimesText}, or "the same local time: london, dublin are all on UTC" when
 * every clock is UTC; empty when the resource serves nobody.
 */
export function localTimesWords(utc: string, clocks: readonly LocalClock[]): string {
  if (!allOnUtc(clocks)) return localTimesText(utc, clocks);
  const names = clocks[0]!.names;
  return `the same local time: ${clockNames(names)} ${names.length === 1 ? 'is' : 'are all'} on UTC`;
}
