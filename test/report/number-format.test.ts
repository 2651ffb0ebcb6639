import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/report/number-format.js';

describe('formatNumber', () => {
  it('writes integers as they are', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(42)).toBe('42');
    expect(formatNumber(-7)).toBe('-7');
    expect(formatNumber(123456789)).toBe('123456789');
  });

  it('rounds other numbers to 6 significant digits, trailing zeros dropped', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1 / 3)).toBe('0.333333');
    expect(formatNumber(2 / 3)).toBe('0.666667');
    expect(formatNumber(0.785310236808735)).toBe('0.78531');
    expect(formatNumber(-12.3456789)).toBe('-12.3457');
    expect(formatNumber(0.9999996)).toBe('1');
  });

  it('never uses an exponent at ordinary magnitudes', () => {
    expect(formatNumber(1234567.5)).toBe('1234570');
    expect(formatNumber(123456789.123)).toBe('123457000');
    expect(formatNumber(0.0000012345678)).toBe('0.00000123457');
    expect(formatNumber(-6.666666666666e-8)).toBe('-0.0000000666667');
  });

  it('leaves NaN and infinities empty', () => {
    expect(formatNumber(Number.NaN)).toBe('');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('');
    expect(formatNumber(Number.NEGATIVE_INFINITY)).toBe('');
  });
});
