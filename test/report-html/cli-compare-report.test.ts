/** `avsim compare` writes report.html beside its CSVs; the command runs in-process (test/cli/in-process.ts). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { compareCommand } from '../../src/cli/compare.js';
import { invoke } from '../cli/in-process.js';
import { tempDir } from '../support/temp.js';
import { workload } from '../support/workloads.js';

it('compare writes report.html: the scenarios side by side, then each scenario', async () => {
  const out = tempDir();
  const r = await invoke(compareCommand, [workload('row-8-certificate-internal.yaml'), workload('row-8b-certificate-cname.yaml'), '--out', out, '--replications', '2']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['comparison.csv', 'paths.csv', 'report.html', 'summary.csv', 'timeseries.csv']);
  expect(r.stdout).toMatch(/wrote .*\{comparison,summary,paths,timeseries\}\.csv and .*report\.html/);
  const page = readFileSync(join(out, 'report.html'), 'utf8');
  expect(page).toContain('<h2>Side by side</h2>');
  for (const title of ['Mean concurrency by resource and scenario', 'Blocking probability by resource and scenario', 'Difference in mean concurrency']) {
    expect(page).toContain(title);
  }
  for (const name of ['row-8-certificate-internal/baseline', 'row-8b-certificate-cname/baseline']) expect(page).toContain(`<h2>Scenario ${name}</h2>`);
  // 3 comparison charts + per scenario: Edge, MCU, 2 port pools, paths (no-QoS only with media).
  expect((page.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(3 + 2 * 5);
});
