import { expect, it } from 'vitest';
import { labelScenarios, ScenarioNameError } from '../../src/analysis/compare.js';
import type { ScenarioFile } from '../../src/analysis/compare.js';
import type { Workload } from '../../src/workload/schema.js';

/** Only the workload's name matters to naming. */
const workload = (name: string): Workload => ({ name }) as unknown as Workload;
const file = (path: string, name: string, scenarios: string[]): ScenarioFile => ({
  file: path,
  scenarios: scenarios.map((s) => ({ name: s, workload: workload(name) })),
});

it('keeps names that are distinct across files, in file then scenario order', () => {
  const named = labelScenarios([file('a.yaml', 'wa', ['open', 'blocked']), file('b.yaml', 'wb', ['narrow'])]);
  expect(named.map((s) => s.name)).toEqual(['open', 'blocked', 'narrow']);
  expect(named.map((s) => [s.file, s.localName])).toEqual([
    ['a.yaml', 'open'],
    ['a.yaml', 'blocked'],
    ['b.yaml', 'narrow'],
  ]);
});

it('prefixes every scenario with its workload name when a name appears in two files', () => {
  const named = labelScenarios([file('a.yaml', 'wa', ['baseline', 'blocked']), file('b.yaml', 'wb', ['baseline'])]);
  expect(named.map((s) => s.name)).toEqual(['wa/baseline', 'wa/blocked', 'wb/baseline']);
  expect(named.map((s) => s.localName)).toEqual(['baseline', 'blocked', 'baseline']);
});

it('refuses names that still collide (the same file twice, or two files with one workload name)', () => {
  expect(() => labelScenarios([file('a.yaml', 'w', ['baseline']), file('a.yaml', 'w', ['baseline'])])).toThrow(ScenarioNameError);
  expect(() => labelScenarios([file('a.yaml', 'w', ['x']), file('b.yaml', 'w', ['x'])])).toThrow(/scenario "w\/x" appears twice \(a\.yaml and b\.yaml\)/);
});
