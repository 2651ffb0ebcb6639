/**
 * One replication: arrivals -> negotiate -> hold -> release, with escalation (R7).
 *
 * A pure function of (workload, scenario index, replication index, seed): every random
 * number comes from streams seeded by a hash of (seed, replication, stream name), and
 * events tie-break by (time, priority, sequence). Each caller location has its own
 * arrival, holding-time and routing streams, and a call always consumes the same count
 * of numbers from them whatever happens to it, so scenarios see the same calls
 * (common random numbers).
 */
import type { HourlyPoissonArrivals } from '../kernel/arrivals.js';
import { Simulator } from '../kernel/simulator.js';
import type { EventHandler } from '../kernel/simulator.js';
import { createStream } from '../kernel/streams.js';
import type { Uniform } from '../kernel/streams.js';
import type { Sampler } from '../kernel/distributions.js';
import { negotiate } from '../negotiation/index.js';
import type { Availability, Negotiation, Party } from '../negotiation/index.js';
import { PATH_INDEX, PATHS } from '../stats/types.js';
import type { ReplicationResult } from '../stats/types.js';
import type { Workload } from '../workload/schema.js';
import { CallTable } from './call-table.js';
import { KIND_CONFERENCE, KIND_VIDEO, compileWorkload } from './compiled.js';
import type { CompiledWorkload } from './compiled.js';
import { entryEdge, entryPath } from './plan-table.js';
import { packedArray } from './packed.js';
import { ResourceSet } from './resources.js';

/** One job: a scenario's workload and a replication index. Plain data (structured-clone safe). */
export interface ReplicationJob {
  /** The scenario's workload, validated (scenario patch already applied). */
  readonly workload: Workload;
  readonly scenario: number;
  readonly replication: number;
  /** The run's seed (`--seed`, else the workload's). */
  readonly seed: number;
  /**
   * Names the workload's compilation ({@link workloadKey}), so that a worker compiles
   * each scenario once, not once per replication. Never changes a result.
   */
  readonly compileKey?: string;
}

// Slots of Replication.media.
const MEDIA_LAST = 0;
const MEDIA_DIRECT = 1;
const MEDIA_RELAYED = 2;

// Slots of Replication.drawn.
const DRAWN_HOLDING = 0;
const DRAWN_ESCALATE_AT = 1;

// Event payload: (index << 2) | type. Priorities break ties at equal times: ticks first
// (so a window boundary sees the state before any event at that instant), then
// departures (a freed session can serve an arrival at the same instant), escalations.
// Arrivals are not in the heap: they are the simulator's source, which runs after every
// heap event at the same time, as if it had the lowest priority.
const TICK = 0;
const DEPART = 1;
const ESCALATE = 2;

const P2P = PATH_INDEX['p2p'];
const EDGE_UDP = PATH_INDEX['edge-udp'];
const EDGE_TCP = PATH_INDEX['edge-tcp'];
const BLOCKED = PATH_INDEX['blocked-capacity'];

/**
 * The replication that ran last in this thread, kept until the next one replaces it. V8
 * holds an object's hidden class (past the first) only through the objects that have it,
 * so a full GC between two replications, when none is alive, collects the hidden classes
 * of the replication, its simulator, resources and streams, and every function optimised
 * against them is deoptimised and compiled again (about 40 per full GC, per worker).
 * Keeping one replication alive keeps them all.
 */
let lastReplication: Replication | undefined;

/** Runs one replication; `compiled` may be passed to reuse a compilation of the same workload. */
export function runReplication(job: ReplicationJob, compiled: CompiledWorkload = compileWorkload(job.workload)): ReplicationResult {
  const replication = new Replication(compiled, job);
  lastReplication = replication;
  return replication.run();
}

class Replication implements EventHandler {
  private readonly sim: Simulator;
  private readonly res: ResourceSet;
  private readonly calls = new CallTable();
  private readonly arrivals: (HourlyPoissonArrivals | null)[];
  /**
   * Each location's next arrival time (`Infinity`: none before the window ends). They
   * feed the simulator's source (outside the heap); `arrivalLoc` holds the earliest.
   */
  private readonly arrivalTimes: Float64Array;
  private arrivalLoc = -1;
  private readonly arrivalRng: (Uniform | null)[];
  private readonly holdingRng: (Uniform | null)[];
  private readonly holding: Sampler[];
  private readonly routingRng: (Uniform | null)[];
  private readonly escalationRng: (Uniform | null)[];
  private readonly paths = new Float64Array(PATHS.length);
  /** Scratch participant lists by size (see {@link participantsOf}). */
  private readonly participantsBySize: (Party[] | undefined)[] = [];
  private readonly room: Room;
  private qosDirect = 0;
  private qosRelayed = 0;
  /**
   * R11 accumulators: [time of the last accrual, party-seconds of media that kept QoS,
   * party-seconds across the Edge]. In a typed array because, as fields, they would
   * start as the integer 0 and change representation at their first fraction, which
   * retires the replication's hidden class and, one replication later, deoptimises all
   * the code optimised against it.
   */
  private readonly media = new Float64Array(3);
  /** A two-party call's holding time and escalation point, from {@link arrive} to {@link placeTwoParty}. */
  private readonly drawn = new Float64Array(2);
  private callsSimulated = 0;

