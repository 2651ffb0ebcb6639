/**
 * Two-party calls (R2-R6, R8-R12, R14), placed once their numbers are drawn: the media
 * path from the plan table, the port pools and relay session they take, their departure
 * and their escalation (R7).
 *
 * Drawing (in the replication) and placement (here) are two functions so that each is
 * optimised on its own, with V8's whole inlining budget; as one, the budget ran out
 * before the resource calls. What the draw decided reaches the placement through a
 * {@link TwoPartyDraw}, not arguments.
 */
import type { Simulator } from '../kernel/simulator.js';
import { REFUSED_ALTERNATE, REFUSED_AUDIO_RETRY, REFUSED_FAILS, REFUSED_PSTN, refusedCall } from '../negotiation/cac.js';
import { PATH_INDEX } from '../negotiation/paths.js';
import type { CompiledWorkload } from './compiled.js';
import { DEPART, ESCALATE, eventPayload } from './events.js';
import type { Holdings } from './holdings.js';
import { BOTH_POLICY, entryEdge, entryPath, NAT_FAILS, PORT_ROOM } from './plan-table.js';
import type { PairPaths, Recorder } from './observations.js';
import type { ReplicationParts } from './parts.js';
import type { QosMeter } from './qos-meter.js';
import type { ResourceSet } from './resources.js';

const P2P = PATH_INDEX['p2p'];
const EDGE_UDP = PATH_INDEX['edge-udp'];
const EDGE_TCP = PATH_INDEX['edge-tcp'];
const BLOCKED = PATH_INDEX['blocked-capacity'];
const CAC_INTERNET = PATH_INDEX['cac-internet'];
const CAC_PSTN = PATH_INDEX['cac-pstn'];
const FAILED_CAC = PATH_INDEX['failed-cac'];

/** What CAC decided for a call (R17-R19): admitted (or not checked), or one of {@link refusedCall}'s answers. */
const ADMITTED = -1;

/** Slots of the video counters (ReplicationParts.video): video calls of the window, and those CAC dropped to audio (R19). */
export const VIDEO_CALLS = 0;
export const VIDEO_DOWNGRADED = 1;

// Slots of TwoPartyDraw.times.
const HOLDING = 0;
const ESCALATE_AT = 1;
const THIRD_DRAW = 2;

/**
 * What a two-party call's draws decided (see the replication's `arrive`), read by
 * {@link TwoPartyCalls.place}. One per replication, refilled for every call.
 */
export class TwoPartyDraw {
  /** The callee's location (a site, the remote users, or the federated partner, R12). */
  callee = 0;
  /** 1 for a video call, 0 for audio: the index of its bandwidth and ports per call. */
  video = 0;
  /** Plan-table flags: both clients carry the port policy (C2), the pair's NATs defeat P2P (R6). */
  flags = 0;
  /** R7: a third party joins, at {@link escalateAt} of the holding time. */
  escalates = false;
  /** The third party's location when fixed now (a federated party), else -1: drawn with {@link thirdDraw} when it joins. */
  third = -1;
  /** The holding time, the escalation point and the third party's uniform: numbers in a typed array are never boxed. */
  private readonly times = new Float64Array(3);

  get holding(): number {
    return this.times[HOLDING]!;
  }

  set holding(seconds: number) {
    this.times[HOLDING] = seconds;
  }

  /** Where in the holding time the third party joins, as a share of it (uniform in [0, 1)). */
  get escalateAt(): number {
    return this.times[ESCALATE_AT]!;
  }

  set escalateAt(share: number) {
    this.times[ESCALATE_AT] = share;
  }

  /** The uniform that draws the third party when it joins (R7: by the callee rule at that moment). */
  get thirdDraw(): number {
    return this.times[THIRD_DRAW]!;
  }

  set thirdDraw(u: number) {
    this.times[THIRD_DRAW] = u;
  }
}

export class TwoPartyCalls {
  /** The call to place next. */
  readonly draw = new TwoPartyDraw();

  private readonly c: CompiledWorkload;
  private readonly sim: Simulator;
  private readonly res: ResourceSet;
  private readonly holdings: Holdings;
  private readonly qos: QosMeter;
  private readonly paths: Float64Array;
  private readonly video: Float64Array;
  private readonly recorder: Recorder | null;
  private readonly pairPaths: PairPaths | null;

  constructor(parts: ReplicationParts) {
    this.c = parts.c;
    this.sim = parts.sim;
    this.res = parts.res;
    this.holdings = parts.holdings;
    this.qos = parts.qos;
    this.paths = parts.paths;
    this.video = parts.video;
    this.recorder = parts.recorder;
    this.pairPaths = parts.pairPaths;
  }

