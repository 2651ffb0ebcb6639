import { expect, it } from 'vitest';
import { problemsOfText } from './helpers.js';

it('a YAML syntax error names its line and column', () => {
  expect(problemsOfText('name: t\ndeployment:\n  pools: [{ name: p }\n  sites: []\n')).toEqual([
    expect.stringMatching(/^invalid YAML at line 4, column \d+: /),
  ]);
});

it('a key given twice is a syntax error at the second one', () => {
  expect(problemsOfText('name: t\nseed: 1\nname: u\n')).toEqual(['invalid YAML at line 3, column 1: Map keys must be unique']);
});
