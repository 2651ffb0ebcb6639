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

test('histograms that outgrow their room one after the other each keep their own seconds', () => {
  const set = new ResourceSet(
    [
      { id: 'ports:a', kind: 'ports', capacity: Infinity },
      { id: 'edge:e', kind: 'edge', capacity: 3 },
      { id: 'ports:b', kind: 'ports', capacity: Infinity },
    ],
    1,
    1,
  );
  set.startWindow(0);
  set.acquire(1, 2, 0, 0); // the Edge at 2 all along, its histogram between the two others
  // a and b take turns past their initial 1,024 levels, so each moves, and moves again.
  for (let k = 1; k <= 2500; k++) {
    set.acquire(0, 1, 0, 2 * k - 1);
    set.acquire(2, 1, 0, 2 * k);
  }
  const [a, edge, b] = set.finish(5001);
  expect([...edge!.histogram]).toEqual([0, 0, 5001]);
  for (const [ports, first] of [[a!, 1], [b!, 2]] as const) {
    expect(ports.histogram.length).toBe(2501);
    expect(ports.histogram[0]).toBe(first);
    expect(ports.histogram.slice(1, 2500).every((s) => s === 2)).toBe(true);
    expect(ports.histogram.reduce((x, y) => x + y, 0)).toBe(5001);
  }
});

test('a resource of fixed bandwidth per unit, taken in units, carries its units times that bandwidth', () => {
  const set = new ResourceSet([{ id: 'link:branch:audio', kind: 'link', capacity: 10 }], 1, 2);
  set.fixBandwidth(0, 100);
  set.startWindow(0);
  set.takeUnit(0, 3000, 0);
  set.takeUnit(0, 600, 1200);
  set.releaseUnits(0, 1, 1800);
  set.nextHour(3600);
  set.acquireUnits(0, 3, 3600);
  const [link] = set.finish(7200);
  // Hour 0: one session all hour and one for 600 s; hour 1: four sessions all hour.
  expect([...link!.hourIntegral]).toEqual([4200, 14400]);
  expect([...link!.hourKbpsIntegral]).toEqual([420000, 1440000]);
  expect(link!.offered).toBe(2);
  expect(link!.peak).toBe(4);
  expect([...link!.histogram]).toEqual([0, 3000, 600, 0, 3600]);
});
