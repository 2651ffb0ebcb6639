import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { avsim, tempDir, workload } from './cli-harness.js';

const FILES = ['summary.csv', 'paths.csv', 'timeseries.csv', 'report.html'];

function runWith(args: string[]): Record<string, string> {
  const out = tempDir();
  const r = avsim(['run', workload('enterprise.yaml'), '--out', out, '--replications', '6', '--quiet', ...args]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return Object.fromEntries(FILES.map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}

it('the same seed gives byte-identical CSVs and report with 1, 2 and 3 workers; another seed changes them', () => {
  const one = runWith(['--workers', '1']);
  expect(runWith(['--workers', '2'])).toEqual(one);
  expect(runWith(['--workers', '3'])).toEqual(one);
  const other = runWith(['--workers', '2', '--seed', '99']);
  for (const f of FILES) expect(other[f]).not.toBe(one[f]);
}, 60_000); // four runs of the enterprise workload, each rendering its report
