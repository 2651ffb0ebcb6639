/** Runs the compiled CLI (dist/, built by `npm test`'s pretest) as a user would: a process of its own. */
import { spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../support/workloads.js';

export { ROOT, workload } from '../../support/workloads.js';
export { tempDir } from '../../support/temp.js';

export const CLI = join(ROOT, 'dist/src/cli/main.js');

export function avsim(args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
}
