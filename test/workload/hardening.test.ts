import { expect, it } from 'vitest';
import { MINIMAL, problemsOf, problemsOfText } from './helpers.js';
import { parseWorkloadText } from '../../src/workload/index.js';

it('a JSON workload naming a key twice is refused with the line of the second, not read as the last value', () => {
  const text = '{\n  "name": "a",\n  "name": "b",\n  "deployment": { "pools": [{ "name": "p" }], "sites": [{ "name": "s", "pool": "p", "users": 1 }] }\n}\n';
  expect(problemsOf(() => parseWorkloadText(text, 'w.json'))).toEqual([
    'invalid JSON at line 3, column 3: duplicate key (a mapping names the same key twice)',
  ]);
});

it('a simulated time longer than a year (a typo such as 8000h) is refused', () => {
  expect(problemsOfText(`${MINIMAL}simulation: { warmup: 1h, duration: 9000h }\n`)).toEqual([
    'simulation.duration: expected the warm-up and the duration together to be at most 366 days, got 375.04 days',
  ]);
});

it('C4: edges of the wrong type are reported once, by their shape, with no made-up C4 problem on the pools', () => {
  const text = 'name: t\ndeployment:\n  edges: 5\n  pools: [{ name: p, edge: e }]\n  sites: [{ name: s, pool: p, users: 1 }]\n';
  const problems = problemsOfText(text);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(/^deployment\.edges: /);
});
