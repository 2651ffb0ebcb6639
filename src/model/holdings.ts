/**
 * What each call in progress holds (its slot in the {@link CallTable}) and the taking
 * and giving back of it: port-pool ports, an Edge relay session, MCU legs and the
 * conference's relay sessions, with the R11 QoS meter kept in step. Release is the
 * exact mirror of what was taken, so a resource's level always returns to where it was.
 */
import type { Negotiation } from '../negotiation/index.js';
import { CallTable } from './call-table.js';
import { LinkReservations } from './links.js';
import type { CompiledWorkload } from './compiled.js';
import type { QosMeter } from './qos-meter.js';
import type { ResourceSet } from './resources.js';

/** A conference seated by the negotiation core (R1). */
export type SeatedConference = Extract<Negotiation, { path: 'mcu' }>;

export class Holdings {
  readonly calls = new CallTable();
  /** CAC reservations (R16, R17); null without CAC. */
  readonly links: LinkReservations | null;

  constructor(
    c: CompiledWorkload,
    private readonly res: ResourceSet,
    private readonly qos: QosMeter,
  ) {
    this.links = c.cac === null ? null : new LinkReservations(c.cac, res, this.calls, c.linkBase, c.cacRoutes!);
  }

  /**
   * Takes `ports` on both sites' pools for slot i, held for `seconds` (R3: the call
   * leaves its site); `portB` is -1 when only one side is ours (R21, a bypassed PSTN call).
   */
  holdPorts(i: number, portA: number, portB: number, ports: number, kbps: number, t: number, seconds: number): void {
    const res = this.res;
    const calls = this.calls;
    res.tally(portA, ports, true, seconds);
    res.acquire(portA, ports, kbps, t);
    if (portB >= 0) {
      res.tally(portB, ports, true, seconds);
      res.acquire(portB, ports, kbps, t);
    }
    calls.portA[i] = portA;
    calls.portB[i] = portB;
    calls.portUnits[i] = ports;
    calls.portKbps[i] = kbps;
  }

  /**
   * A two-party call's media for slot i: one relay session on `edge` (R4-R6, R12), of
   * whose two parties `relayed` lose QoS (R11), or direct (`edge < 0`).
   */
  holdTwoPartyMedia(i: number, edge: number, relayed: number, kbps: number, t: number): void {
    const calls = this.calls;
    this.qos.accrue(t, this.res.measuring);
    if (edge >= 0) {
      // A relay session carries two legs (client <-> Edge on each side).
      this.res.acquire(edge, 1, 2 * kbps, t);
      calls.edge[i] = edge;
      calls.edgeUnits[i] = 1;
      calls.edgeKbps[i] = 2 * kbps;
      calls.relayed[i] = relayed;
      calls.direct[i] = 2 - relayed;
      this.qos.relayed += relayed;
      this.qos.direct += 2 - relayed;
    } else {
      calls.direct[i] = 2;
      this.qos.direct += 2;
    }
  }

  /**
   * A PSTN call's media for slot i (R21): a Mediation Server session (`mediation`, -1
   * for media bypass) and for a remote user, or one on CAC's alternate path, a relay
   * session on `edge` (-1 none). Our one party keeps QoS unless relayed.
   */
  holdPstn(i: number, mediation: number, edge: number, kbps: number, t: number): void {
    const res = this.res;
    const calls = this.calls;
    this.qos.accrue(t, res.measuring);
    if (mediation >= 0) {
      res.acquire(mediation, 1, kbps, t);
      calls.mediation[i] = mediation;
      calls.mediationKbps[i] = kbps;
    }
    if (edge >= 0) {
      // The session carries the user's leg and the Edge's leg to the Mediation Server.
      res.acquire(edge, 1, 2 * kbps, t);
      calls.edge[i] = edge;
      calls.edgeUnits[i] = 1;
      calls.edgeKbps[i] = 2 * kbps;
      calls.relayed[i] = 1;
      this.qos.relayed += 1;
    } else {
      calls.direct[i] = 1;
      this.qos.direct += 1;
    }
  }

  /**
   * Takes a seated conference's MCU legs and relay sessions for slot i (R1), with
   * `mcuKbps` on the MCU and `edgeKbps` on the Edge in all, one direction.
   */
  holdConference(i: number, plan: SeatedConference, mcu: number, mcuKbps: number, edgeKbps: number, t: number): void {
    const res = this.res;
    const calls = this.calls;
    res.acquire(mcu, plan.legs, mcuKbps, t);
    calls.mcu[i] = mcu;
    calls.mcuUnits[i] = plan.legs;
    calls.mcuKbps[i] = mcuKbps;
    if (plan.edgeSessions > 0) {
      res.acquire(plan.edge, plan.edgeSessions, edgeKbps, t);
      calls.edge[i] = plan.edge;
      calls.edgeUnits[i] = plan.edgeSessions;
      calls.edgeKbps[i] = edgeKbps;
    }
    this.qos.accrue(t, this.res.measuring);
    calls.relayed[i] = plan.edgeSessions;
    calls.direct[i] = plan.legs - plan.edgeSessions;
    this.qos.relayed += plan.edgeSessions;
    this.qos.direct += plan.legs - plan.edgeSessions;
  }

  /** Gives back everything slot i holds (not the slot itself). */
  release(i: number, t: number): void {
    const res = this.res;
    const calls = this.calls;
    if (calls.edge[i]! >= 0) res.release(calls.edge[i]!, calls.edgeUnits[i]!, calls.edgeKbps[i]!, t);
    if (calls.mcu[i]! >= 0) res.release(calls.mcu[i]!, calls.mcuUnits[i]!, calls.mcuKbps[i]!, t);
    if (calls.portA[i]! >= 0) {
      res.release(calls.portA[i]!, calls.portUnits[i]!, calls.portKbps[i]!, t);
      if (calls.portB[i]! >= 0) res.release(calls.portB[i]!, calls.portUnits[i]!, calls.portKbps[i]!, t);
    }
    if (calls.mediation[i]! >= 0) res.release(calls.mediation[i]!, 1, calls.mediationKbps[i]!, t);
    if (calls.routeKey[i]! >= 0 || calls.links[i]! >= 0) this.links!.release(i, t);
    this.qos.accrue(t, this.res.measuring);
    this.qos.direct -= calls.direct[i]!;
    this.qos.relayed -= calls.relayed[i]!;
    calls.edge[i] = calls.mcu[i] = calls.portA[i] = calls.portB[i] = calls.mediation[i] = -1;
    calls.direct[i] = calls.relayed[i] = 0;
  }
}