  constructor(
    private readonly c: CompiledWorkload,
    private readonly job: ReplicationJob,
  ) {
    this.sim = new Simulator(this, 1024);
    const buckets = c.bucketEdges.length - 1;
    this.res = new ResourceSet(c.resources, buckets, c.hours);
    const names = c.workload.deployment.sites.map((s) => s.name).concat('~remote');
    const stream = (kind: string, loc: number): Uniform | null =>
      c.arrivals[loc] === null ? null : createStream(job.seed, job.replication, `${kind}:${names[loc]}`);
    // Built with packedArray, not map: see packed.ts for the deoptimisations map caused.
    const locations = names.length;
    this.arrivals = packedArray(locations, (loc) => c.arrivals[loc]?.fresh() ?? null);
    this.arrivalTimes = new Float64Array(locations).fill(Infinity);
    this.arrivalRng = packedArray(locations, (loc) => stream('arrivals', loc));
    this.holdingRng = packedArray(locations, (loc) => stream('holding', loc));
    this.routingRng = packedArray(locations, (loc) => stream('routing', loc));
    this.escalationRng = packedArray(locations, (loc) => stream('escalation', loc));
    this.holding = packedArray(locations, () => c.createHolding());

    this.room = new Room(this.res, c.mcuBase);
  }

  run(): ReplicationResult {
    const c = this.c;
    const sim = this.sim;
    for (let loc = 0; loc < this.arrivals.length; loc++) this.drawArrival(loc, 0);
    this.earliestArrival();
    sim.schedule(this.c.tickTimes[0]!, 0, (0 << 2) | TICK);
    sim.run(c.windowEnd);
    this.accrueQos(c.windowEnd);
    return {
      scenario: this.job.scenario,
      replication: this.job.replication,
      windowSeconds: c.windowEnd - c.windowStart,
      bucketEdges: c.bucketEdges.slice(),
      resources: this.res.finish(c.windowEnd),
      paths: this.paths,
      mediaMinutesDirect: this.media[MEDIA_DIRECT]! / 60,
      mediaMinutesRelayed: this.media[MEDIA_RELAYED]! / 60,
      signallingConnections: c.workload.deployment.remote.users,
      callsSimulated: this.callsSimulated,
      events: sim.steps,
    };
  }

  /** The simulator's heap events (EventHandler): departures, escalations, ticks. */
  dispatch(payload: number): void {
    const index = payload >> 2;
    switch (payload & 3) {
      case DEPART:
        this.depart(index);
        break;
      case ESCALATE:
        this.escalate(index);
        break;
      default:
        this.tick(index);
    }
  }

  /** Draws location loc's next arrival after time `after` (`Infinity` past the window). */
  private drawArrival(loc: number, after: number): void {
    const process = this.arrivals[loc];
    if (!process) return;
    const t = process.next(after, this.arrivalRng[loc]!);
    this.arrivalTimes[loc] = t < this.c.windowEnd ? t : Infinity;
  }

  /** Points the simulator's source at the earliest pending arrival (the lowest location on a tie). */
  private earliestArrival(): void {
    const times = this.arrivalTimes;
    let loc = 0;
    for (let k = 1; k < times.length; k++) if (times[k]! < times[loc]!) loc = k;
    this.arrivalLoc = loc;
    this.sim.sourceTime = times[loc]!;
  }

  /** The simulator's source (EventHandler): the earliest location's call arrives; its next one is drawn first. */
  source(): void {
    const loc = this.arrivalLoc;
    this.drawArrival(loc, this.sim.now);
    this.earliestArrival();
    this.arrive(loc);
  }

