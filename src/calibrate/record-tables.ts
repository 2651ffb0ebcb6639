/**
 * The tables a calibration pass fills, one record at a time: everything the fits and the
 * `avsim fit` comparison need, and nothing per record. Memory is bounded by the tables
 * themselves (counters per location x kind x UTC quarter hour, three log histograms, the
 * set of distinct user ids per location, counts and holding seconds by arrival hour per
 * location pair and path) plus the conferences still open.
 *
 * Attribution rules (the workload's model places every call with one of our users):
 * - a two-party call counts for its caller's location; when the caller is federated (or
 *   anonymous), for its internal party's location instead; a call with none of our users
 *   is not attributed;
 * - a conference counts once, at its first leg's start, for its organiser's location
 *   (conference-tracker.ts `organiserOf`).
 */
import { addToLogHistogram, createLogHistogram } from '../stats/log-histogram.js';
import type { LogHistogram } from '../stats/log-histogram.js';
import { addLeg, closeEnded, organiserOf } from './conference-tracker.js';
import type { ConferenceTracker, OpenConference } from './conference-tracker.js';
import { POOL_PREFIX, RECORD_PATHS, isOwnLocation, isSite } from './media-record.js';
import type { MediaRecord } from './media-record.js';

/** Counters are kept per UTC quarter hour of the day, so that every real UTC offset maps exactly. */
export const SLOTS_PER_DAY = 96;
/** Seconds in one slot (900). */
export const SLOT_SECONDS = 86400 / SLOTS_PER_DAY;

/** The fitted kinds, in counter order: the workload's names for `audio`, `video`, `conference`. */
export const FIT_KINDS = ['peerAudio', 'peerVideo', 'conference'] as const;
/** A fitted kind. */
export type FitKind = (typeof FIT_KINDS)[number];
const KIND_OF = { audio: 0, video: 1, conference: 2 } as const;

/** Streaming sums of one kind's holding times. */
export interface HoldingSums {
  /** Positive durations. */
  count: number;
  sum: number;
  /** Welford moments of ln(duration). */
  logMean: number;
  logM2: number;
  /** Zero-length records: counted in the rates, left out of the holding fits (no logarithm). */
  zero: number;
  readonly histogram: LogHistogram;
}

/** What is counted per location of our own users (a site or `remote`). */
export interface LocationTable {
  readonly name: string;
  /** Calls attributed here, index `kind * SLOTS_PER_DAY + UTC slot` (kinds in {@link FIT_KINDS} order). */
  readonly calls: Float64Array;
  /** Distinct ids seen here as caller, callee or participant. */
  readonly users: Set<string>;
  /** Two-party calls of an internal party at this site, and those whose other party was federated. */
  federatedTrials: number;
  federatedHits: number;
  /** Two-party calls placed from here to one of our locations (not federated): by UTC slot. */
  readonly affinitySlots: Float64Array;
  /** The same calls by callee location index (sparse: unset is 0). */
  readonly affinityTo: number[];
}

/** Calls and overlap between one (caller location, callee location) pair, per path. */
export interface PairTable {
  readonly callerLocation: string;
  /** A location, or `pool:<name>` for conference legs. */
  readonly calleeLocation: string;
  /** Records by path, in `RECORD_PATHS` order. */
  readonly counts: Float64Array;
  /** Holding seconds of the records starting in each absolute UTC hour (`floor(start / 3600)`), per path. */
  readonly hourSeconds: Map<number, Float64Array>;
}

/** Every table of a pass. Mutable while filled; read-only to the fits. */
export interface RecordTables {
  readonly locations: LocationTable[];
  readonly locationIndex: Map<string, number>;
  readonly pools: Set<string>;
  /** By kind, in {@link FIT_KINDS} order. */
  readonly holding: readonly HoldingSums[];
  /** Conferences by number of distinct participants. */
  readonly conferenceSizes: Map<number, number>;
  /** Non-organiser participants, and how many were remote, federated, anonymous. */
  readonly participants: { total: number; remote: number; federated: number; anonymous: number };
  readonly pairs: Map<string, PairTable>;
  records: number;
  twoParty: number;
  legs: number;
  conferences: number;
  unattributedCalls: number;
  unattributedConferences: number;
  /** Whether any record took an Edge path. */
  relayed: boolean;
  firstStart: number;
  lastStart: number;
  readonly open: ConferenceTracker;
  /** Close conferences by time while rows arrive in start order. */
  readonly closeByTime: boolean;
  /** Rows have arrived in start order so far. */
  sorted: boolean;
  /** Set when a row came out of order after conferences had been closed: read again without closing. */
  needsUnsortedPass: boolean;
  closedByTime: number;
  rowsSinceSweep: number;
}

