/** Guided batching of jobs into tasks (pool.ts planTasks): every job once, in order, shrinking to single jobs. */
import { expect, test } from 'vitest';
import { planTasks } from '../../src/parallel/pool.js';

function check(jobs: number, workers: number, cap: number): [number, number][] {
  const tasks = planTasks(jobs, workers, cap);
  let next = 0;
  for (const [start, end] of tasks) {
    expect(start).toBe(next); // consecutive, no gap, no overlap
    expect(end - start).toBeGreaterThanOrEqual(1);
    expect(end - start).toBeLessThanOrEqual(Math.max(1, cap));
    next = end;
  }
  expect(next).toBe(jobs);
  for (let k = 1; k < tasks.length; k++) expect(tasks[k]![1] - tasks[k]![0]).toBeLessThanOrEqual(tasks[k - 1]![1] - tasks[k - 1]![0]);
  return tasks;
}

test('a long run is sent in few tasks that shrink to single jobs', () => {
  const tasks = check(1024, 2, 1000);
  expect(tasks[0]).toEqual([0, 128]); // a quarter of one worker's fair share
  expect(tasks.length).toBeLessThan(80);
  expect(tasks.at(-1)![1] - tasks.at(-1)![0]).toBe(1);
});

test('the cap bounds every task; a cap of one sends one job per task', () => {
  expect(check(1024, 2, 20)[0]).toEqual([0, 20]);
  expect(check(50, 2, 1)).toHaveLength(50);
  expect(check(50, 2, 0)).toHaveLength(50);
});

test('small runs and edge cases', () => {
  expect(check(0, 2, 10)).toEqual([]);
  expect(check(3, 4, 10)).toEqual([[0, 1], [1, 2], [2, 3]]);
  check(1, 1, 1);
  check(997, 3, 17);
});
