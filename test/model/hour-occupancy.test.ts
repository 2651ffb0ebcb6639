/**
 * A resource's occupancy integral per clock hour (`hourIntegral`) is split exactly at
 * the hour boundaries, and the hours add up to the window's integral.
 */
import { expect, test } from 'vitest';
import { ResourceSet } from '../../src/model/resources.js';

test('occupancy is integrated hour by hour, split at the boundary, summing to the window', () => {
  const set = new ResourceSet([{ id: 'edge:e', kind: 'edge', capacity: 10 }], 1, 2);
  set.startWindow(0);
  set.acquire(0, 2, 0, 600); // 2 units from 600 s
  set.acquire(0, 1, 0, 3000); // 3 units from 3000 s, across the hour boundary
  set.nextHour(3600);
  set.release(0, 3, 0, 4500); // nothing from 4500 s
  const [edge] = set.finish(7200);
  // Hour 0: 2 x (3000 - 600) + 3 x (3600 - 3000) = 4800 + 1800; hour 1: 3 x 900.
  expect([...edge!.hourIntegral]).toEqual([6600, 2700]);
  expect(edge!.occupancyIntegral).toBe(6600 + 2700);
});
