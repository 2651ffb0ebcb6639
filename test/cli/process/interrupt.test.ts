import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CLI, ROOT, tempDir, workload } from './cli-harness.js';

it('Ctrl-C (SIGINT) stops the workers promptly, exits non-zero and leaves no CSV', async () => {
  const out = join(tempDir(), 'out');
  // Far more replications than finish in the time we wait: the run is cut short.
  const child = spawn(process.execPath, [CLI, 'run', workload('enterprise.yaml'), '--out', out, '--replications', '1000', '--workers', '2'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const sentAt = Date.now();
  child.kill('SIGINT');
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  expect(Date.now() - sentAt).toBeLessThan(10_000); // promptly, not after the remaining replications
  expect(code).toBe(130);
  expect(stderr).toMatch(/interrupted by SIGINT; no results were written/);
  expect(existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.csv')) : []).toEqual([]);
}, 30_000);
