import { expect, it } from 'vitest';
import { loadScenarios } from '../../src/workload/index.js';
import { MINIMAL, file, problemsOf } from './helpers.js';

// WORKLOAD.md: "Unknown keys are errors (a typo must never be silently ignored)". In the
// base file `simulation.constructor` is an unknown key; inside a scenario's merge patch
// it must be one too, and must not swallow the keys that follow it.
it('a key named "constructor" inside a scenario patch is reported, not silently dropped with its siblings', () => {
  const text = `${MINIMAL}scenarios:\n  - name: a\n    patch: { simulation: { constructor: 1, interval: 60 } }\n`;
  expect(problemsOf(() => loadScenarios(file(text)))).toEqual([expect.stringMatching(/^scenarios\[0\] "a": simulation\.constructor: unknown key "constructor"/)]);
});

it('a scenario may not change the seed or the replication count, which every scenario of a run shares', () => {
  const text = `${MINIMAL}scenarios:\n  - name: a\n  - name: b\n    patch: { seed: 9, simulation: { replications: 3 } }\n`;
  expect(problemsOf(() => loadScenarios(file(text)))).toEqual([
    expect.stringMatching(/^scenarios\[1\] "b": patch\.seed: a scenario cannot change seed: every scenario of a run uses one seed and one replication count/),
    expect.stringMatching(/^scenarios\[1\] "b": patch\.simulation\.replications: a scenario cannot change simulation\.replications: .* --replications$/),
  ]);
});
