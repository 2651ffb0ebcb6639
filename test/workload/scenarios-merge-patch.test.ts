import { expect, it } from 'vitest';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { file } from './helpers.js';

it('each scenario is the base with its RFC 7386 merge patch (objects merged, arrays replaced, null deletes)', () => {
  const text = `name: t
deployment:
  pools: [{ name: pool1 }]
  sites: [{ name: hq, pool: pool1, users: 10, portPool: 50 }]
network:
  rules: [{ between: [hq, hq], p2p: blocked }]
description: base
scenarios:
  - name: base
  - name: open
    patch:
      network: { rules: [] }
      deployment: { sites: [{ name: hq, pool: pool1, users: 20 }] }
      simulation: { interval: 30m }
      description: null
`;
  const [base, open] = loadScenarios(file(text));
  expect(base!.workload.network.rules).toHaveLength(1);
  expect(open!.workload.network.rules).toEqual([]);
  expect(open!.workload.deployment.sites[0]!.users).toBe(20);
  expect(open!.workload.deployment.sites[0]!.portPool).toBeUndefined(); // the array was replaced
  expect(open!.workload.simulation.interval).toBe(1800);
  expect(open!.workload.simulation.duration).toBe(base!.workload.simulation.duration); // merged, not replaced
  expect(open!.workload.description).toBe(''); // deleted, then defaulted
});
