import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/report/atomic-write.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'avsim-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('a file write replaces the file and leaves no temporary file behind', async () => {
  const path = join(dir, 'summary.csv');
  await writeFile(path, 'old\n');
  await writeFileAtomic(path, 'new\n');
  expect(await readFile(path, 'utf8')).toBe('new\n');
  expect(await readdir(dir)).toEqual(['summary.csv']);
});
