import { expect, it } from 'vitest';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { MINIMAL, file, problemsOf } from './helpers.js';

it('a scenario whose patch breaks the workload is reported with its name and the field', () => {
  const text = `${MINIMAL}scenarios:\n  - name: ok\n  - name: broken\n    patch: { deployment: { remote: { users: -1 } } }\n`;
  expect(problemsOf(() => loadScenarios(file(text)))).toEqual([
    'scenarios[1] "broken": deployment.remote.users: expected a non-negative integer, got -1',
  ]);
});
