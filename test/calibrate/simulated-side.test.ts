import { describe, expect, it } from 'vitest';
import { simulatedLoad, simulatedPathCounts } from '../../src/calibrate/simulated-side.js';
import { PATHS } from '../../src/negotiation/paths.js';
import type { ResourceInfo } from '../../src/results/types.js';
import { parseWorkloadValue } from '../../src/workload/load.js';
import { replicationResult, resourceFigures } from '../support/replication-result.js';

const WORKLOAD = parseWorkloadValue(
  {
    name: 'two-sites',
    deployment: { pools: [{ name: 'pool1' }], sites: [{ name: 'hq', pool: 'pool1', users: 10 }, { name: 'branch', pool: 'pool1', users: 5 }], remote: { users: 2 } },
  },
  'two-sites.yaml',
);

/** One pair's row of a replication's pairPaths: [caller, callee, count of each path in PATHS order]. */
function pairRow(caller: number, callee: number, counts: Partial<Record<(typeof PATHS)[number], number>>): number[] {
  return [caller, callee, ...PATHS.map((p) => counts[p] ?? 0)];
}

describe('the simulated side of avsim fit', () => {
  it('sums the pairs\' calls over replications, names their locations, and keeps apart the calls that got no media', () => {
    // Locations: 0 hq, 1 branch, 2 remote, 3 federated.
    const results = [
      replicationResult({ resources: [], replication: 0, pairPaths: Float64Array.from([...pairRow(0, 1, { p2p: 3, 'edge-udp': 1 }), ...pairRow(0, 3, { 'edge-udp': 2 })]) }),
      replicationResult({ resources: [], replication: 1, pairPaths: Float64Array.from([...pairRow(0, 1, { p2p: 1, 'failed-no-path': 2 }), ...pairRow(2, 0, { 'edge-tcp': 1 })]) }),
      replicationResult({ resources: [], scenario: 1, pairPaths: Float64Array.from(pairRow(0, 1, { p2p: 100 })) }),
    ];
    const counts = simulatedPathCounts(results, WORKLOAD, 0);
    expect(counts.replications).toBe(2);
    expect(counts.pairs).toEqual([
      { callerLocation: 'hq', calleeLocation: 'branch', counts: [4, 1, 0, 0], calls: 7, withoutMedia: { 'failed-no-path': 2 } },
      { callerLocation: 'hq', calleeLocation: 'federated', counts: [0, 2, 0, 0], calls: 2, withoutMedia: {} },
      { callerLocation: 'remote', calleeLocation: 'hq', counts: [0, 0, 1, 0], calls: 1, withoutMedia: {} },
    ]);
    expect(counts.overall).toEqual([4, 3, 1, 0]);
    expect(() => simulatedPathCounts([replicationResult({ resources: [] })], WORKLOAD)).toThrow(/kept no calls by pair/);
  });

  it('offered erlangs by UTC clock hour over whole hours only, and the busy hour chosen and measured on different halves', () => {
    // A window from 23:30 to 02:30 UTC: whole clock hours 00 and 01, half hours at either end.
    const hourEdges = Float64Array.of(0, 1800, 5400, 9000, 10800);
    const resources: ResourceInfo[] = [{ id: 'edge:e', kind: 'edge', capacity: 10 }, { id: 'ports:hq', kind: 'ports', capacity: Infinity }];
    const erlangs = [[2, 1], [1, 3], [4, 1], [1, 2]]; // per replication: hour 00, hour 01
    const results = erlangs.map(([h0, h1], replication) =>
      replicationResult({
        replication, windowSeconds: 10800, windowStartUtc: 84600, hourEdges,
        resources: [resourceFigures(1, 4, { hourOfferedSeconds: Float64Array.of(99 * 3600, h0! * 3600, h1! * 3600, 99 * 3600) }), resourceFigures(1, 4)],
      }),
    );
    const [edge, ...others] = simulatedLoad(results, resources);
    expect(others).toEqual([]); // a port pool is not in media records
    expect(edge!.hours.filter((h) => h.replications > 0).map((h) => [h.utcHour, h.mean])).toEqual([[0, 2], [1, 1.75]]);
    expect(edge!.hours[23]!.replications).toBe(0); // the half hour at the window's opening
    // All four: hour 00. Even replications choose 00, odd ones 01; each is measured at the
    // other half's choice: replications 0 and 2 at 01 (1, 1), 1 and 3 at 00 (1, 1).
    expect(edge!.busy).toEqual({ resource: 'edge:e', mean: 1, low: 1, high: 1, replications: 4, utcHour: 0, daysPerReplication: 1 });
  });

  it('a window of two days averages each clock hour\'s two whole hours', () => {
    const hourEdges = Float64Array.from({ length: 49 }, (_, i) => i * 3600);
    const result = replicationResult({
      windowSeconds: 48 * 3600, hourEdges,
      resources: [resourceFigures(1, 48, { hourOfferedSeconds: Float64Array.from({ length: 48 }, (_, i) => i * 3600) })],
    });
    const [mcu] = simulatedLoad([result], [{ id: 'mcu:p', kind: 'mcu', capacity: 100 }]);
    expect(mcu!.hours[5]!.mean).toBe(17); // (5 + 29) / 2
    expect(mcu!.busy!.utcHour).toBe(23);
    expect(mcu!.busy!.daysPerReplication).toBe(2);
    expect(mcu!.busy!.low).toBeNaN(); // one replication: no interval
  });
});
