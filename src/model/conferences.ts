/**
 * Conferences and Live Meetings (R1) and the escalation of two-party calls into them
 * (R7): who takes part, the negotiation of their legs on the organiser's pool MCU and
 * the relay sessions of external participants (R14), and their seating, all or nothing.
 */
import type { Simulator } from '../kernel/simulator.js';
import type { Uniform } from '../kernel/streams.js';
import { REFUSED_ALTERNATE, REFUSED_AUDIO_RETRY, refusedCall } from '../negotiation/cac.js';
import { negotiate } from '../negotiation/index.js';
import type { Availability, Negotiation, Party } from '../negotiation/index.js';
import { PATH_INDEX } from '../negotiation/paths.js';
import type { Callees } from './callees.js';
import { KIND_CONFERENCE } from './compiled.js';
import type { CompiledWorkload } from './compiled.js';
import { DEPART, eventPayload } from './events.js';
import type { Holdings, SeatedConference } from './holdings.js';
import { packedArray } from './packed.js';
import type { Recorder } from './observations.js';
import type { ReplicationParts } from './parts.js';
import type { ResourceSet } from './resources.js';
import { VIDEO_CALLS, VIDEO_DOWNGRADED } from './two-party.js';

const FAILED_CAC = PATH_INDEX['failed-cac'];

export class Conferences {
  private readonly c: CompiledWorkload;
  private readonly sim: Simulator;
  private readonly res: ResourceSet;
  private readonly holdings: Holdings;
  private readonly callees: Callees;
  private readonly paths: Float64Array;
  private readonly video: Float64Array;
  private readonly recorder: Recorder | null;
  private readonly room: Room;
  /** What CAC decided for the meeting being placed (see {@link reserveLegs}). */
  private alternateLegs = 0;
  private downgradedLegs = 0;
  /** Of the downgraded legs, those that then took the alternate path (an audio-only relay session). */
  private downgradedAlternate = 0;
  /** The locations of the meeting being placed (for its records). */
  private locations = new Int32Array(64);
  /** Scratch participant lists by size (see {@link participantsOf}). */
  private readonly participantsBySize: (Party[] | undefined)[] = [];

  constructor(parts: ReplicationParts) {
    this.c = parts.c;
    this.sim = parts.sim;
    this.res = parts.res;
    this.holdings = parts.holdings;
    this.callees = parts.callees;
    this.paths = parts.paths;
    this.video = parts.video;
    this.recorder = parts.recorder;
    this.room = new Room(parts.res, parts.c.mcuBase);
  }

  /**
   * R1: a conference or Live Meeting arrives, organised by the caller at `loc` on its
   * pool's MCU. Its numbers come from the caller's routing stream `r`, two per invited
   * participant whatever they decide, so the stream stays aligned across scenarios.
   */
  arrive(loc: number, kind: number, holding: number, r: Uniform): void {
    const c = this.c;
    const t = this.sim.now;
    const conference = kind === KIND_CONFERENCE;
    const size = (conference ? c.conferenceSize : c.liveMeetingSize).sample(r);
    const video = r.next() < c.conferenceVideoShare && conference;
    const participants = this.participantsOf(size);
    participants[0] = c.parties[loc]!;
    if (this.locations.length < size) this.locations = new Int32Array(2 * size);
    const locations = this.locations;
    locations[0] = loc;
    const shares = c.participantShares;
    const callees = this.callees;
    callees.beginMeeting();
    for (let k = 1; k < size; k++) {
      const uWhere = r.next();
      const uWho = r.next();
      let who: number;
      if (shares === null) who = callees.participant(loc, t, uWho, false, r);
      // A remote participant when no remote user is left is drawn as an internal one:
      // nobody joins a meeting twice.
      else if (uWhere < shares[0]!) who = callees.remoteLeft(loc) ? callees.count(c.remote) : callees.participant(loc, t, uWho, true, r);
      else if (uWhere < shares[1]!) who = c.federated;
      else if (uWhere < shares[2]!) who = c.anonymous;
      else who = callees.participant(loc, t, uWho, true, r);
      participants[k] = c.parties[who]!;
      locations[k] = who;
    }
    const measuring = this.res.measuring;
    if (video && measuring) this.video[VIDEO_CALLS]!++;
    // R20: CAC first; a leg it refuses may reach the MCU through the Edge (R18 a).
    this.holdings.links?.begin();
    if (!this.reserveLegs(loc, size, video, holding)) {
      if (measuring) this.paths[FAILED_CAC]!++;
      return;
    }
    if (this.downgradedLegs > 0 && measuring) this.video[VIDEO_DOWNGRADED]!++;
    this.room.creditEdge = -1;
    const plan = negotiate({ kind: conference ? 'conference' : 'liveMeeting', participants, alternateLegs: this.alternateLegs }, c.topology, c.network, this.room);
    if (measuring) this.paths[PATH_INDEX[plan.path]]!++;
    if (!this.admit(plan, holding)) {
      this.holdings.links?.begin(); // the legs' reservations are given back at once
      return;
    }
    const calls = this.holdings.calls;
    const i = calls.open();
    calls.caller[i] = loc;
    calls.endsAt[i] = t + holding;
    this.holdings.links?.commit(i, t);
    this.hold(i, plan, video, t);
    this.sim.schedule(t + holding, DEPART, eventPayload(i, DEPART));
    if (this.recorder !== null && this.res.measuring) this.recordLegs(t, t + holding, plan, size, undefined);
  }

