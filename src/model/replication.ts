/**
 * One replication: the event loop's glue. Arrivals come from the simulator's source and
 * become two-party calls or conferences; departures release what calls hold; ticks open
 * the measured window and close its time-series buckets and hours. What each kind of
 * call does lives in its own module (two-party.ts, conferences.ts); this one owns the
 * clock, the streams and the resources, and hands out the results.
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
import { PATHS } from '../negotiation/paths.js';
import type { ReplicationResult } from '../results/types.js';
import type { Workload } from '../workload/schema.js';
import { Callees } from './callees.js';
import { KIND_CONFERENCE, KIND_PSTN, KIND_VIDEO, KINDS, compileWorkload } from './compiled.js';
import type { CompiledWorkload } from './compiled.js';
import { Conferences } from './conferences.js';
import { DEPART, ESCALATE, TICK, TICK_BUCKET_EDGE, TICK_HOUR_EDGE, TICK_WINDOW_START, eventPayload } from './events.js';
import { Earliest } from './earliest.js';
import { Holdings } from './holdings.js';
import { PairPaths, Recorder } from './observations.js';
import type { Observe } from './observations.js';
import { packedArray } from './packed.js';
import { BOTH_POLICY, NAT_FAILS } from './plan-table.js';
import { QosMeter } from './qos-meter.js';
import { ResourceSet } from './resources.js';
import { PstnCalls } from './pstn.js';
import { TwoPartyCalls, VIDEO_CALLS, VIDEO_DOWNGRADED } from './two-party.js';

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
  /** Records and pair paths to keep beside the statistics (observations.ts); never changes a result. */
  readonly observe?: Observe;
}

