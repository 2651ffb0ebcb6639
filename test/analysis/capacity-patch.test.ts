import { expect, it } from 'vitest';
import { compileWorkload } from '../../src/model/compiled.js';
import { findSizingTarget, sizingTargets, withServers } from '../../src/analysis/capacity.js';
import { parseWorkloadValue } from '../../src/workload/load.js';

const WORKLOAD = parseWorkloadValue(
  {
    name: 'w',
    deployment: {
      edges: [
        { name: 'e1', servers: 2, sessionsPerServer: 100 },
        { name: 'e2', servers: 1, sessionsPerServer: 50 },
      ],
      pools: [{ name: 'p', edge: 'e1', mcuServers: 2, legsPerMcuServer: 40 }],
      sites: [
        { name: 'hq', pool: 'p', users: 100, portPool: 40 },
        { name: 'br', pool: 'p', users: 10 },
      ],
    },
  },
  'w.yaml',
);

it('lists the sizable resources with the ids and order of the model', () => {
  expect(sizingTargets(WORKLOAD).map((t) => t.resource)).toEqual(compileWorkload(WORKLOAD).resources.map((r) => r.id));
  expect(findSizingTarget(WORKLOAD, 'edge:e1')).toMatchObject({ kind: 'edge', unitsPerServer: 100, configuredServers: 2 });
  expect(findSizingTarget(WORKLOAD, 'mcu:p')).toMatchObject({ kind: 'mcu', unitsPerServer: 40, configuredServers: 2 });
  expect(findSizingTarget(WORKLOAD, 'ports:br')).toMatchObject({ kind: 'ports', unitsPerServer: 1, configuredServers: Infinity });
  expect(findSizingTarget(WORKLOAD, 'edge:nope')).toBeUndefined();
});

it('changes the one resource on a copy and leaves the frozen original alone', () => {
  expect(Object.isFrozen(WORKLOAD.deployment.edges[0])).toBe(true);
  const before = JSON.stringify(WORKLOAD);
  const cases: [string, number, number][] = [
    ['edge:e1', 5, 500], // servers x sessionsPerServer
    ['mcu:p', 3, 120], // mcuServers x legsPerMcuServer
    ['ports:br', 12, 12], // one server = one port
  ];
  for (const [id, servers, capacity] of cases) {
    const patched = withServers(WORKLOAD, findSizingTarget(WORKLOAD, id)!, servers);
    const capacities = compileWorkload(patched).resources.map((r) => [r.id, r.capacity]);
    const original = compileWorkload(WORKLOAD).resources.map((r) => [r.id, r.id === id ? capacity : r.capacity]);
    expect(capacities).toEqual(original);
  }
  expect(JSON.stringify(WORKLOAD)).toBe(before);
});

it('makes a resource unlimited with Infinity, and refuses other counts', () => {
  const unlimited = withServers(WORKLOAD, findSizingTarget(WORKLOAD, 'edge:e2')!, Infinity);
  expect(compileWorkload(unlimited).resources.find((r) => r.id === 'edge:e2')!.capacity).toBe(Infinity);
  for (const bad of [-1, 1.5, Number.NaN]) {
    expect(() => withServers(WORKLOAD, findSizingTarget(WORKLOAD, 'mcu:p')!, bad)).toThrow(RangeError);
  }
});

it('an MCU given in legs is sized in servers of legsPerMcuServer (default 1,000)', () => {
  const legs = parseWorkloadValue({ name: 'w', deployment: { pools: [{ name: 'p', mcuLegs: 300 }], sites: [{ name: 'hq', pool: 'p', users: 10 }] } }, 'w.yaml');
  const target = findSizingTarget(legs, 'mcu:p')!;
  expect(target).toMatchObject({ unitsPerServer: 1000, configuredServers: 0.3 });
  expect(compileWorkload(withServers(legs, target, 2)).resources.find((r) => r.id === 'mcu:p')!.capacity).toBe(2000);
});
