import { expect, it } from 'vitest';
import { parseWorkloadText, parseWorkloadValue } from '../../src/workload/load.js';
import { MINIMAL, problemsOf } from './helpers.js';

it('an already-parsed value is validated like a whole file', () => {
  const raw = { name: 't', deployment: { pools: [{ name: 'pool1' }], sites: [{ name: 'hq', pool: 'pool1', users: 10 }] } };
  expect(parseWorkloadValue(raw, 'patched')).toEqual(parseWorkloadText(MINIMAL, 'w.yaml'));
  expect(problemsOf(() => parseWorkloadValue({ ...raw, seed: -1 }, 'patched'))).toEqual(['seed: expected a non-negative integer, got -1']);
});

it('a document that is no mapping is refused at the top level', () => {
  expect(problemsOf(() => parseWorkloadText('', 'w.yaml'))).toEqual([
    '(top level): expected a mapping of workload fields (name, deployment, ...), got an empty document',
  ]);
  expect(problemsOf(() => parseWorkloadValue([1], 'w'))).toEqual([
    '(top level): expected a mapping of workload fields (name, deployment, ...), got a list',
  ]);
});
