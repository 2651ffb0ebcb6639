import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFilesAtomic } from '../../src/report/atomic-write.js';

describe('atomic writes that fail', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'avsim-atomic-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('leave the old files intact when rendering throws', async () => {
    await writeFile(join(dir, 'summary.csv'), 'old summary\n');
    const files = [
      { name: 'summary.csv', data: 'new summary\n' },
      {
        name: 'paths.csv',
        data: (): string => {
          throw new Error('render failed');
        },
      },
    ];
    await expect(writeFilesAtomic(dir, files)).rejects.toThrow('render failed');
    expect(await readFile(join(dir, 'summary.csv'), 'utf8')).toBe('old summary\n');
    expect(await readdir(dir)).toEqual(['summary.csv']);
  });

  it('create no directory when rendering throws', async () => {
    const out = join(dir, 'not-yet');
    const failing = (): string => {
      throw new Error('render failed');
    };
    await expect(writeFilesAtomic(out, [{ name: 'a.csv', data: failing }])).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('remove the temporary file when the rename fails', async () => {
    // A directory where the file should go: the data is written, the rename is refused.
    await mkdir(join(dir, 'summary.csv'));
    await writeFile(join(dir, 'summary.csv', 'keep'), 'x');
    await expect(writeFileAtomic(join(dir, 'summary.csv'), 'data')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['summary.csv']);
  });

  it('refuse a name with a directory part', async () => {
    await expect(writeFilesAtomic(dir, [{ name: '../escape.csv', data: 'x' }])).rejects.toThrow(RangeError);
    expect(await readdir(dir)).toEqual([]);
  });
});
