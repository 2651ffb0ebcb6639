/**
 * A stop signal (SIGINT, SIGTERM, SIGHUP) stops the workers promptly and exits 128 + the
 * signal's number (130, 143, 129, as a shell reports a process killed by it), with
 * nothing written: no result file, no temporary folder beside --out. A shard stopped
 * while it waits for the others (`--wait`) keeps the slice it wrote, and says so.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { CLI, ROOT, tempDir, workload } from './cli-harness.js';

it.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const)('%s stops the workers promptly, exits %i and writes nothing', async (signal, exitCode) => {
  const out = join(tempDir(), 'out');
  // Far more replications than finish in the time we wait: the run is cut short.
  const child = spawn(process.execPath, [CLI, 'run', workload('enterprise.yaml'), '--out', out, '--replications', '1000', '--workers', '2'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const sentAt = Date.now();
  child.kill(signal);
  const code = await exited;
  expect(Date.now() - sentAt).toBeLessThan(10_000); // promptly, not after the remaining replications
  expect(code).toBe(exitCode);
  expect(stderr).toMatch(new RegExp(`interrupted by ${signal}; no results were written`));
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(dirname(out))).toEqual([]); // no temporary folder left either
}, 30_000);

it('a shard stopped while it waits for the other shards exits 130 and keeps the slice it wrote, saying so', async () => {
  const out = join(tempDir(), 'parts');
  const child = spawn(process.execPath, [CLI, 'size', workload('row-1-p2p-open.yaml'), '--target', '0.01', '--replications', '2', '--shard', '1/2', '--wait', '600', '--workers', '1', '--out', out], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // Its slice of round 1 is written when it says it waits for the other shard (which never comes).
  await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes("waiting for the other shards' slices") && resolve()));
  child.kill('SIGINT');
  expect(await exited).toBe(130);
  expect(stderr).toBe(`avsim: interrupted by SIGINT; the slice this shard wrote is kept in ${out}: run it again to go on\n`);
  expect(readdirSync(out)).toEqual(['row-1-p2p-open.size.round-1.shard-1-of-2.avsim-partial.json']);
}, 30_000);