/**
 * The replication that ran last in this thread, kept until the next one replaces it. V8
 * holds an object's hidden class (past the first) only through the objects that have it,
 * so a full GC between two replications, when none is alive, collects the hidden classes
 * of the replication, its simulator, resources and streams, and every function optimised
 * against them is deoptimised and compiled again. Keeping one replication alive keeps them all.
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
  private readonly qos = new QosMeter();
  private readonly holdings: Holdings;
  private readonly twoParty: TwoPartyCalls;
  private readonly conferences: Conferences;
  private readonly pstn: PstnCalls;
  private readonly arrivals: (HourlyPoissonArrivals | null)[];
  /**
   * Each location's next arrival time (`Infinity`: none before the window ends). They
   * feed the simulator's source (outside the heap); `arrivalLoc` holds the earliest.
   */
  private readonly nextArrivals: Earliest;
  private arrivalLoc = -1;
  private readonly arrivalRng: (Uniform | null)[];
  /** Streams drawn from only when a location places a call, made on its first (see {@link streamFor}). */
  private readonly holdingRng: (Uniform | null)[];
  /** Holding-time samplers per location and kind: `holding[loc * KINDS + kind]`. */
  private readonly holding: Sampler[];
  private readonly routingRng: (Uniform | null)[];
  private readonly escalationRng: (Uniform | null)[];
  /** Location names, as the streams are named (a site's name, `~remote`). */
  private readonly names: readonly string[];
  private readonly callees: Callees;
  private readonly paths = new Float64Array(PATHS.length);
  private readonly video = new Float64Array(2);
  private readonly recorder: Recorder | null;
  private readonly pairPaths: PairPaths | null;
  private callsSimulated = 0;

  constructor(
    private readonly c: CompiledWorkload,
    private readonly job: ReplicationJob,
  ) {
    this.sim = new Simulator(this, 1024);
    this.res = new ResourceSet(c.resources, c.bucketEdges.length - 1, c.hours);
    const names = c.workload.deployment.sites.map((s) => s.name).concat('~remote');
    const stream = (kind: string, loc: number): Uniform | null =>
      c.arrivals[loc] === null ? null : createStream(job.seed, job.replication, `${kind}:${names[loc]}`);
    // Built with packedArray, not map: see packed.ts for the deoptimisations map caused.
    const locations = names.length;
    this.arrivals = packedArray(locations, (loc) => c.arrivals[loc]?.fresh() ?? null);
    this.nextArrivals = new Earliest(locations);
    this.arrivalRng = packedArray(locations, (loc) => stream('arrivals', loc));
    this.holdingRng = packedArray(locations, () => null);
    this.routingRng = packedArray(locations, () => null);
    this.escalationRng = packedArray(locations, () => null);
    this.names = names;
    this.holding = [];
    for (let loc = 0; loc < locations; loc++) this.holding.push(...c.createHolding());
    this.holdings = new Holdings(c, this.res, this.qos);
    this.callees = new Callees(c);
    const users = Float64Array.from([...c.workload.deployment.sites.map((s) => s.users), c.workload.deployment.remote.users]);
    this.recorder = job.observe?.records ? new Recorder(job.seed, job.replication, users) : null;
    this.pairPaths = job.observe?.pairPaths ? new PairPaths(c.siteCount + 3, PATHS.length) : null;
    const parts = { c, sim: this.sim, res: this.res, holdings: this.holdings, qos: this.qos, callees: this.callees, paths: this.paths, video: this.video, recorder: this.recorder, pairPaths: this.pairPaths };
    this.twoParty = new TwoPartyCalls(parts);
    this.conferences = new Conferences(parts);
    this.pstn = new PstnCalls(parts);
  }

  run(): ReplicationResult {
    const c = this.c;
    const sim = this.sim;
    for (let loc = 0; loc < this.arrivals.length; loc++) this.drawArrival(loc, 0);
    this.earliestArrival();
    sim.schedule(c.tickTimes[0]!, TICK, eventPayload(0, TICK));
    sim.run(c.windowEnd);
    this.qos.accrue(c.windowEnd, this.res.measuring);
    return {
      scenario: this.job.scenario,
      replication: this.job.replication,
      windowSeconds: c.windowEnd - c.windowStart,
      bucketEdges: c.bucketEdges.slice(),
      hourEdges: c.hourEdges.slice(),
      windowStartUtc: c.windowStartUtc,
      resources: this.res.finish(c.windowEnd),
      paths: this.paths,
      videoCalls: this.video[VIDEO_CALLS]!,
      videoDowngraded: this.video[VIDEO_DOWNGRADED]!,
      mediaMinutesDirect: this.qos.directMinutes,
      mediaMinutesRelayed: this.qos.relayedMinutes,
      signallingConnections: c.workload.deployment.remote.users,
      callsSimulated: this.callsSimulated,
      events: sim.steps,
      ...(this.recorder === null ? {} : { records: this.recorder.finish() }),
      ...(this.pairPaths === null ? {} : { pairPaths: this.pairPaths.finish() }),
    };
  }

  /**
   * The simulator's heap events (EventHandler): departures, escalations, ticks. The
   * payload is unpacked here by hand (events.ts has the layout): this method is inlined
   * into the simulator's loop, and every helper inlined with it spends V8's inlining
   * budget, which the event queue's `pop` must be left.
   */
  dispatch(payload: number): void {
    const index = payload >> 2;
    switch (payload & 3) {
      case DEPART:
        this.depart(index);
        break;
      case ESCALATE:
        this.conferences.escalate(index);
        break;
      default:
        this.tick(index);
    }
  }

  /**
   * A location's stream of one kind, made the first time the location needs it: a
   * stream's numbers depend only on (seed, replication, kind, location name), so making
   * it late changes nothing, and a workload of thousands of quiet sites does not seed
   * thousands of streams it never draws from.
   */
  private streamFor(kind: 'routing' | 'holding' | 'escalation', loc: number): Uniform {
    return createStream(this.job.seed, this.job.replication, `${kind}:${this.names[loc]}`);
  }

  /** Call slot i ends: what it holds is given back, and the slot freed. */
  private depart(i: number): void {
    this.holdings.release(i, this.sim.now);
    this.holdings.calls.close(i);
  }

  /** The simulator's source (EventHandler): the earliest location's call arrives; its next one is drawn first. */
  source(): void {
    const loc = this.arrivalLoc;
    this.drawArrival(loc, this.sim.now);
    this.earliestArrival();
    this.arrive(loc);
  }

  /** Draws location loc's next arrival after time `after` (`Infinity` past the window). */
  private drawArrival(loc: number, after: number): void {
    const process = this.arrivals[loc];
    if (!process) return;
    const t = process.next(after, this.arrivalRng[loc]!);
    this.nextArrivals.set(loc, t < this.c.windowEnd ? t : Infinity);
  }

  /** Points the simulator's source at the earliest pending arrival (the lowest location on a tie). */
  private earliestArrival(): void {
    const loc = this.nextArrivals.earliest();
    this.arrivalLoc = loc;
    this.sim.sourceTime = this.nextArrivals.times[loc]!;
  }

  /**
   * A call arrives at `loc`: its numbers are drawn, then it is placed. Which numbers a
   * call draws depends only on who it is (kind, caller, callee by population), never on
   * the network or capacity, so scenarios that differ in those see the same calls,
   * number for number (common random numbers). Escalation details come from a stream of
   * their own, drawn only by escalating calls.
   */
  private arrive(loc: number): void {
    const c = this.c;
    const t = this.sim.now;
    this.callsSimulated++;
    const r = this.routingRng[loc] ?? (this.routingRng[loc] = this.streamFor('routing', loc));
    const uKind = r.next();
    const uCallee = r.next();
    let kind = 0;
    const cdf = loc * KINDS;
    while (uKind >= c.kindCdf[cdf + kind]! && kind < KINDS - 1) kind++;
    const holding = this.holding[cdf + kind]!.sample(this.holdingRng[loc] ?? (this.holdingRng[loc] = this.streamFor('holding', loc)));
    if (kind >= KIND_CONFERENCE) {
      if (kind === KIND_PSTN) this.pstn.place(loc, holding, r.next());
      else this.conferences.arrive(loc, kind, holding, r);
      return;
    }
    const internal = loc < c.siteCount;
    let callee = this.callees.twoParty(loc, t, uCallee);
    let flags = 0;
    // One draw decides R12 (federated callee) for an internal caller and R6 (NATs defeat
    // peer-to-peer) for two remote users, on a path every caller takes: optimised code
    // has then seen it long before the rarer remote pair comes, and does not deoptimise.
    const share = internal ? c.federatedShare : c.natFailureShare;
    const hit = (internal || callee === c.remote) && r.next() < share;
    if (internal) {
      if (callee < c.siteCount) {
        // C2: the narrowed range is in force only when both clients carry the policy.
        const callerHas = r.next() < c.policyShare[loc]!;
        const calleeHas = r.next() < c.policyShare[callee]!;
        if (callerHas && calleeHas) flags = BOTH_POLICY;
      }
      if (hit) {
        callee = c.federated; // R12
        flags = 0;
      }
    } else if (callee === c.remote && hit) {
      flags = NAT_FAILS; // R6
    }
    const draw = this.twoParty.draw;
    draw.escalates = r.next() < c.escalationShare; // R7
    draw.escalateAt = 0;
    draw.third = -1;
    draw.thirdDraw = 0;
    if (draw.escalates) {
      // Drawn whether or not the call gets through, so the stream stays aligned. The
      // third party itself is drawn when it joins, by the callee rule at that moment.
      const e = this.escalationRng[loc] ?? (this.escalationRng[loc] = this.streamFor('escalation', loc));
      draw.escalateAt = e.next();
      draw.thirdDraw = e.next();
      if (e.next() < c.federatedShare && internal) draw.third = c.federated;
    }
    draw.callee = callee;
    draw.video = kind === KIND_VIDEO ? 1 : 0;
    draw.flags = flags;
    draw.holding = holding;
    this.twoParty.place(loc);
  }

  private tick(index: number): void {
    const t = this.sim.now;
    const c = this.c;
    const kinds = c.tickKinds[index]!;
    if (kinds & TICK_WINDOW_START) {
      this.qos.accrue(t, this.res.measuring);
      this.res.startWindow(t);
    }
    if (kinds & TICK_BUCKET_EDGE) this.res.nextBucket(t);
    if (kinds & TICK_HOUR_EDGE) this.res.nextHour(t);
    if (index + 1 < c.tickTimes.length) this.sim.schedule(c.tickTimes[index + 1]!, TICK, eventPayload(index + 1, TICK));
  }
}