  private tick(index: number): void {
    const t = this.sim.now;
    const kinds = this.c.tickKinds[index]!;
    if (kinds & 1) {
      this.accrueQos(t);
      this.res.startWindow(t);
    }
    if (kinds & 2) this.res.nextBucket(t);
    if (kinds & 4) this.res.nextHour(t);
    if (index + 1 < this.c.tickTimes.length) this.sim.schedule(this.c.tickTimes[index + 1]!, 0, ((index + 1) << 2) | TICK);
  }

  /** R11: party-seconds of media that kept QoS and that crossed the Edge, inside the window. */
  private accrueQos(t: number): void {
    if (this.res.measuring) {
      const media = this.media;
      const dt = t - media[MEDIA_LAST]!;
      media[MEDIA_DIRECT]! += this.qosDirect * dt;
      media[MEDIA_RELAYED]! += this.qosRelayed * dt;
    }
    this.media[MEDIA_LAST] = t;
  }

  /** Another user, by population (the caller excluded); locations 0..S. */
  private pickCallee(caller: number, u: number): number {
    const L = this.c.siteCount + 1;
    const cdf = this.c.calleeCdf;
    const base = caller * L;
    let d = 0;
    while (d < L - 1 && u >= cdf[base + d]!) d++;
    return d;
  }

  private arrive(loc: number): void {
    const c = this.c;
    const t = this.sim.now;
    this.callsSimulated++;
    const measured = this.res.measuring;
    // Which numbers a call draws depends only on who it is (kind, caller, callee by
    // population), never on the network or capacity, so scenarios that differ in those
    // see the same calls, number for number (common random numbers). Escalation details
    // come from a stream of their own, drawn only by escalating calls.
    const r = this.routingRng[loc]!;
    const uKind = r.next();
    const uCallee = r.next();
    const holding = this.holding[loc]!.sample(this.holdingRng[loc]!);
    let kind = 0;
    while (uKind >= c.kindCdf[kind]! && kind < 3) kind++;
    if (kind >= KIND_CONFERENCE) {
      this.arriveConference(loc, kind, holding, r, measured);
      return;
    }
    const internal = loc < c.siteCount;
    let callee = this.pickCallee(loc, uCallee);
    let bothPolicy = 0;
    let nat = 0;
    // One draw decides R12 (federated callee) for an internal caller and R6 (NATs defeat
    // peer-to-peer) for two remote users, on a path every caller takes: optimised code
    // has then seen it long before the rarer remote pair comes, and does not deoptimise.
    const share = internal ? c.federatedShare : c.natFailureShare;
    const hit = (internal || callee === c.remote) && r.next() < share;
    if (internal) {
      const federated = hit; // R12
      if (callee < c.siteCount) {
        // C2: the narrowed range is in force only when both clients carry the policy.
        const callerHas = r.next() < c.policyShare[loc]!;
        const calleeHas = r.next() < c.policyShare[callee]!;
        bothPolicy = callerHas && calleeHas ? 1 : 0;
      }
      if (federated) {
        callee = c.federated;
        bothPolicy = 0;
      }
    } else if (callee === c.remote) {
      nat = hit ? 1 : 0; // R6
    }
    const escalates = r.next() < c.escalationShare; // R7
    let escalateAt = 0;
    let third = 0;
    if (escalates) {
      // Drawn whether or not the call gets through, so the stream stays aligned.
      const e = this.escalationRng[loc]!;
      escalateAt = e.next();
      third = this.pickCallee(loc, e.next());
      if (e.next() < c.federatedShare && internal) third = c.federated;
    }
    const drawn = this.drawn;
    drawn[DRAWN_HOLDING] = holding;
    drawn[DRAWN_ESCALATE_AT] = escalateAt;
    this.placeTwoParty(loc, callee, kind === KIND_VIDEO ? 1 : 0, bothPolicy, nat, escalates, third, measured);
  }

