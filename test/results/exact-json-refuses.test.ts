/** The partials' serialization refuses what it could not give back, and malformed tags, naming the path. */
import { expect, it } from 'vitest';
import { decodeExact, encodeExact } from '../../src/results/exact-json.js';

it('refuses a Map, a Date, a function or a bigint at encoding time, naming where it is', () => {
  expect(() => encodeExact({ a: [new Map()] })).toThrow(/\$\.a\[0\]: cannot encode a Map/);
  expect(() => encodeExact({ when: new Date(0) })).toThrow(/\$\.when: cannot encode a Date/);
  expect(() => encodeExact({ f: () => 1 })).toThrow(/\$\.f: cannot encode a function/);
  expect(() => encodeExact(1n)).toThrow(/cannot encode a bigint/);
});

it('refuses an unknown tag, a special number that is none, and base64 that cannot hold whole doubles', () => {
  expect(() => decodeExact({ x: { '~what': 1 } })).toThrow(/\$\.x: unknown tag ~what/);
  expect(() => decodeExact({ '~num': 'Infinityy' })).toThrow(/expected "NaN", "Infinity", "-Infinity" or "-0"/);
  expect(() => decodeExact({ '~Float64Array': Buffer.from([1, 2, 3]).toString('base64') })).toThrow(/3 bytes cannot hold a whole Float64Array/);
});
