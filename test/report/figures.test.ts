import { expect, it } from 'vitest';
import { percentText, percentWithInterval, sigFigures } from '../../src/report/figures.js';

it('writes probabilities as percentages to 3 significant digits', () => {
  expect(percentText(0.0630188)).toBe('6.3%');
  expect(percentText(0.00786676)).toBe('0.787%');
  expect(percentText(0.000343584)).toBe('0.0344%');
  expect(percentText(6.8e-80)).toBe('<0.001%'); // never 80 zeros
  expect(percentText(0)).toBe('0%');
  expect(percentText(1)).toBe('100%');
  expect(percentText(Number.NaN)).toBe('-');
});

it('writes figures to 4 significant digits, whole numbers of 4 figures or more whole', () => {
  expect(sigFigures(5.63303)).toBe('5.633');
  expect(sigFigures(59.6265)).toBe('59.63');
  expect(sigFigures(0.0123456)).toBe('0.01235');
  expect(sigFigures(12345.6)).toBe('12346');
  expect(sigFigures(300)).toBe('300');
  expect(sigFigures(Infinity)).toBe('-');
});

it('writes a probability with its interval, and a bare 0% when everything is 0', () => {
  expect(percentWithInterval(0.025, 0.018, 0.032)).toBe('2.5% [1.8%, 3.2%]');
  expect(percentWithInterval(0, 0, 0)).toBe('0%');
  expect(percentWithInterval(0.1, Number.NaN, Number.NaN)).toBe('10%');
});