  /**
   * The rest of a two-party call's arrival, once its numbers are drawn: its media path,
   * the resources it takes, its departure and escalation. Apart from {@link arrive} so
   * that each is optimised on its own, with V8's whole inlining budget: as one function,
   * the budget ran out before the resource calls, and up to five per call (`fits`,
   * `tally`, `acquire`) stayed calls, `acquire`'s time boxed to be passed (README,
   * Performance: about 10% of a replication's time). The holding time and escalation
   * point come in {@link drawn}, not as arguments, so they are not boxed.
   */
  private placeTwoParty(loc: number, callee: number, video: number, bothPolicy: number, nat: number, escalates: boolean, third: number, measured: boolean): void {
    const c = this.c;
    const t = this.sim.now;
    const internal = loc < c.siteCount;
    const holding = this.drawn[DRAWN_HOLDING]!;
    const escalateAt = this.drawn[DRAWN_ESCALATE_AT]!;
    const kbps = c.kbps[video]!;
    const res = this.res;

    let entry = c.plans.lookup(loc, callee, bothPolicy, nat, 1);
    let path = entryPath(entry);
    let portA = -1;
    let portB = -1;
    const ports = c.portsPerCall[video]!;
    if (path === P2P && internal && callee < c.siteCount && callee !== loc) {
      // R3: the call leaves its site: both port pools must have room, else ICE falls back (R4).
      portA = c.portBase + loc;
      portB = c.portBase + callee;
      const roomA = res.fits(portA, ports);
      const roomB = res.fits(portB, ports);
      if (!roomA || !roomB) {
        if (!roomA) res.tally(portA, ports, false);
        if (!roomB) res.tally(portB, ports, false);
        portA = portB = -1;
        entry = c.plans.lookup(loc, callee, bothPolicy, nat, 0);
        path = entryPath(entry);
      }
    }
    let edge = -1;
    if (path === EDGE_UDP || path === EDGE_TCP) {
      edge = entryEdge(entry);
      const admitted = res.fits(edge, 1);
      res.tally(edge, 1, admitted);
      if (!admitted) {
        edge = -1;
        path = BLOCKED; // the call is lost (WORKLOAD.md "Capacity")
      }
    }
    if (measured) this.paths[path]!++;
    if (path !== P2P && edge < 0) return; // failed or blocked: holds nothing
    if (path === P2P && portA < 0 && !escalates) {
      // Peer-to-peer inside a site (or between remote users) holds no capacity-limited
      // resource and nothing happens to it until it ends: count its two parties' media
      // minutes inside the window now (R11), and spare the event queue its departure.
      const from = t > c.windowStart ? t : c.windowStart;
      const end = t + holding;
      const to = end < c.windowEnd ? end : c.windowEnd;
      if (to > from) this.media[MEDIA_DIRECT]! += 2 * (to - from);
      return;
    }

    const calls = this.calls;
    const i = calls.open();
    calls.caller[i] = loc;
    calls.callee[i] = callee;
    calls.video[i] = video;
    if (portA >= 0) {
      res.tally(portA, ports, true);
      res.tally(portB, ports, true);
      res.acquire(portA, ports, kbps, t);
      res.acquire(portB, ports, kbps, t);
      calls.portA[i] = portA;
      calls.portB[i] = portB;
      calls.portUnits[i] = ports;
      calls.portKbps[i] = kbps;
    }
    this.accrueQos(t);
    if (edge >= 0) {
      // A relay session carries two legs (client <-> Edge on each side).
      res.acquire(edge, 1, 2 * kbps, t);
      calls.edge[i] = edge;
      calls.edgeUnits[i] = 1;
      calls.edgeKbps[i] = 2 * kbps;
      calls.relayed[i] = 2;
      this.qosRelayed += 2;
    } else {
      calls.direct[i] = 2;
      this.qosDirect += 2;
    }
    this.sim.schedule(t + holding, DEPART, (i << 2) | DEPART);
    if (escalates) {
      const at = t + escalateAt * holding; // R7: at a uniform point of the holding time
      calls.third[i] = third;
      calls.escalateAt[i] = at;
      this.sim.schedule(at, ESCALATE, (i << 2) | ESCALATE);
    }
  }

