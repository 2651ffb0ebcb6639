/**
 * A pool shared with the commands (src/cli/command-pool.ts) is the one they simulate on,
 * unless `--workers` asks for a pool of the command's own; the files are the same bytes.
 */
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { runCommand } from '../../src/cli/run.js';
import { keptPool } from '../support/pool.js';
import { tempDir } from '../support/temp.js';
import { workload } from '../support/workloads.js';
import { invoke } from './in-process.js';
import { filesOf } from './shards.js';

it('a command runs on the shared pool unless --workers is given, with the same bytes', async () => {
  const root = tempDir();
  const args = [workload('row-1-p2p-open.yaml'), '--replications', '3', '--no-report', '--quiet'];
  const run = vi.spyOn(keptPool(), 'run');
  expect((await invoke(runCommand, [...args, '--out', join(root, 'shared')], { keptPool: true })).status).toBe(0);
  expect(run).toHaveBeenCalledTimes(1);
  expect((await invoke(runCommand, [...args, '--workers', '1', '--out', join(root, 'own')], { keptPool: true })).status).toBe(0);
  expect((await invoke(runCommand, [...args, '--out', join(root, 'unshared')])).status).toBe(0);
  expect(run).toHaveBeenCalledTimes(1);
  expect(filesOf(join(root, 'own'))).toEqual(filesOf(join(root, 'shared')));
  expect(filesOf(join(root, 'unshared'))).toEqual(filesOf(join(root, 'shared')));
});