  /** The drawn call from `loc` ({@link draw}): its media path, the resources it takes, its departure and escalation. */
  place(loc: number): void {
    const c = this.c;
    const t = this.sim.now;
    const draw = this.draw;
    const callee = draw.callee;
    let video = draw.video;
    const escalates = draw.escalates;
    const internal = loc < c.siteCount;
    const holding = draw.holding;
    const res = this.res;
    if (video === 1 && res.measuring) this.video[VIDEO_CALLS]!++;

    // R20: Call Admission Control first, on calls between two of our sites.
    let admission = ADMITTED;
    const links = this.holdings.links;
    if (links !== null && internal && callee < c.siteCount && callee !== loc) {
      admission = this.admit(loc, callee, video, holding);
      if (admission === REFUSED_AUDIO_RETRY) {
        // R19: the video is dropped and the call asks again, as audio.
        video = 0;
        if (res.measuring) this.video[VIDEO_DOWNGRADED]!++;
        admission = this.admit(loc, callee, 0, holding);
      }
      if (admission === REFUSED_PSTN || admission === REFUSED_FAILS) {
        if (res.measuring) this.count(loc, callee, admission === REFUSED_PSTN ? CAC_PSTN : FAILED_CAC);
        return; // rerouted to the PSTN (R18 b) or to voicemail (R18 c): holds none of our media resources
      }
    }
    const kbps = c.kbps[video]!;

    let path: number;
    let edge = -1;
    let portA = -1;
    let portB = -1;
    const ports = c.portsPerCall[video]!;
    if (admission === REFUSED_ALTERNATE) {
      // R18 a / R19: the Internet path through the relaying Edge, no WAN reservation, no QoS.
      edge = this.relayEdge(loc, callee);
      path = CAC_INTERNET;
    } else {
      let entry = c.plans.lookup(loc, callee, draw.flags | PORT_ROOM);
      path = entryPath(entry);
      if (path === P2P && internal && callee < c.siteCount && callee !== loc) {
        // R3: the call leaves its site: both port pools must have room, else ICE falls back (R4).
        portA = c.portBase + loc;
        portB = c.portBase + callee;
        const roomA = res.fits(portA, ports);
        const roomB = res.fits(portB, ports);
        if (!roomA || !roomB) {
          if (!roomA) res.tally(portA, ports, false, holding);
          if (!roomB) res.tally(portB, ports, false, holding);
          portA = portB = -1;
          entry = c.plans.lookup(loc, callee, draw.flags);
          path = entryPath(entry);
        }
      }
      if (path === EDGE_UDP || path === EDGE_TCP) edge = entryEdge(entry);
    }
    if (edge >= 0) {
      const admitted = res.fits(edge, 1);
      res.tally(edge, 1, admitted, holding);
      if (!admitted) {
        edge = -1;
        path = BLOCKED; // the call is lost (WORKLOAD.md "Capacity")
      }
    }
    if (res.measuring) this.count(loc, callee, path);
    if (path !== P2P && edge < 0) {
      links?.giveBack(t); // R17: a reservation is given back at once when the call then fails
      return; // failed or blocked: holds nothing
    }
    const recorder = this.recorder;
    // A Monitoring Server sees the Internet alternate path as an Edge-relayed call.
    const recorded = path === CAC_INTERNET ? EDGE_UDP : path;
    const row = recorder !== null && res.measuring ? recorder.twoParty(t, t + holding, video === 1, loc, recorder.user(loc), callee, recorded) : -1;
    const reserved = links !== null && links.reserved;
    if (path === P2P && portA < 0 && !escalates && !reserved) {
      // Peer-to-peer inside a site (or between remote users) holds no capacity-limited
      // resource and nothing happens to it until it ends: count its two parties' media
      // minutes inside the window now (R11), and spare the event queue its departure.
      const end = t + holding;
      this.qos.addDirect(2, t > c.windowStart ? t : c.windowStart, end < c.windowEnd ? end : c.windowEnd);
      return;
    }

    const holdings = this.holdings;
    const calls = holdings.calls;
    const i = calls.open();
    calls.caller[i] = loc;
    calls.callee[i] = callee;
    calls.video[i] = video;
    calls.endsAt[i] = t + holding;
    calls.recordRow[i] = row;
    if (reserved) links.keep(i);
    if (portA >= 0) holdings.holdPorts(i, portA, portB, ports, kbps, t, holding);
    // R11: through the Edge both parties lose QoS, unless it keeps DSCP on its internal
    // side; the Internet alternate path keeps none.
    const relayed = edge >= 0 && path !== CAC_INTERNET && c.qosOnInternalNic[edge] === 1 ? 2 - (internal ? 1 : 0) - (callee < c.siteCount ? 1 : 0) : 2;
    holdings.holdTwoPartyMedia(i, edge, relayed, kbps, t);
    this.sim.schedule(t + holding, DEPART, eventPayload(i, DEPART));
    if (escalates) {
      const at = t + draw.escalateAt * holding; // R7: at a uniform point of the holding time
      calls.third[i] = draw.third;
      calls.thirdDraw[i] = draw.thirdDraw;
      calls.escalateAt[i] = at;
      this.sim.schedule(at, ESCALATE, eventPayload(i, ESCALATE));
    }
  }

  /**
   * R16-R19 for a call between sites a and b (`video` 1 for a video call, 0 for audio):
   * its sessions on every policy of the route; {@link ADMITTED} when they fit (taken, to
   * be kept by the call's slot), else where the refused call goes.
   */
  private admit(a: number, b: number, video: number, holding: number): number {
    const links = this.holdings.links!;
    if (links.reserve(a, b, video, holding, this.sim.now)) return ADMITTED;
    const c = this.c;
    const edge = this.relayEdge(a, b);
    return refusedCall(c.cac!, a, b, video === 1, edge >= 0 && c.edgeReach[a] === 1 && c.edgeReach[b] === 1, true);
  }

  /** R14: the Edge relaying a call between sites a and b (the caller's pool's, or the callee's with the switch). */
  private relayEdge(a: number, b: number): number {
    const c = this.c;
    return c.poolEdge[c.poolOf[c.topology.relayEdge === 'callee' ? b : a]!]!;
  }

  /** Counts a call of the window under its path. */
  private count(loc: number, callee: number, path: number): void {
    this.paths[path]!++;
    if (this.pairPaths !== null) this.pairPaths.add(loc, callee, path);
  }
}