  /** R1: a conference or Live Meeting, organised by the caller on its pool's MCU. */
  private arriveConference(loc: number, kind: number, holding: number, r: Uniform, measured: boolean): void {
    const c = this.c;
    const size = (kind === KIND_CONFERENCE ? c.conferenceSize : c.liveMeetingSize).sample(r);
    const participants = this.participantsOf(size);
    participants[0] = c.parties[loc]!;
    const internal = loc < c.siteCount;
    for (let k = 1; k < size; k++) {
      let who = this.pickCallee(loc, r.next());
      if (r.next() < c.federatedShare && internal) who = c.federated;
      participants[k] = c.parties[who]!;
    }
    this.room.creditEdge = -1;
    const plan = negotiate(
      { kind: kind === KIND_CONFERENCE ? 'conference' : 'liveMeeting', participants },
      c.topology,
      c.network,
      this.room,
    );
    const t = this.sim.now;
    if (measured) this.paths[PATH_INDEX[plan.path]]!++;
    if (!this.admitConference(plan)) return;
    const i = this.calls.open();
    this.calls.caller[i] = loc;
    this.holdConference(i, plan, c.kbps[0]!, t);
    this.sim.schedule(t + holding, DEPART, (i << 2) | DEPART);
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

  /** Counts a conference negotiation on its resources; true when it was seated. */
  private admitConference(plan: Negotiation): plan is Extract<Negotiation, { path: 'mcu' }> {
    const res = this.res;
    if (!plan.ok) {
      // The refusing resource counts the whole request it could not seat.
      if (plan.reason === 'capacity') res.tally(this.c.resourceIndex.get(plan.resource!)!, plan.units!, false);
      return false;
    }
    if (plan.path !== 'mcu') return false;
    res.tally(this.c.mcuBase + plan.pool, plan.legs, true);
    if (plan.edgeSessions > 0) res.tally(plan.edge, plan.edgeSessions, true);
    return true;
  }

  /** Takes a seated conference's MCU legs and relay sessions for call slot i. */
  private holdConference(i: number, plan: Extract<Negotiation, { path: 'mcu' }>, kbps: number, t: number): void {
    const res = this.res;
    const calls = this.calls;
    const mcu = this.c.mcuBase + plan.pool;
    res.acquire(mcu, plan.legs, plan.legs * kbps, t);
    calls.mcu[i] = mcu;
    calls.mcuUnits[i] = plan.legs;
    calls.mcuKbps[i] = plan.legs * kbps;
    if (plan.edgeSessions > 0) {
      // Each remote participant's session carries its leg and the Edge's leg to the MCU.
      res.acquire(plan.edge, plan.edgeSessions, plan.edgeSessions * 2 * kbps, t);
      calls.edge[i] = plan.edge;
      calls.edgeUnits[i] = plan.edgeSessions;
      calls.edgeKbps[i] = plan.edgeSessions * 2 * kbps;
    }
    this.accrueQos(t);
    calls.relayed[i] = plan.edgeSessions;
    calls.direct[i] = plan.legs - plan.edgeSessions;
    this.qosRelayed += plan.edgeSessions;
    this.qosDirect += plan.legs - plan.edgeSessions;
  }

  /** Gives back everything call slot i holds (not the slot itself). */
  private releaseHeld(i: number, t: number): void {
    const res = this.res;
    const calls = this.calls;
    if (calls.edge[i]! >= 0) res.release(calls.edge[i]!, calls.edgeUnits[i]!, calls.edgeKbps[i]!, t);
    if (calls.mcu[i]! >= 0) res.release(calls.mcu[i]!, calls.mcuUnits[i]!, calls.mcuKbps[i]!, t);
    if (calls.portA[i]! >= 0) {
      res.release(calls.portA[i]!, calls.portUnits[i]!, calls.portKbps[i]!, t);
      res.release(calls.portB[i]!, calls.portUnits[i]!, calls.portKbps[i]!, t);
    }
    this.accrueQos(t);
    this.qosDirect -= calls.direct[i]!;
    this.qosRelayed -= calls.relayed[i]!;
    calls.edge[i] = calls.mcu[i] = calls.portA[i] = calls.portB[i] = -1;
    calls.direct[i] = calls.relayed[i] = 0;
  }

  private depart(i: number): void {
    this.releaseHeld(i, this.sim.now);
    this.calls.close(i);
  }

  /**
   * R7: a third party joins; the call moves to the organiser's (caller's) pool MCU under
   * R1. Its ports or relay session are released and MCU legs taken; an MCU (or Edge)
   * without room refuses: the call stays two-party and the refusal is counted.
   */
  private escalate(i: number): void {
    const calls = this.calls;
    const t = this.sim.now;
    if (calls.escalateAt[i] !== t) return; // the slot's call ended; it was reused since
    calls.escalateAt[i] = -1;
    const c = this.c;
    const participants = this.participantsOf(3);
    participants[0] = c.parties[calls.caller[i]!]!;
    participants[1] = c.parties[calls.callee[i]!]!;
    participants[2] = c.parties[calls.third[i]!]!;
    // The call's own relay session is released on success, so it counts as room.
    this.room.creditEdge = calls.edge[i]!;
    this.room.creditSessions = calls.edgeUnits[i]!;
    const plan = negotiate({ kind: 'conference', participants }, c.topology, c.network, this.room);
    this.room.creditEdge = -1;
    if (!this.admitConference(plan)) return;
    this.releaseHeld(i, t);
    this.holdConference(i, plan, c.kbps[calls.video[i]!]!, t);
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
