/**
 * Enterprise Voice (R21): calls between one of our users and a PSTN number beyond the
 * Mediation Server and gateway of the user's pool, which stand at the pool's site.
 *
 * - An internal user's call bypasses the Mediation Server with `mediaBypassShare`
 *   (media straight to the gateway: no Mediation session, not checked by CAC, port-pool
 *   ports only when it leaves the site; a pool without room sends it through the
 *   Mediation Server instead). Otherwise it takes a Mediation session and, under CAC,
 *   reserves audio between the user's site and the pool's site (R16); refused, it takes
 *   the Internet alternate path if the regions allow it (an Edge relay session to the
 *   Mediation Server, R18 a), else it fails (the PSTN reroute does not apply: the call is
 *   already on its way to the PSTN).
 * - A remote user's call is relayed by the pool's A/V Edge to the Mediation Server: an
 *   Edge session and a Mediation session (no Edge: it has no path, R9).
 *
 * The sessions a call needs are taken all or nothing; each resource without room counts
 * the request as blocked, one with room counts nothing for it (as with port pools).
 * PSTN calls never escalate, and network rules do not apply to the Mediation path.
 */
import type { Simulator } from '../kernel/simulator.js';
import { REFUSED_ALTERNATE, refusedCall } from '../negotiation/cac.js';
import { PATH_INDEX } from '../negotiation/paths.js';
import type { CompiledWorkload } from './compiled.js';
import { DEPART, eventPayload } from './events.js';
import type { Holdings } from './holdings.js';
import type { ReplicationParts } from './parts.js';
import type { QosMeter } from './qos-meter.js';
import type { ResourceSet } from './resources.js';

const PSTN = PATH_INDEX['pstn'];
const CAC_INTERNET = PATH_INDEX['cac-internet'];
const FAILED_CAC = PATH_INDEX['failed-cac'];
const NO_PATH = PATH_INDEX['failed-no-path'];
const BLOCKED = PATH_INDEX['blocked-capacity'];

export class PstnCalls {
  private readonly c: CompiledWorkload;
  private readonly sim: Simulator;
  private readonly res: ResourceSet;
  private readonly holdings: Holdings;
  private readonly qos: QosMeter;
  private readonly paths: Float64Array;

  constructor(parts: ReplicationParts) {
    this.c = parts.c;
    this.sim = parts.sim;
    this.res = parts.res;
    this.holdings = parts.holdings;
    this.qos = parts.qos;
    this.paths = parts.paths;
  }

  /**
   * A PSTN call of the user at `loc`, lasting `holding`; `uBypass` (uniform) decides
   * media bypass. Every call draws it, so the caller's stream stays aligned.
   */
  place(loc: number, holding: number, uBypass: number): void {
    const c = this.c;
    const res = this.res;
    const t = this.sim.now;
    const pool = c.poolOf[loc]!;
    const gateway = c.poolSite[pool]!;
    const kbps = c.kbps[0]!;
    let edge = -1;
    let path = PSTN;
    if (loc < c.siteCount) {
      if (uBypass < c.mediaBypassShare) {
        // Media bypass: straight to the gateway; port-pool ports if that leaves the site.
        if (gateway === loc) {
          this.count(PSTN);
          const end = t + holding;
          this.qos.addDirect(1, t > c.windowStart ? t : c.windowStart, end < c.windowEnd ? end : c.windowEnd);
          return;
        }
        const port = c.portBase + loc;
        const ports = c.portsPerCall[0]!;
        const room = res.fits(port, ports);
        if (room) {
          this.count(PSTN);
          const i = this.open(loc, holding);
          this.holdings.holdPorts(i, port, -1, ports, kbps, t, holding);
          this.holdings.holdPstn(i, -1, -1, kbps, t);
          return;
        }
        res.tally(port, ports, false, holding); // no room to bypass: through the Mediation Server
      }
      const links = this.holdings.links;
      if (links !== null) {
        if (!links.reserve(loc, gateway, 0, holding, t)) {
          edge = c.poolEdge[pool]!;
          const reach = edge >= 0 && c.edgeReach[loc] === 1 && c.edgeReach[gateway] === 1;
          if (refusedCall(c.cac!, loc, gateway, false, reach, false) !== REFUSED_ALTERNATE) {
            this.count(FAILED_CAC);
            return;
          }
          path = CAC_INTERNET; // R18 a: relayed by the Edge to the Mediation Server
        }
      }
    } else {
      edge = c.poolEdge[pool]!;
      if (edge < 0) {
        this.count(NO_PATH); // R9: no Edge, no media for remote users
        return;
      }
    }
    const mediation = c.mediationBase + pool;
    const mediationRoom = res.fits(mediation, 1);
    const edgeRoom = edge < 0 || res.fits(edge, 1);
    if (!mediationRoom || !edgeRoom) {
      if (!mediationRoom) res.tally(mediation, 1, false, holding);
      if (!edgeRoom) res.tally(edge, 1, false, holding);
      this.holdings.links?.giveBack(t); // a CAC reservation is given back at once
      this.count(BLOCKED);
      return;
    }
    res.tally(mediation, 1, true, holding);
    if (edge >= 0) res.tally(edge, 1, true, holding);
    this.count(path);
    const i = this.open(loc, holding);
    if (this.holdings.links?.reserved === true) this.holdings.links.keep(i);
    this.holdings.holdPstn(i, mediation, edge, kbps, t);
  }

  /** A call slot for the call, its departure scheduled. */
  private open(loc: number, holding: number): number {
    const t = this.sim.now;
    const calls = this.holdings.calls;
    const i = calls.open();
    calls.caller[i] = loc;
    calls.callee[i] = -1;
    calls.video[i] = 0;
    calls.endsAt[i] = t + holding;
    this.sim.schedule(t + holding, DEPART, eventPayload(i, DEPART));
    return i;
  }

  private count(path: number): void {
    if (this.res.measuring) this.paths[path]!++;
  }
}
