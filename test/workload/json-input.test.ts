import { expect, it } from 'vitest';
import { loadWorkloadFile } from '../../src/workload/load.js';
import { MINIMAL, file } from './helpers.js';

it('a .json file is read as JSON and gives the same workload as its YAML twin', () => {
  const json = JSON.stringify({ name: 't', deployment: { pools: [{ name: 'pool1' }], sites: [{ name: 'hq', pool: 'pool1', users: 10 }] } });
  expect(loadWorkloadFile(file(json, 'w.json'))).toEqual(loadWorkloadFile(file(MINIMAL)));
  expect(loadWorkloadFile(file(`\uFEFF${json}`, 'W.JSON')).name).toBe('t');
});
