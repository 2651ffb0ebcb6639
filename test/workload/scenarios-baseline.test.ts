import { expect, it } from 'vitest';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { MINIMAL, file } from './helpers.js';

it('a file without scenarios has one scenario, named baseline', () => {
  expect(loadScenarios(file(MINIMAL)).map((s) => s.name)).toEqual(['baseline']);
});
