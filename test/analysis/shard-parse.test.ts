/** `--shard i/n` is read as two whole numbers with 1 <= i <= n; anything else names the option and what arrived. */
import { expect, it } from 'vitest';
import { parseShard } from '../../src/analysis/shard.js';

it('reads i/n', () => {
  expect(parseShard('3/7')).toEqual({ index: 3, count: 7 });
  expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
});

it.each([
  ['3', /expected i\/n, the i-th of n slices \(e\.g\. 3\/7\), got "3"/],
  ['a/b', /got "a\/b"/],
  ['-1/3', /got "-1\/3"/],
  ['0/3', /expected i from 1 to 3 in i\/3, got 0 \(a Kubernetes Indexed Job passes JOB_COMPLETION_INDEX \+ 1\)/],
  ['4/3', /expected i from 1 to 3 in i\/3, got 4/],
  ['1/0', /expected a shard count n from 1 to 100,000, got 0/],
])('refuses %s', (text, message) => {
  expect(() => parseShard(text)).toThrow(message);
  expect(() => parseShard(text)).toThrow(/^options\.shard: /);
});