/** Rows between two sweeps of the open conferences (a sweep costs one look at each). */
const SWEEP_EVERY = 1024;

/**
 * Empty tables.
 *
 * @param closeByTime - Close conferences as soon as a later row starts after their last
 *   leg ends (valid for a file sorted by start). @default true
 */
export function createRecordTables(closeByTime = true): RecordTables {
  const holding = (): HoldingSums => ({ count: 0, sum: 0, logMean: 0, logM2: 0, zero: 0, histogram: createLogHistogram() });
  return {
    locations: [], locationIndex: new Map(), pools: new Set(), holding: [holding(), holding(), holding()],
    conferenceSizes: new Map(), participants: { total: 0, remote: 0, federated: 0, anonymous: 0 }, pairs: new Map(),
    records: 0, twoParty: 0, legs: 0, conferences: 0, unattributedCalls: 0, unattributedConferences: 0, relayed: false,
    firstStart: Number.POSITIVE_INFINITY, lastStart: Number.NEGATIVE_INFINITY, open: new Map(), closeByTime,
    sorted: true, needsUnsortedPass: false, closedByTime: 0, rowsSinceSweep: 0,
  };
}

/** A location's table with nothing counted (for a base site the records never name). */
export function emptyLocationTable(name: string): LocationTable {
  return {
    name, calls: new Float64Array(3 * SLOTS_PER_DAY), users: new Set(), federatedTrials: 0, federatedHits: 0,
    affinitySlots: new Float64Array(SLOTS_PER_DAY), affinityTo: [],
  };
}

/** The table of a location, created on first sight. */
export function locationTable(tables: RecordTables, name: string): LocationTable {
  const i = tables.locationIndex.get(name);
  if (i !== undefined) return tables.locations[i]!;
  const table = emptyLocationTable(name);
  tables.locationIndex.set(name, tables.locations.length);
  tables.locations.push(table);
  return table;
}

const slotOf = (t: number): number => Math.floor((((t % 86400) + 86400) % 86400) / SLOT_SECONDS);

function addHolding(sums: HoldingSums, duration: number): void {
  if (!(duration > 0)) {
    sums.zero++;
    return;
  }
  sums.count++;
  sums.sum += duration;
  const x = Math.log(duration);
  const delta = x - sums.logMean;
  sums.logMean += delta / sums.count;
  sums.logM2 += delta * (x - sums.logMean);
  addToLogHistogram(sums.histogram, duration);
}

const PATH_INDEX: Readonly<Record<string, number>> = Object.fromEntries(RECORD_PATHS.map((p, i) => [p, i]));

function addToPair(tables: RecordTables, record: MediaRecord): void {
  const key = `${record.callerLocation}\u0000${record.calleeLocation}`;
  let pair = tables.pairs.get(key);
  if (pair === undefined) {
    pair = { callerLocation: record.callerLocation, calleeLocation: record.calleeLocation, counts: new Float64Array(4), hourSeconds: new Map() };
    tables.pairs.set(key, pair);
  }
  const p = PATH_INDEX[record.path]!;
  pair.counts[p]! += 1;
  // Offered load as the simulator measures it (WORKLOAD.md, busy hour): a request counts
  // in the hour it arrives, for its whole holding time.
  const h = Math.floor(record.start / 3600);
  let seconds = pair.hourSeconds.get(h);
  if (seconds === undefined) {
    seconds = new Float64Array(4);
    pair.hourSeconds.set(h, seconds);
  }
  seconds[p]! += record.end - record.start;
}

