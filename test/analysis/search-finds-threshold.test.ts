import fc from 'fast-check';
import { expect, it } from 'vitest';
import { searchFewestServers } from '../../src/analysis/sizing-search.js';
import { fakeEvaluator, step } from './fake-evaluator.js';

// Whatever the first guess and the upper bound (even wrong ones), the search returns
// the threshold of a monotone blocking curve and the evaluation one server below it.
it('returns the fewest servers meeting the target from any start and upper bound', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 400 }),
      fc.integer({ min: 0, max: 600 }),
      fc.integer({ min: 0, max: 600 }),
      async (threshold, start, upper) => {
        const fake = fakeEvaluator(step(threshold));
        const outcome = await searchFewestServers(fake.evaluate, { target: 0.01, start, upper });
        expect(outcome.servers).toBe(threshold);
        expect(outcome.best.servers).toBe(threshold);
        expect(outcome.oneDown.servers).toBe(threshold - 1);
        expect(outcome.oneDown.blocking).toBe(0.5);
        // Each count is simulated once: batches never repeat a count.
        const all = fake.batches.flat();
        expect(new Set(all).size).toBe(all.length);
        expect(outcome.rounds).toBe(fake.batches.length);
      },
    ),
    { numRuns: 300 },
  );
});

it('meets the target with the upper bound, not the estimate', async () => {
  // Estimates meet 1% from 10 servers, upper bounds only from 12.
  const fake = fakeEvaluator(
    (n) => (n >= 10 ? 0.005 : 0.2),
    (n) => (n >= 12 ? 0.009 : n >= 10 ? 0.011 : 0.25),
  );
  const outcome = await searchFewestServers(fake.evaluate, { target: 0.01, start: 10, upper: 30 });
  expect(outcome.servers).toBe(12);
  expect(outcome.best.blockingHigh).toBeLessThanOrEqual(0.01);
  expect(outcome.oneDown.blockingHigh).toBeGreaterThan(0.01);
});

it('counts a bound equal to the target as met', async () => {
  const fake = fakeEvaluator((n) => (n >= 7 ? 0.01 : 0.02));
  expect((await searchFewestServers(fake.evaluate, { target: 0.01, start: 3, upper: 9 })).servers).toBe(7);
});
