import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadWorkloadFile } from '../../src/workload/load.js';
import { errorOf } from './helpers.js';

it('a missing file: a WorkloadError naming the file and why', () => {
  const path = join(tmpdir(), 'avsim-no-such-dir', 'missing.yaml');
  const error = errorOf(() => loadWorkloadFile(path));
  expect(error.file).toBe(path);
  expect(error.problems).toEqual(['cannot read the workload file: no such file (ENOENT)']);
  expect(error.message).toBe(`${path}: cannot read the workload file: no such file (ENOENT)`);
});

it('a directory is no workload file', () => {
  expect(errorOf(() => loadWorkloadFile(tmpdir())).problems).toEqual(['cannot read the workload file: is a directory (EISDIR)']);
});
