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
  expect(readdirSync(out).sort()).toEqual(['.avsim-results', 'comparison.csv', 'paths.csv', 'report.html', 'summary.csv', 'timeseries.csv']);
  expect(r.stdout).toMatch(/wrote .*\{comparison,summary,paths,timeseries\}\.csv and .*report\.html/);
  const page = readFileSync(join(out, 'report.html'), 'utf8');
  expect(page).toContain('<h2>Side by side</h2>');
  for (const title of ['Mean concurrency by resource and scenario', 'Difference in mean concurrency']) expect(page).toContain(title);
  // Neither scenario blocks: a sentence instead of a chart of zero bars.
  expect(page).not.toContain('Blocking probability by resource and scenario');
  expect(page).toContain('No scenario blocked a request on any resource');
  for (const name of ['row-8-certificate-internal/baseline', 'row-8b-certificate-cname/baseline']) expect(page).toContain(`<h2>Scenario ${name}</h2>`);
  // 2 comparison charts + per scenario: paths, no-QoS share, and a load chart per resource
  // that carried load: none in row-8 (every call fails on the certificate), the Edge in row-8b.
  expect((page.match(/<svg /g) ?? []).length).toBe(2 + 2 * 2 + 1);
  expect(page).toContain('No request reached edge:edge, mcu:pool1, ports:hq, ports:branch in the measured window');
});
