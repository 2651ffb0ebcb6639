/** Hand-built replication results for the reducers' tests: every figure zero unless given. */
import { PATHS } from '../../src/negotiation/paths.js';
import type { ReplicationResult, ResourceReplication } from '../../src/results/types.js';

/** One resource's figures over `buckets` time-series buckets and `hours` hour slots. */
export function resourceFigures(buckets: number, hours: number, figures: Partial<ResourceReplication> = {}): ResourceReplication {
  return {
    offered: 0,
    carried: 0,
    blocked: 0,
    occupancyIntegral: 0,
    peak: 0,
    histogram: new Float64Array(1),
    bucketIntegral: new Float64Array(buckets),
    bucketMax: new Float64Array(buckets),
    bucketOffered: new Float64Array(buckets),
    bucketBlocked: new Float64Array(buckets),
    hourKbpsIntegral: new Float64Array(hours),
    hourIntegral: new Float64Array(hours),
    hourOffered: new Float64Array(hours),
    hourBlocked: new Float64Array(hours),
    hourOfferedSeconds: new Float64Array(hours),
    ...figures,
  };
}

/** A replication over a window of `windowSeconds` opening at `windowStartUtc`, one bucket and whole hours unless given. */
export function replicationResult(fields: Partial<ReplicationResult> & Pick<ReplicationResult, 'resources'>): ReplicationResult {
  const windowSeconds = fields.windowSeconds ?? 3600;
  return {
    scenario: 0,
    replication: 0,
    windowSeconds,
    bucketEdges: Float64Array.of(0, windowSeconds),
    hourEdges: Float64Array.of(0, windowSeconds),
    windowStartUtc: 0,
    paths: new Float64Array(PATHS.length),
    videoCalls: 0,
    videoDowngraded: 0,
    mediaMinutesRelayed: 0,
    mediaMinutesDirect: 0,
    signallingConnections: 0,
    callsSimulated: 0,
    events: 0,
    ...fields,
  };
}
