/**
 * Without `--workers`, a run starts as many workers as its size is worth (one per
 * CALLS_PER_WORKER expected calls, at most the cores); `--workers N` is obeyed as given.
 * The footer of the printed summary names the count.
 */
import { availableParallelism } from 'node:os';
import { expect, test } from 'vitest';
import { avsim, tempDir, workload } from './cli-harness.js';

test('a small run uses one worker unless told otherwise', () => {
  // 10 replications of the enterprise workload: about 250,000 calls.
  const small = avsim(['run', workload('enterprise.yaml'), '--out', tempDir(), '--no-report']);
  expect(small.status).toBe(0);
  expect(small.stdout).toMatch(/calls\/s on 1 worker\)/);
  const told = avsim(['run', workload('enterprise.yaml'), '--out', tempDir(), '--no-report', '--workers', '2']);
  expect(told.status).toBe(0);
  expect(told.stdout).toMatch(/calls\/s on 2 workers\)/);
  // Never more workers than replications: the footer counts the threads that ran.
  const few = avsim(['run', workload('row-1-p2p-open.yaml'), '--out', tempDir(), '--no-report', '--workers', '8', '--replications', '3']);
  expect(few.status).toBe(0);
  expect(few.stdout).toMatch(/calls\/s on 3 workers\)/);
});

test('a large run uses the cores', () => {
  // 200 replications: about 5 million calls, enough for every core of a small machine.
  const large = avsim(['run', workload('enterprise.yaml'), '--out', tempDir(), '--no-report', '--replications', '200']);
  expect(large.status).toBe(0);
  const cores = Math.min(availableParallelism(), 8);
  expect(large.stdout).toMatch(new RegExp(`calls/s on ${cores} worker${cores === 1 ? '' : 's'}\\)`));
});
