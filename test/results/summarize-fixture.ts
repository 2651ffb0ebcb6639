/**
 * A hand-built run for the summarize tests: two scenarios sharing two resources, an
 * Edge (capacity 2) and a port pool (unlimited). "base" has two replications, "alt"
 * one. The window opens at 08:00 UTC and lasts 1.5 h (5400 s): two time-series buckets
 * of 2700 s and two clock-hour slots, 08:00 (whole) and 09:00 (a partial 1800 s). Every
 * request arrives in the first bucket and hour, holding 240 s, unless a test says
 * otherwise. Expected rows are worked out by hand in the tests.
 */
import { PATHS } from '../../src/negotiation/paths.js';
import type { ReplicationResult, ResourceInfo, ResourceReplication } from '../../src/results/types.js';

export const RESOURCES: ResourceInfo[] = [
  { id: 'edge:dmz', kind: 'edge', capacity: 2 },
  { id: 'ports:hq', kind: 'ports', capacity: Number.POSITIVE_INFINITY },
];

export const SCENARIOS = ['base', 'alt'];

const WINDOW = 5400;
const EDGES = Float64Array.of(0, 2700, 5400);
const HOURS = Float64Array.of(0, 3600, 5400);
/** 08:00 UTC. */
export const WINDOW_START_UTC = 8 * 3600;

interface ResourceFigures {
  offered: number;
  carried: number;
  blocked: number;
  occupancyIntegral: number;
  peak: number;
  histogram: number[];
  bucketIntegral: number[];
  bucketMax: number[];
  hourKbpsIntegral: number[];
}

/** Every request in the first bucket and the first hour, each holding 240 s. */
function arrivals(f: ResourceFigures): Pick<ResourceReplication, 'bucketOffered' | 'bucketBlocked' | 'hourOffered' | 'hourBlocked' | 'hourOfferedSeconds'> {
  return {
    bucketOffered: Float64Array.of(f.offered, 0),
    bucketBlocked: Float64Array.of(f.blocked, 0),
    hourOffered: Float64Array.of(f.offered, 0),
    hourBlocked: Float64Array.of(f.blocked, 0),
    hourOfferedSeconds: Float64Array.of(240 * f.offered, 0),
  };
}

function resource(f: ResourceFigures): ResourceReplication {
  return {
    offered: f.offered,
    carried: f.carried,
    blocked: f.blocked,
    occupancyIntegral: f.occupancyIntegral,
    peak: f.peak,
    histogram: Float64Array.from(f.histogram),
    bucketIntegral: Float64Array.from(f.bucketIntegral),
    bucketMax: Float64Array.from(f.bucketMax),
    hourKbpsIntegral: Float64Array.from(f.hourKbpsIntegral),
    // summarize reads no hourly occupancy: zeros of the hours' length.
    hourIntegral: new Float64Array(f.hourKbpsIntegral.length),
    ...arrivals(f),
  };
}

interface ReplicationFigures {
  scenario: number;
  replication: number;
  resources: ResourceFigures[];
  paths: number[];
  /** Video calls, and of those dropped to audio by CAC (R19). */
  video?: [number, number];
  relayed: number;
  direct: number;
  signalling: number;
  calls: number;
  events: number;
}

function replication(f: ReplicationFigures): ReplicationResult {
  return {
    scenario: f.scenario,
    replication: f.replication,
    windowSeconds: WINDOW,
    bucketEdges: EDGES.slice(),
    hourEdges: HOURS.slice(),
    windowStartUtc: WINDOW_START_UTC,
    resources: f.resources.map(resource),
    // The paths after the first seven (CAC's and Enterprise Voice's) stay 0.
    paths: Float64Array.from({ length: PATHS.length }, (_, p) => f.paths[p] ?? 0),
    videoCalls: f.video?.[0] ?? 0,
    videoDowngraded: f.video?.[1] ?? 0,
    mediaMinutesRelayed: f.relayed,
    mediaMinutesDirect: f.direct,
    signallingConnections: f.signalling,
    callsSimulated: f.calls,
    events: f.events,
  };
}

/** Fresh results (in job order) for each test, so no test can see another's changes. */
export function results(): ReplicationResult[] {
  return [
    replication({
      scenario: 0,
      replication: 0,
      resources: [
        // Edge: 1.0 sessions on average; 120 kbit/s in the whole hour 08:00, 240 in the partial 09:00.
        { offered: 10, carried: 8, blocked: 2, occupancyIntegral: 5400, peak: 2, histogram: [1800, 1800, 1800], bucketIntegral: [2700, 2700], bucketMax: [2, 2], hourKbpsIntegral: [3600 * 120, 1800 * 240] },
        // Ports: 0.25 on average, 22.5 kbit/s in the first hour.
        { offered: 4, carried: 4, blocked: 0, occupancyIntegral: 1350, peak: 2, histogram: [4725, 0, 675], bucketIntegral: [1350, 0], bucketMax: [2, 0], hourKbpsIntegral: [81000, 0] },
      ],
      //      p2p udp tcp mcu nopath cert blocked
      paths: [6, 2, 0, 0, 0, 0, 2],
      video: [4, 1],
      relayed: 30,
      direct: 90,
      signalling: 100,
      calls: 12,
      events: 100,
    }),
    replication({
      scenario: 0,
      replication: 1,
      resources: [
        { offered: 10, carried: 9, blocked: 1, occupancyIntegral: 2700, peak: 1, histogram: [2700, 2700], bucketIntegral: [2700, 0], bucketMax: [1, 0], hourKbpsIntegral: [3600 * 60, 0] },
        { offered: 2, carried: 2, blocked: 0, occupancyIntegral: 2700, peak: 1, histogram: [2700, 2700], bucketIntegral: [0, 2700], bucketMax: [0, 1], hourKbpsIntegral: [0, 1800 * 60] },
      ],
      paths: [2, 1, 0, 0, 1, 0, 1],
      video: [2, 1],
      relayed: 10,
      direct: 30,
      signalling: 120,
      calls: 7,
      events: 50,
    }),
    replication({
      scenario: 1,
      replication: 0,
      resources: [
        { offered: 4, carried: 4, blocked: 0, occupancyIntegral: 1800, peak: 1, histogram: [3600, 1800], bucketIntegral: [900, 900], bucketMax: [1, 1], hourKbpsIntegral: [3600 * 30, 1800 * 30] },
        { offered: 0, carried: 0, blocked: 0, occupancyIntegral: 0, peak: 0, histogram: [5400], bucketIntegral: [0, 0], bucketMax: [0, 0], hourKbpsIntegral: [0, 0] },
      ],
      paths: [1, 2, 0, 0, 0, 0, 0],
      relayed: 5,
      direct: 15,
      signalling: 50,
      calls: 4,
      events: 40,
    }),
  ];
}

/** t(0.975, 1): two replications give one degree of freedom. */
export const T_975_1 = 12.706204736174707;
