import { expect, it } from 'vitest';
import { shortPercent } from '../../src/report/table.js';

it('writes probabilities as short percentages for the compare and size tables', () => {
  expect(shortPercent(0.0630188)).toBe('6.3%');
  expect(shortPercent(0.00786676)).toBe('0.787%');
  expect(shortPercent(0.000343584)).toBe('0.0344%');
  expect(shortPercent(6.8e-80)).toBe('<0.001%'); // never 80 zeros
  expect(shortPercent(0)).toBe('0%');
  expect(shortPercent(1)).toBe('100%');
  expect(shortPercent(Number.NaN)).toBe('-');
});
