/**
 * Who answers, for one replication: the compiled {@link CalleeTables} read at the day
 * segment in force now (kept up to date as simulated time moves on, which it only ever
 * does forward), and the state of the meeting being drawn, so that nobody joins it twice.
 */
import { corrections } from './callee-tables.js';
import type { CalleeTables, Corrections } from './callee-tables.js';
import type { Uniform } from '../kernel/streams.js';
import type { CompiledWorkload } from './compiled.js';

/** Refused draws of one participant before the exact inversion decides (see {@link Callees.participant}). */
export const MAX_REJECTIONS = 16;

export class Callees {
  private readonly tables: CalleeTables;
  private readonly originUtc: number;
  /** The segment in force over simulated times [segmentStart, segmentEnd). */
  private segment = 0;
  private readonly bounds = new Float64Array(2);
  /** The meeting being drawn: participants taken per location (counts in `value`). */
  private readonly taken: Corrections;
  private readonly scratch: Corrections;

  constructor(c: CompiledWorkload) {
    this.tables = c.callees;
    this.originUtc = c.originUtc;
    const room = c.siteCount + 2 + c.conferenceSize.max + c.liveMeetingSize.max;
    this.taken = corrections(room);
    this.scratch = corrections(2 * room + c.workload.traffic.affinity.length);
    this.locate(0);
  }

  /** The callee of a two-party call from `caller` at time t (or of an escalation's third party), from one uniform. */
  twoParty(caller: number, t: number, u: number): number {
    const d = this.tables.pickTwoParty(caller, this.segmentAt(t), u);
    // Every candidate weighs 0 (say, everyone else is asleep): the caller's own location.
    return d >= 0 ? d : caller;
  }

  /** Starts drawing the participants of a new meeting. */
  beginMeeting(): void {
    this.taken.length = 0;
  }

  /**
   * One invited participant of the meeting organised at `organiser`, at time t: among
   * the users not yet in it (site users only when `internalOnly`, unless none is left).
   * When the clock leaves nobody, the draw falls back to population alone; a location
   * repeats only when nobody at all is left.
   *
   * Drawn by rejection from the two-party rule, which weighs the same but for those
   * already taken (and the remote users, when internal only): a location is kept with
   * probability (its users not yet in the meeting) / (its users), so most draws cost one
   * uniform and no more, and the result is exact. Extra uniforms, when needed, come from
   * `r`, and depend only on who is drawn, never on the network or capacity. After
   * {@link MAX_REJECTIONS} refusals (a meeting that has used up most of its candidates),
   * the exact inversion with every correction decides.
   */
  participant(organiser: number, t: number, u: number, internalOnly: boolean, r: Uniform): number {
    const tables = this.tables;
    const seg = this.segmentAt(t);
    const remote = tables.locations - 1;
    for (let tries = 0; tries < MAX_REJECTIONS; tries++) {
      const d = tables.pickTwoParty(organiser, seg, u);
      if (d < 0) break;
      const users = tables.usersAt(d) - (d === organiser ? 1 : 0);
      const left = internalOnly && d === remote ? 0 : users - this.takenAt(d);
      if (left >= users || (left > 0 && r.next() * users < left)) {
        this.take(d);
        return d;
      }
      u = r.next();
    }
    let d = tables.pickParticipant(organiser, seg, u, this.taken, internalOnly, this.scratch, false);
    if (d < 0) d = tables.pickParticipant(organiser, 0, u, this.taken, internalOnly, this.scratch, true);
    // Every site user is in the meeting already: a remote user, if one is left.
    if (d < 0 && internalOnly) d = tables.pickParticipant(organiser, 0, u, this.taken, false, this.scratch, true);
    if (d < 0) d = organiser; // nobody left at all (a meeting larger than the users: warned of)
    this.take(d);
    return d;
  }

  /** Whether a remote user not yet in the meeting is left (the organiser, if remote, is in it). */
  remoteLeft(organiser: number): boolean {
    const remote = this.tables.locations - 1;
    return this.tables.usersAt(remote) - (organiser === remote ? 1 : 0) - this.takenAt(remote) > 0;
  }

  /** Participants from location d already in the meeting being drawn. */
  private takenAt(d: number): number {
    const taken = this.taken;
    for (let k = 0; k < taken.length; k++) if (taken.at[k] === d) return taken.value[k]!;
    return 0;
  }

  /** Counts one more participant from location d in the meeting being drawn (sorted insertion); returns d. */
  count(d: number): number {
    this.take(d);
    return d;
  }

  private take(d: number): void {
    const taken = this.taken;
    let k = 0;
    while (k < taken.length && taken.at[k]! < d) k++;
    if (k < taken.length && taken.at[k] === d) {
      taken.value[k]!++;
      return;
    }
    for (let j = taken.length; j > k; j--) {
      taken.at[j] = taken.at[j - 1]!;
      taken.value[j] = taken.value[j - 1]!;
    }
    taken.at[k] = d;
    taken.value[k] = 1;
    taken.length++;
  }

  /** The segment in force at simulated time t (never earlier than the last asked). */
  private segmentAt(t: number): number {
    const bounds = this.bounds;
    if (t >= bounds[1]!) {
      if (t - bounds[1]! < 86400) {
        const step = this.tables.segmentSeconds;
        const segments = this.tables.segments;
        while (t >= bounds[1]!) {
          bounds[0] = bounds[1]!;
          bounds[1] = bounds[1]! + step;
          this.segment = this.segment + 1 === segments ? 0 : this.segment + 1;
        }
      } else {
        this.locate(t);
      }
    }
    return this.segment;
  }

  /** Finds the segment in force at time t from scratch. */
  private locate(t: number): void {
    const step = this.tables.segmentSeconds;
    const tod = (((this.originUtc + t) % 86400) + 86400) % 86400;
    this.segment = this.tables.segmentOf(tod);
    const start = t - (tod - this.segment * step);
    this.bounds[0] = start;
    this.bounds[1] = start + step;
  }
}
