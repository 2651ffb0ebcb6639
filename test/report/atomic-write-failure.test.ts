import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
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

it('a file write whose rename fails removes its temporary file', async () => {
  // A directory where the file should go: the data is written, the rename is refused.
  await mkdir(join(dir, 'summary.csv'));
  await writeFile(join(dir, 'summary.csv', 'keep'), 'x');
  await expect(writeFileAtomic(join(dir, 'summary.csv'), 'data')).rejects.toThrow();
  expect(await readdir(dir)).toEqual(['summary.csv']);
});
