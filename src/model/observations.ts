/**
 * What a replication can observe beside its statistics, when asked (a job's `observe`):
 * - **records**: one row per two-party call and per conference leg, as a Monitoring
 *   Server would record them (docs/calibrate.md's CSV), so that `avsim calibrate` and
 *   `avsim fit` can be tested on data whose truth is known;
 * - **pair paths**: calls by (caller location, callee location) and path, for `avsim fit`.
 *
 * Both only count calls that arrive in the measured window, and neither draws from the
 * simulation's streams: users' ids come from a stream of their own, so observing a run
 * changes none of its results. Records are columns of numbers, turned into text on the
 * main thread (results/records-csv.ts).
 */
import { createStream } from '../kernel/streams.js';
import type { Uniform } from '../kernel/streams.js';

import {
  CALLEE_LOCATION,
  CALLEE_USER,
  CALLER_LOCATION,
  CALLER_USER,
  CONFERENCE,
  END,
  KIND,
  PATH,
  RECORD_AUDIO,
  RECORD_COLUMNS,
  RECORD_CONFERENCE,
  RECORD_VIDEO,
  START,
} from '../results/record-layout.js';

/** What a replication is asked to observe. */
export interface Observe {
  readonly records?: boolean;
  readonly pairPaths?: boolean;
}

/**
 * The records of one replication, row after row ({@link RECORD_COLUMNS} numbers each):
 * simulated start and end, kind, conference number, caller (location, user), callee
 * (location, user; for a leg the pool as -1 - pool and user -1), path index.
 */
export class Recorder {
  private rows = new Float64Array(1024 * RECORD_COLUMNS);
  private count = 0;
  private conferences = 0;
  private outsiders = 0;
  private readonly ids: Uniform;
  /** Users already in the meeting being recorded: location * 2^32 + user. */
  private readonly inMeeting = new Set<number>();

  constructor(
    seed: number,
    replication: number,
    /** Users per location (sites, remote); locations beyond are outsiders (federated, anonymous). */
    private readonly users: Float64Array,
  ) {
    this.ids = createStream(seed, replication, 'record-ids');
  }

  /** A user of location `loc`: one of its users, or a new outsider (federated, anonymous). */
  user(loc: number): number {
    const users = this.users[loc];
    if (users === undefined) return this.outsiders++;
    return Math.floor(this.ids.next() * users);
  }

  /** A user of `loc` not yet in the meeting being recorded (while one is left). */
  private meetingUser(loc: number): number {
    const users = this.users[loc];
    if (users === undefined) return this.outsiders++;
    for (let tries = 0; tries < 64; tries++) {
      const user = Math.floor(this.ids.next() * users);
      const key = loc * 4294967296 + user;
      if (!this.inMeeting.has(key) || this.inMeeting.size >= users) {
        this.inMeeting.add(key);
        return user;
      }
    }
    return Math.floor(this.ids.next() * users);
  }

  /** Records a two-party call; returns its row, for {@link endAt}. */
  twoParty(start: number, end: number, video: boolean, callerLoc: number, callerUser: number, calleeLoc: number, path: number): number {
    const row = this.open();
    const r = this.rows;
    const at = row * RECORD_COLUMNS;
    r[at + START] = start;
    r[at + END] = end;
    r[at + KIND] = video ? RECORD_VIDEO : RECORD_AUDIO;
    r[at + CONFERENCE] = -1;
    r[at + CALLER_LOCATION] = callerLoc;
    r[at + CALLER_USER] = callerUser;
    r[at + CALLEE_LOCATION] = calleeLoc;
    r[at + CALLEE_USER] = this.user(calleeLoc);
    r[at + PATH] = path;
    return row;
  }

  /** A recorded call's media ends early (it escalated to the MCU at `t`, R7). */
  endAt(row: number, t: number): void {
    this.rows[row * RECORD_COLUMNS + END] = t;
  }

  /**
   * Records a conference's legs: one per participant, all over [start, end], on `pool`.
   * `organiserUser` is the organiser's id when it is already known (an escalated call's
   * caller), else -1; `knownUsers` likewise for the participants after it.
   */
  conference(start: number, end: number, pool: number, locations: ArrayLike<number>, count: number, path: number, knownUsers?: ArrayLike<number>): void {
    const id = this.conferences++;
    this.inMeeting.clear();
    for (let k = 0; k < count; k++) {
      const loc = locations[k]!;
      const known = knownUsers?.[k];
      const user = known !== undefined && known >= 0 ? known : this.meetingUser(loc);
      if (known !== undefined && known >= 0 && this.users[loc] !== undefined) this.inMeeting.add(loc * 4294967296 + known);
      const row = this.open();
      const r = this.rows;
      const at = row * RECORD_COLUMNS;
      r[at + START] = start;
      r[at + END] = end;
      r[at + KIND] = RECORD_CONFERENCE;
      r[at + CONFERENCE] = id;
      r[at + CALLER_LOCATION] = loc;
      r[at + CALLER_USER] = user;
      r[at + CALLEE_LOCATION] = -1 - pool;
      r[at + CALLEE_USER] = -1;
      r[at + PATH] = path;
    }
  }

  /** The caller's and callee's users of a recorded row (for an escalation's legs). */
  usersOf(row: number): [number, number] {
    const at = row * RECORD_COLUMNS;
    return [this.rows[at + CALLER_USER]!, this.rows[at + CALLEE_USER]!];
  }

  /** The rows recorded, as one array (a copy of the part in use). */
  finish(): Float64Array {
    return this.rows.slice(0, this.count * RECORD_COLUMNS);
  }

  private open(): number {
    if ((this.count + 1) * RECORD_COLUMNS > this.rows.length) {
      const grown = new Float64Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    return this.count++;
  }
}

/** Calls by (caller location, callee location) and path; only pairs that call are kept. */
export class PairPaths {
  private readonly counts = new Map<number, Float64Array>();

  constructor(
    private readonly locations: number,
    private readonly paths: number,
  ) {}

  add(caller: number, callee: number, path: number): void {
    const key = caller * this.locations + callee;
    let row = this.counts.get(key);
    if (row === undefined) this.counts.set(key, (row = new Float64Array(this.paths)));
    row[path]!++;
  }

  /** [caller, callee, count of path 0, count of path 1, ...] per pair, pairs in key order. */
  finish(): Float64Array {
    const keys = [...this.counts.keys()].sort((a, b) => a - b);
    const out = new Float64Array(keys.length * (2 + this.paths));
    keys.forEach((key, k) => {
      const at = k * (2 + this.paths);
      out[at] = Math.floor(key / this.locations);
      out[at + 1] = key % this.locations;
      out.set(this.counts.get(key)!, at + 2);
    });
    return out;
  }
}
