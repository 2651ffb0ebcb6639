/**
 * The occupancy histogram of a resource (seconds spent at each level) is exact, and an
 * unlimited resource's histogram grows past its initial length without losing time.
 */
import { expect, test } from 'vitest';
import { ResourceSet } from '../../src/model/resources.js';

test('an unlimited resource taken to 3,000 units keeps every second at its level', () => {
  const set = new ResourceSet([{ id: 'ports:hq', kind: 'ports', capacity: Infinity }], 1, 1);
  set.startWindow(0);
  // One unit more each second for 3,000 s, past the initial 1,024 levels (twice grown).
  for (let k = 1; k <= 3000; k++) set.acquire(0, 1, 0, k);
  const [ports] = set.finish(3000.5);
  expect(ports!.histogram.length).toBe(3001); // levels 0..3000, trailing zeros trimmed
  expect(ports!.histogram[0]).toBe(1);
  expect(ports!.histogram[1024]).toBe(1);
  expect(ports!.histogram[3000]).toBe(0.5);
  expect(ports!.histogram.reduce((a, b) => a + b, 0)).toBe(3000.5);
  expect(ports!.peak).toBe(3000);
});

test('a resource with a capacity never holds more levels than it has', () => {
  const set = new ResourceSet([{ id: 'edge:e', kind: 'edge', capacity: 4 }], 1, 1);
  set.startWindow(0);
  set.acquire(0, 4, 0, 2);
  set.release(0, 4, 0, 5);
  const [edge] = set.finish(10);
  expect([...edge!.histogram]).toEqual([7, 0, 0, 0, 3]);
  expect(edge!.occupancyIntegral).toBe(12);
});
