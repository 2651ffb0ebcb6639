import { expect, it } from 'vitest';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { MINIMAL, file, problemsOf } from './helpers.js';

it('without scenarios: one scenario named baseline', () => {
  expect(loadScenarios(file(MINIMAL)).map((s) => s.name)).toEqual(['baseline']);
});

it('each scenario is the base with its RFC 7386 merge patch (objects merged, arrays replaced, null deletes)', () => {
  const text = `${MINIMAL}network:
  rules: [{ between: [hq, hq], p2p: blocked }]
deployment:
  pools: [{ name: pool1 }]
  sites: [{ name: hq, pool: pool1, users: 10, portPool: 50 }]
scenarios:
  - name: base
  - name: open
    patch:
      network: { rules: [] }
      deployment: { sites: [{ name: hq, pool: pool1, users: 20 }] }
      simulation: { replications: 3 }
`.replace(/^deployment:\n  pools: \[\{ name: pool1 \}\]\n  sites: \[\{ name: hq, pool: pool1, users: 10 \}\]\n/m, '');
  const [base, open] = loadScenarios(file(text));
  expect(base!.workload.network.rules).toHaveLength(1);
  expect(open!.workload.network.rules).toEqual([]);
  expect(open!.workload.deployment.sites[0]!.users).toBe(20);
  expect(open!.workload.deployment.sites[0]!.portPool).toBeUndefined(); // the array was replaced
  expect(open!.workload.simulation.replications).toBe(3);
  expect(open!.workload.simulation.duration).toBe(base!.workload.simulation.duration);
});

it('a scenario whose patch breaks the workload is reported with its name and the field', () => {
  const text = `${MINIMAL}scenarios:\n  - name: ok\n  - name: broken\n    patch: { deployment: { remote: { users: -1 } } }\n`;
  expect(problemsOf(() => loadScenarios(file(text)))).toEqual([
    'scenarios[1] "broken": deployment.remote.users: expected a non-negative integer, got -1',
  ]);
});