function addTwoParty(tables: RecordTables, r: MediaRecord): void {
  tables.twoParty++;
  const callerOwn = isOwnLocation(r.callerLocation);
  const calleeOwn = isOwnLocation(r.calleeLocation);
  const slot = slotOf(r.start);
  const caller = callerOwn ? locationTable(tables, r.callerLocation) : undefined;
  const callee = calleeOwn ? locationTable(tables, r.calleeLocation) : undefined;
  caller?.users.add(r.caller);
  callee?.users.add(r.callee);
  // A federated caller's call is placed, in the model, by its internal party (R12).
  const party = caller ?? callee;
  const other = caller !== undefined ? r.calleeLocation : r.callerLocation;
  if (party === undefined) tables.unattributedCalls++;
  else {
    party.calls[KIND_OF[r.kind] * SLOTS_PER_DAY + slot]! += 1;
    if (isSite(party.name)) {
      party.federatedTrials++;
      if (other === 'federated') party.federatedHits++;
    }
  }
  if (caller !== undefined && callee !== undefined) {
    caller.affinitySlots[slot]! += 1;
    const d = tables.locationIndex.get(r.calleeLocation)!;
    caller.affinityTo[d] = (caller.affinityTo[d] ?? 0) + 1;
  }
  addHolding(tables.holding[KIND_OF[r.kind]]!, r.end - r.start);
}

/** Counts a complete conference: its size, its guests, its organiser's call, its duration. */
function commitConference(tables: RecordTables, conference: OpenConference): void {
  tables.conferences++;
  const size = conference.participants.size;
  tables.conferenceSizes.set(size, (tables.conferenceSizes.get(size) ?? 0) + 1);
  const organiser = organiserOf(conference, isOwnLocation);
  if (organiser === undefined) tables.unattributedConferences++;
  else locationTable(tables, organiser.location).calls[2 * SLOTS_PER_DAY + slotOf(conference.firstStart)]! += 1;
  const shares = tables.participants;
  for (const [id, p] of conference.participants) {
    if (id === organiser?.id) continue;
    shares.total++;
    if (p.location === 'remote') shares.remote++;
    else if (p.location === 'federated') shares.federated++;
    else if (p.location === 'anonymous') shares.anonymous++;
  }
  addHolding(tables.holding[2]!, conference.latestEnd - conference.firstStart);
}

/**
 * Adds one record.
 *
 * @returns `false` when the pass must stop: a row arrived out of start order after
 *   conferences had been closed by time (`needsUnsortedPass` is then set).
 */
export function addRecord(tables: RecordTables, r: MediaRecord): boolean {
  if (r.start < tables.lastStart && tables.sorted) {
    tables.sorted = false;
    if (tables.closedByTime > 0) {
      tables.needsUnsortedPass = true;
      return false;
    }
  }
  tables.records++;
  if (r.start < tables.firstStart) tables.firstStart = r.start;
  if (r.start > tables.lastStart) tables.lastStart = r.start;
  if (r.path === 'edge-udp' || r.path === 'edge-tcp') tables.relayed = true;
  addToPair(tables, r);
  if (r.kind !== 'conference') {
    addTwoParty(tables, r);
  } else {
    tables.legs++;
    const pool = r.calleeLocation.slice(POOL_PREFIX.length);
    tables.pools.add(pool);
    if (isOwnLocation(r.callerLocation)) locationTable(tables, r.callerLocation).users.add(r.caller);
    addLeg(tables.open, r.conferenceId, pool, r.caller, r.callerLocation, r.start, r.end);
  }
  if (tables.closeByTime && tables.sorted && ++tables.rowsSinceSweep >= SWEEP_EVERY) {
    tables.rowsSinceSweep = 0;
    for (const conference of closeEnded(tables.open, r.start)) {
      tables.closedByTime++;
      commitConference(tables, conference);
    }
  }
  return true;
}

/** Closes every conference still open (end of input). The tables are then complete. */
export function finishTables(tables: RecordTables): RecordTables {
  for (const conference of tables.open.values()) commitConference(tables, conference);
  tables.open.clear();
  return tables;
}
