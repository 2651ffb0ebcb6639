import { expect, it } from 'vitest';
import { describeValue, formatPath, valueAt } from '../../src/workload/field-path.js';

it('paths read as written in the file; values are found by path and shown short', () => {
  expect(formatPath(['deployment', 'sites', 1, 'users'])).toBe('deployment.sites[1].users');
  expect(formatPath(['network', 'my key', '<<'])).toBe('network["my key"]["<<"]');
  expect(formatPath([])).toBe('(top level)');
  expect(valueAt({ a: [{ b: -5 }] }, ['a', 0, 'b'])).toBe(-5);
  expect(valueAt({ a: {} }, ['a', 'constructor'])).toBeUndefined();
  expect(describeValue('abc')).toBe('"abc"');
  expect(describeValue('x'.repeat(100))).toBe(`"${'x'.repeat(36)}...`);
  expect(describeValue(Number.NaN)).toBe('NaN');
});
