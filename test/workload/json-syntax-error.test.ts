import { expect, it } from 'vitest';
import { problemsOfText } from './helpers.js';

it.each([
  ['a missing comma', '{\n  "name": "t"\n  "seed": 1\n}', 'invalid JSON at line 3, column 3: '],
  ['a cut-off text', '{\n  "name": "t",\n  "seed": ', 'invalid JSON at line 3, column 11: '],
  ['a stray token', '{\n  "name": "t",\n  "seed": [1, 2,],\n  "description": "x"\n}', 'invalid JSON at line 3, column 17: '],
  ['a bad literal', '{"seed": tru}', 'invalid JSON at line 1, column '],
])('%s: the problem names its line and column', (_label, text, start) => {
  const problems = problemsOfText(text, 'w.json');
  expect(problems).toHaveLength(1);
  expect(problems[0]!.startsWith(start)).toBe(true);
});
