import { expect, it } from 'vitest';
import { searchFewestServers } from '../../src/analysis/sizing-search.js';
import { fakeEvaluator, step } from './fake-evaluator.js';

// A good first guess settles the search in one batch: start-1, start, start+1 and the
// upper bound together bracket the answer.
it('one batch when the first guess is the answer', async () => {
  const fake = fakeEvaluator(step(20));
  const outcome = await searchFewestServers(fake.evaluate, { target: 0.01, start: 20, upper: 35 });
  expect(outcome.servers).toBe(20);
  expect(fake.batches).toEqual([[19, 20, 21, 35]]);
});

it('gallops down from a first guess that is too high, instead of bisecting from zero', async () => {
  const fake = fakeEvaluator(step(95));
  await searchFewestServers(fake.evaluate, { target: 0.01, start: 100, upper: 120 });
  expect(fake.batches[0]).toEqual([99, 100, 101, 120]);
  expect(fake.batches[1]).toEqual([95, 97, 98]); // 99 - 4, 99 - 2, 99 - 1 (99 met)
  expect(fake.batches.flat().every((n) => n >= 90)).toBe(true);
});

it('doubles when even the upper bound fails, and gives up past maxServers', async () => {
  const fake = fakeEvaluator(step(70));
  const outcome = await searchFewestServers(fake.evaluate, { target: 0.01, start: 5, upper: 8 });
  expect(outcome.servers).toBe(70);
  expect(fake.batches[1]).toEqual([16]);
  await expect(
    searchFewestServers(fakeEvaluator(() => 0.5).evaluate, { target: 0.01, start: 5, upper: 8, maxServers: 64 }),
  ).rejects.toThrow(/no server count up to 64 meets a blocking target of 0.01/);
});

it('answers at least one server, and evaluates zero servers for the one-down figure', async () => {
  const fake = fakeEvaluator(() => 0); // nothing offered: nothing blocked at any size
  const outcome = await searchFewestServers(fake.evaluate, { target: 0.01, start: 0, upper: 0 });
  expect(outcome.servers).toBe(1);
  expect(outcome.oneDown.servers).toBe(0);
});

it('rejects a target outside (0, 1)', async () => {
  const fake = fakeEvaluator(step(3));
  for (const target of [0, 1, -0.1, Number.NaN]) {
    await expect(searchFewestServers(fake.evaluate, { target, start: 1, upper: 4 })).rejects.toThrow(RangeError);
  }
});
