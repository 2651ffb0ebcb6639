import { expect, it } from 'vitest';
import { parseWorkloadText } from '../../src/workload/load.js';
import { MINIMAL, problemsOfText } from './helpers.js';

const warmup = (text: string): number => parseWorkloadText(`${MINIMAL}simulation: { warmup: ${text} }\n`, 'w.yaml').simulation.warmup;

it.each([
  ['90s', 90],
  ['15m', 900],
  ['8h', 28800],
  ['1d', 86400],
  ['1.5h', 5400],
  ['"45"', 45],
  ['45', 45],
  ['0', 0],
])('duration %s is %d seconds', (text, seconds) => {
  expect(warmup(text)).toBe(seconds);
});

it('a duration that is no duration is refused with what arrived', () => {
  expect(problemsOfText(`${MINIMAL}simulation: { warmup: 5 minutes, interval: -1 }\n`)).toEqual([
    'simulation.warmup: expected a duration such as "90s", "15m", "8h" or a number of seconds, got "5 minutes"',
    'simulation.interval: expected a duration of zero or more seconds, got -1',
  ]);
});
