/**
 * The --precision plan and rule (analysis/precision.ts): batches as large as the first up
 * to the cap, a default cap the work budget lowers, options refused with the flag named,
 * and the tolerance: relative to the value, or to its floor near zero.
 */
import { expect, it } from 'vitest';
import { batchEnds, DEFAULT_BATCHES, isPrecise, PRECISION_FLOOR, precisionPlan } from '../../src/analysis/precision.js';
import { budgetProblems } from '../../src/analysis/budget.js';
import { OptionError } from '../../src/errors.js';
import { parseWorkloadValue } from '../../src/workload/load.js';

const small = parseWorkloadValue(
  { name: 'w', deployment: { edges: [{ name: 'e' }], pools: [{ name: 'p', edge: 'e' }], sites: [{ name: 's', pool: 'p', users: 100 }] } },
  'w.yaml',
);

it('batches are as large as the first, the last cut at the cap; the default cap is ten batches', () => {
  const plan = precisionPlan([small], 4, { precision: 0.1 })!;
  expect(plan).toEqual({ precision: 0.1, first: 4, batch: 4, cap: 4 * DEFAULT_BATCHES });
  expect(batchEnds(plan)).toEqual([4, 8, 12, 16, 20, 24, 28, 32, 36, 40]);
  expect(batchEnds({ ...plan, cap: 10 })).toEqual([4, 8, 10]);
  expect(batchEnds({ ...plan, cap: 4 })).toEqual([4]);
  expect(precisionPlan([small], 4, {})).toBeUndefined();
});

it('the default cap is lowered, batch by batch, to what the work budget admits', () => {
  // 10 million users on a flat profile: about 66 million calls a replication (25 h
  // simulated), so seven of the ten batches of one fit under the budget's 500 million.
  const big = parseWorkloadValue(
    { name: 'big', simulation: { duration: '24h' }, deployment: { edges: [{ name: 'e' }], pools: [{ name: 'p', edge: 'e' }], sites: [{ name: 's', pool: 'p', users: 10_000_000 }] }, traffic: { profile: 'flat' } },
    'big.yaml',
  );
  const plan = precisionPlan([big], 1, { precision: 0.1 })!;
  expect(plan.cap).toBeGreaterThanOrEqual(1);
  expect(plan.cap).toBeLessThan(DEFAULT_BATCHES);
  expect(budgetProblems([big], plan.cap)).toEqual([]);
  expect(budgetProblems([big], plan.cap + 1).length).toBeGreaterThan(0);
});

it('options out of range are refused naming the option', () => {
  const refused = (options: Parameters<typeof precisionPlan>[2]): string => {
    try {
      precisionPlan([small], 4, options);
    } catch (thrown) {
      expect(thrown).toBeInstanceOf(OptionError);
      return (thrown as OptionError).option;
    }
    throw new Error('not refused');
  };
  expect(refused({ precision: 0 })).toBe('precision');
  expect(refused({ precision: 1.5 })).toBe('precision');
  expect(refused({ precision: Number.NaN })).toBe('precision');
  expect(refused({ maxReplications: 20 })).toBe('maxReplications'); // without --precision
  expect(refused({ precision: 0.1, maxReplications: 3 })).toBe('maxReplications'); // below the first batch
  expect(refused({ precision: 0.1, maxReplications: 4.5 })).toBe('maxReplications');
});

it('a figure is precise when both ends lie within R of its value, or of its floor near zero', () => {
  const p = PRECISION_FLOOR.probability;
  expect(isPrecise({ value: 0.2, low: 0.191, high: 0.209, floor: p }, 0.05)).toBe(true); // 0.009 <= 5% of 0.2
  expect(isPrecise({ value: 0.2, low: 0.18, high: 0.209, floor: p }, 0.05)).toBe(false); // its lower end is 0.02 away
  expect(isPrecise({ value: 0.0001, low: 0, high: 0.0004, floor: p }, 0.05)).toBe(true); // within 5% of 1%
  expect(isPrecise({ value: 0.0001, low: 0, high: 0.0007, floor: p }, 0.05)).toBe(false);
  expect(isPrecise({ value: 0, low: 0, high: 0, floor: PRECISION_FLOOR.units }, 0.01)).toBe(true); // exactly nothing
  expect(isPrecise({ value: 0.3, low: Number.NaN, high: Number.NaN, floor: p }, 1)).toBe(false); // one replication
});
