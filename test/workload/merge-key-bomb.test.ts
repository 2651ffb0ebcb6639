import { expect, it } from 'vitest';
import { MINIMAL, problemsOfText } from './helpers.js';

it('a merge-key bomb (each mapping merging the previous one many times) is refused without expanding it (expanding would not finish within the test timeout)', () => {
  const lines = ['m0: &m0 { a: 1, b: 2, c: 3 }'];
  for (let i = 1; i < 25; i++) lines.push(`m${i}: &m${i}\n  <<: [${new Array(8).fill(`*m${i - 1}`).join(', ')}]\n  k${i}: ${i}`);
  const problems = problemsOfText(`${MINIMAL}${lines.join('\n')}\n`);
  expect(problems).toEqual([expect.stringMatching(/^refused: .*merge-key bomb/)]);
});

it('an anchor used through aliases more than 100 times is refused (maxAliasCount)', () => {
  const sites = Array.from({ length: 101 }, (_, i) => `    - { name: s${i}, pool: *p, users: 1 }`).join('\n');
  const text = `name: t\ndeployment:\n  pools: [{ name: &p pool1 }]\n  sites:\n${sites}\n`;
  expect(problemsOfText(text)).toEqual([expect.stringMatching(/^refused: an anchor is used through aliases more than 100 times/)]);
});