  /** Records the legs of a seated meeting: those who joined (R9: without an Edge, outside participants cannot). */
  private recordLegs(start: number, end: number, plan: SeatedConference, size: number, knownUsers: ArrayLike<number> | undefined): void {
    const c = this.c;
    const locations = this.locations;
    let count = size;
    if (plan.refusedParticipants > 0) {
      count = 0;
      for (let k = 0; k < size; k++) if (locations[k]! < c.siteCount) locations[count++] = locations[k]!;
    }
    this.recorder!.conference(start, end, plan.pool, locations, count, PATH_INDEX.mcu, knownUsers);
  }

  /**
   * R7: a third party joins call slot i; the call moves to the organiser's (caller's)
   * pool MCU under R1. The third party is drawn now, by the callee rule at this moment.
   * Its ports or relay session are released and MCU legs taken; an MCU (or Edge) without
   * room refuses: the call stays two-party and the refusal counts.
   */
  escalate(i: number): void {
    const calls = this.holdings.calls;
    const t = this.sim.now;
    if (calls.escalateAt[i] !== t) return; // the slot's call ended; it was reused since
    calls.escalateAt[i] = -1;
    const c = this.c;
    const caller = calls.caller[i]!;
    const fixed = calls.third[i]!;
    const third = fixed >= 0 ? fixed : this.callees.twoParty(caller, t, calls.thirdDraw[i]!);
    const participants = this.participantsOf(3);
    participants[0] = c.parties[caller]!;
    participants[1] = c.parties[calls.callee[i]!]!;
    participants[2] = c.parties[third]!;
    const locations = this.locations;
    locations[0] = caller;
    locations[1] = calls.callee[i]!;
    locations[2] = third;
    const video = calls.video[i] === 1;
    const remaining = calls.endsAt[i]! - t;
    // R17: the call's own reservation is given back on success, so it counts as room.
    const links = this.holdings.links;
    if (links !== null) {
      links.begin();
      links.creditSlot(i);
    }
    if (!this.reserveLegs(caller, 3, video, remaining)) return; // the call stays two-party
    // The call's own relay session is released on success, so it counts as room too.
    this.room.creditEdge = calls.edge[i]!;
    this.room.creditSessions = calls.edgeUnits[i]!;
    const plan = negotiate({ kind: 'conference', participants, alternateLegs: this.alternateLegs }, c.topology, c.network, this.room);
    this.room.creditEdge = -1;
    if (!this.admit(plan, remaining)) {
      links?.begin();
      return;
    }
    this.holdings.release(i, t);
    links?.commit(i, t);
    this.hold(i, plan, video, t);
    const row = calls.recordRow[i]!;
    if (this.recorder !== null && row >= 0) {
      // The two-party call's media ends here; its parties go on as conference legs.
      this.recorder.endAt(row, t);
      const [callerUser, calleeUser] = this.recorder.usersOf(row);
      this.recordLegs(t, calls.endsAt[i]!, plan, 3, [callerUser, calleeUser, -1]);
    }
  }

