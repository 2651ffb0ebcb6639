import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/report/atomic-write.js';
import { renderRunCsv, writeRunReports } from '../../src/report/csv.js';
import { summarize } from '../../src/results/summarize.js';
import { RESOURCES, SCENARIOS, results } from '../results/summarize-fixture.js';

describe('atomic writes that succeed', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'avsim-atomic-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('replace the file and leave no temporary file behind', async () => {
    const path = join(dir, 'summary.csv');
    await writeFile(path, 'old\n');
    await writeFileAtomic(path, 'new\n');
    expect(await readFile(path, 'utf8')).toBe('new\n');
    expect(await readdir(dir)).toEqual(['summary.csv']);
  });

  it('write the three run reports into a directory they create', async () => {
    const summary = summarize(SCENARIOS, RESOURCES, results());
    const out = join(dir, 'results', 'enterprise');
    await writeRunReports(out, summary);
    expect((await readdir(out)).sort()).toEqual(['paths.csv', 'summary.csv', 'timeseries.csv']);
    for (const file of renderRunCsv(summary)) expect(await readFile(join(out, file.name), 'utf8')).toBe(file.data);
  });
});
