import { expect, it } from 'vitest';
import { problemsOfText } from './helpers.js';

it('an alias inside its own anchor (a cycle) is refused with its line', () => {
  expect(problemsOfText('name: t\ndescription: &d [x, *d]\n')).toEqual([
    'invalid YAML at line 2, column 21: alias *d refers to a node that contains it (recursive alias)',
  ]);
});

it('an alias to no anchor is refused with its line', () => {
  expect(problemsOfText('name: t\ndescription: *nothing\n')).toEqual([
    'invalid YAML at line 2, column 14: alias *nothing names no anchor defined before it',
  ]);
});
