/**
 * The partials' serialization gives back exactly what went in: any bytes in a
 * Float64Array (NaN payloads, subnormals, -0, infinities), any double as a plain number,
 * undefined values, keys that look like tags, an own "__proto__" key; and a replication
 * result of that shape, bit for bit.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { decodeExact, encodeExact } from '../../src/results/exact-json.js';
import { replicationResult, resourceFigures } from '../support/replication-result.js';

/** Through the encoder, JSON text and the decoder, as a partial goes from shard to merge. */
function roundTrip(value: unknown): unknown {
  return decodeExact(JSON.parse(JSON.stringify(encodeExact(value))));
}

const bytesOf = (array: Float64Array): Uint8Array => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

it('a Float64Array of any bytes comes back with the same bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (raw) => {
      const whole = raw.subarray(0, raw.length - (raw.length % 8));
      const array = new Float64Array(new Uint8Array(whole).buffer);
      const back = roundTrip(array);
      expect(back).toBeInstanceOf(Float64Array);
      expect(bytesOf(back as Float64Array)).toEqual(bytesOf(array));
    }),
  );
});

it('a view into a larger buffer is encoded as the view alone', () => {
  const block = Float64Array.of(1, 2, 3, 4, 5);
  const back = roundTrip(block.subarray(1, 3)) as Float64Array;
  expect([...back]).toEqual([2, 3]);
});

it('any double as a plain number comes back as the same double (Object.is), NaN, -0 and infinities included', () => {
  fc.assert(
    fc.property(fc.double(), (x) => {
      expect(Object.is(roundTrip(x), x)).toBe(true);
      expect(Object.is((roundTrip({ x }) as { x: number }).x, x)).toBe(true);
    }),
  );
  for (const x of [Number.NaN, Infinity, -Infinity, -0, 0, Number.MIN_VALUE, -Number.MIN_VALUE, 2.2250738585072014e-308 / 3, Number.MAX_VALUE]) {
    expect(Object.is(roundTrip(x), x), String(x)).toBe(true);
  }
});

it('keeps undefined values, key order, tag-like keys and an own "__proto__" key as they were', () => {
  const value = JSON.parse('{"b":1,"a":{"~num":"NaN"},"~obj":[{"~undefined":0}],"__proto__":{"polluted":true}}') as Record<string, unknown>;
  value['u'] = undefined;
  const back = roundTrip(value) as Record<string, unknown>;
  expect(Object.keys(back)).toEqual(['b', 'a', '~obj', '__proto__', 'u']);
  expect(back['a']).toEqual({ '~num': 'NaN' });
  expect(back['~obj']).toEqual([{ '~undefined': 0 }]);
  expect(Object.hasOwn(back, 'u') && back['u'] === undefined).toBe(true);
  expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
  expect(Object.getOwnPropertyDescriptor(back, '__proto__')?.value).toEqual({ polluted: true });
});

it('a replication result with NaN, Infinity, -0 and subnormals in its numbers and arrays comes back bit for bit', () => {
  const subnormal = Number.MIN_VALUE * 3;
  const result = replicationResult({
    windowSeconds: -0,
    windowStartUtc: Infinity,
    mediaMinutesRelayed: Number.NaN,
    signallingConnections: subnormal,
    resources: [resourceFigures(2, 1, { peak: -Infinity, histogram: Float64Array.of(Number.NaN, -0, subnormal, Infinity), bucketMax: Float64Array.of(-Infinity, 1e-310) })],
  });
  const back = roundTrip(result) as typeof result;
  expect(Object.keys(back)).toEqual(Object.keys(result));
  expect(Object.is(back.windowSeconds, -0) && back.windowStartUtc === Infinity && Number.isNaN(back.mediaMinutesRelayed)).toBe(true);
  expect(Object.is(back.signallingConnections, subnormal)).toBe(true);
  expect(back.resources[0]!.peak).toBe(-Infinity);
  for (const key of Object.keys(result.resources[0]!) as (keyof (typeof result.resources)[0])[]) {
    const a = result.resources[0]![key];
    const b = back.resources[0]![key];
    if (a instanceof Float64Array) expect(bytesOf(b as Float64Array), key).toEqual(bytesOf(a));
    else expect(Object.is(a, b), key).toBe(true);
  }
  expect(bytesOf(back.paths)).toEqual(bytesOf(result.paths));
});
