/**
 * A stop signal (SIGINT, SIGTERM, SIGHUP) stops the workers promptly and exits 128 + the
 * signal's number (130, 143, 129, as a shell reports a process killed by it), with
 * nothing written: no result file, no temporary folder beside --out.
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
