import { expect, it } from 'vitest';
import { loadWorkloadFile } from '../../src/workload/load.js';
import { MINIMAL, file, problemsOf } from './helpers.js';

it('a YAML alias bomb ("billion laughs") is refused instead of expanded', () => {
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    levels.push(`${name}: &${name} [${new Array(9).fill(`*${prev}`).join(',')}]`);
  }
  const problems = problemsOf(() => loadWorkloadFile(file(`${levels.join('\n')}\n${MINIMAL}`)));
  expect(problems.join('\n')).toMatch(/alias/i);
});

it('JSON workloads load; broken JSON names the file and the problem', () => {
  const json = JSON.stringify({ name: 'j', deployment: { pools: [{ name: 'p' }], sites: [{ name: 's', pool: 'p', users: 3 }] } });
  expect(loadWorkloadFile(file(json, 'w.json')).deployment.sites[0]!.users).toBe(3);
  expect(problemsOf(() => loadWorkloadFile(file('{"name": ', 'w.json')))[0]).toMatch(/^invalid JSON: /);
});

it('every problem at once: shape and references together', () => {
  const text = MINIMAL.replace('users: 10', 'users: 0, pool: nowhere').replace('pool: pool1,', '');
  const problems = problemsOf(() => loadWorkloadFile(file(text)));
  expect(problems).toContain('deployment.sites[0].users: expected a positive integer, got 0');
  expect(problems.some((p) => p.startsWith('deployment.sites[0].pool: no pool named "nowhere"'))).toBe(true);
});
