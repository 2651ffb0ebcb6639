import { expect, it } from 'vitest';
import { problemsOfText } from './helpers.js';

it('a document nested absurdly deep is refused before any later step walks it', () => {
  const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
  expect(problemsOfText(`{"name": "t", "description": ${deep}}`, 'w.json')).toEqual([
    'refused: lists and mappings nested more than 64 deep',
  ]);
});
