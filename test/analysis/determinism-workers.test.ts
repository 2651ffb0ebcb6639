/**
 * The same seed gives the same bytes whatever the worker count: a run's CSVs and its
 * report, rendered as `avsim run` renders them, are identical with 1, 2 and 3 workers,
 * and another seed changes every one of them.
 */
import { textOf } from '../../src/report/atomic-write.js';
import { expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { runScenarios } from '../../src/analysis/run.js';
import { WorkerPool } from '../../src/parallel/pool.js';
import type { RunOptions } from '../../src/analysis/run.js';
import { renderRunCsv } from '../../src/report/csv.js';
import { renderRunReport } from '../../src/report/html/run-report.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { workload } from '../support/workloads.js';

const FILES = ['summary.csv', 'paths.csv', 'timeseries.csv', 'report.html'];

async function runWith(options: RunOptions & { workers: number }): Promise<Record<string, string>> {
  // More workers than cores: a pool of that many (runScenarios alone caps at the cores).
  const pool = options.workers > availableParallelism() ? new WorkerPool(options.workers) : undefined;
  let output;
  try {
    output = await runScenarios(loadScenarios(workload('enterprise.yaml')), { replications: 4, ...options, ...(pool === undefined ? {} : { pool }) });
  } finally {
    await pool?.close();
  }
  expect(output.workers).toBe(options.workers);
  const files = Object.fromEntries(renderRunCsv(output.summary).map((f) => [f.name, textOf(f.data)]));
  files['report.html'] = (await renderRunReport(output)).html;
  expect(Object.keys(files)).toEqual(FILES);
  return files;
}

it('the same seed gives byte-identical CSVs and report with 1, 2 and 3 workers; another seed changes them', async () => {
  const one = await runWith({ workers: 1 });
  expect(await runWith({ workers: 2 })).toEqual(one);
  expect(await runWith({ workers: 3 })).toEqual(one);
  const other = await runWith({ workers: 2, seed: 99 });
  for (const f of FILES) expect(other[f]).not.toBe(one[f]);
});