  /**
   * R16-R19 for a meeting's legs: each participant at one of our sites other than the
   * organiser's pool's reserves its session (audio, and video in a video conference)
   * between its site and the pool's, all or nothing per leg. A refused leg reaches the
   * MCU through the Edge if the regions allow it (R18 a), a refused video leg otherwise
   * drops its video and asks again as audio (R19); a leg with neither fails the meeting
   * (false: nothing is kept). The meeting's participants are {@link locations}, the
   * organiser first; the request (begun by the caller) is left pending, with
   * {@link alternateLegs} and {@link downgradedLegs} set.
   */
  private reserveLegs(organiser: number, size: number, video: boolean, seconds: number): boolean {
    this.alternateLegs = 0;
    this.downgradedLegs = 0;
    this.downgradedAlternate = 0;
    const links = this.holdings.links;
    if (links === null) return true;
    const c = this.c;
    const pool = c.poolOf[organiser]!;
    const site = c.poolSite[pool]!;
    const edge = c.poolEdge[pool]!;
    const locations = this.locations;
    for (let k = 0; k < size; k++) {
      const at = locations[k]!;
      if (at >= c.siteCount || at === site) continue; // not checked: outside our sites, or at the pool's
      if (links.request(at, site, video ? 1 : 0, seconds)) continue;
      const reach = edge >= 0 && c.edgeReach[at] === 1 && c.edgeReach[site] === 1;
      let outcome = refusedCall(c.cac!, at, site, video, reach, false);
      let downgraded = false;
      if (outcome === REFUSED_AUDIO_RETRY) {
        this.downgradedLegs++;
        if (links.request(at, site, 0, seconds)) continue;
        outcome = refusedCall(c.cac!, at, site, false, reach, false);
        downgraded = true;
      }
      if (outcome !== REFUSED_ALTERNATE) {
        links.begin();
        return false;
      }
      this.alternateLegs++;
      if (downgraded) this.downgradedAlternate++;
    }
    links.countAdmitted(seconds);
    return true;
  }

  /** Takes a seated meeting's MCU legs and relay sessions for slot i; a leg CAC dropped to audio carries audio only. */
  private hold(i: number, plan: SeatedConference, video: boolean, t: number): void {
    const c = this.c;
    const legKbps = c.kbps[video ? 1 : 0]!;
    const lessVideo = legKbps - c.kbps[0]!;
    const mcuKbps = plan.legs * legKbps - this.downgradedLegs * lessVideo;
    // Each relay session carries its participant's leg and the Edge's leg to the MCU.
    const edgeKbps = 2 * (plan.edgeSessions * legKbps - this.downgradedAlternate * lessVideo);
    this.holdings.holdConference(i, plan, c.mcuBase + plan.pool, mcuKbps, edgeKbps, t);
  }

  /**
   * A list of n parties to fill in and hand to the core, which reads it during the call
   * only. One per size, made once: emptying and refilling one list (`length = 0`, push)
   * gave back its storage and allocated it again for every conference.
   */
  private participantsOf(n: number): Party[] {
    let list = this.participantsBySize[n];
    if (list === undefined) this.participantsBySize[n] = list = packedArray(n, () => this.c.parties[0]!);
    return list;
  }

  /** Counts a conference negotiation, held for `seconds`, on its resources; true when it was seated. */
  private admit(plan: Negotiation, seconds: number): plan is SeatedConference {
    const res = this.res;
    if (!plan.ok) {
      // The refusing resource counts the whole request it could not seat.
      if (plan.reason === 'capacity') res.tally(this.c.resourceIndex.get(plan.resource!)!, plan.units!, false, seconds);
      return false;
    }
    if (plan.path !== 'mcu') return false;
    res.tally(this.c.mcuBase + plan.pool, plan.legs, true, seconds);
    if (plan.edgeSessions > 0) res.tally(plan.edge, plan.edgeSessions, true, seconds);
    return true;
  }
}

/**
 * What a conference may take, as the negotiation core asks it (Availability), read from
 * the replication's resources. A class, so every replication's room has the same methods
 * (closures made per replication would deoptimise the core's inlined calls each time).
 * `creditEdge`/`creditSessions`: an escalating call's own relay sessions, released when
 * it succeeds, count as room on its Edge.
 */
class Room implements Availability {
  creditEdge = -1;
  creditSessions = 0;

  constructor(
    private readonly res: ResourceSet,
    private readonly mcuBase: number,
  ) {}

  portRoom(): boolean {
    return true;
  }

  edgeRoom(edge: number, sessions: number): boolean {
    return this.res.fits(edge, sessions - (edge === this.creditEdge ? this.creditSessions : 0));
  }

  mcuRoom(pool: number, legs: number): boolean {
    return this.res.fits(this.mcuBase + pool, legs);
  }
}
