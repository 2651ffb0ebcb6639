import { expect, it } from 'vitest';
import { MINIMAL, problemsOfText } from './helpers.js';

/** Ten levels, each listing the previous one ten times: 10^10 values once expanded. */
function billionLaughs(): string {
  const lines = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 10; i++) lines.push(`l${i}: &l${i} [${new Array(10).fill(`*l${i - 1}`).join(', ')}]`);
  return `${MINIMAL}${lines.join('\n')}\n`;
}

it('a YAML alias bomb ("billion laughs") is refused without expanding it (expanding would not finish within the test timeout)', () => {
  const problems = problemsOfText(billionLaughs());
  expect(problems).toEqual([
    'refused: its aliases would expand to more than 100000 values (an alias or merge-key bomb, "billion laughs"?)',
  ]);
});
