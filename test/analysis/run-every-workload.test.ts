/**
 * Every example workload in workloads/ runs through the library with 2 replications, as
 * `avsim run FILE --replications 2` runs it, and renders the three CSVs with the
 * DESIGN.md columns: one row per scenario and resource (summary.csv), per scenario and
 * path (paths.csv), per scenario, resource and time bucket (timeseries.csv). The runs
 * share one kept worker pool. Their reports: test/report-html/every-workload-report.test.ts;
 * one of them through the CLI, files and all: test/cli/process/run-writes-files.test.ts.
 */
import { textOf } from '../../src/report/atomic-write.js';
import { describe, expect, it } from 'vitest';
import { runScenarios } from '../../src/analysis/run.js';
import { PATH_ROWS } from '../../src/results/types.js';
import { PATHS_COLUMNS, renderRunCsv, SUMMARY_COLUMNS, TIMESERIES_COLUMNS } from '../../src/report/csv.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import type { Workload } from '../../src/workload/schema.js';
import { parseCsv } from '../support/csv.js';
import { keptPool } from '../support/pool.js';
import { workload, workloadFiles } from '../support/workloads.js';

const files = workloadFiles();

/** The resource ids a workload deploys, as the DESIGN.md contract names them. */
/** Resource ids as DESIGN.md names them, from the workload (CAC links: two per applied policy; Mediation pools with PSTN calls). */
function resourceIds(w: Workload): string[] {
  const { edges = [], pools, sites } = w.deployment;
  const cac = w.cac;
  const targets = cac === undefined ? [] : [...cac.sites.map((s) => s.site), ...cac.regionLinks.map((l) => l.between.join('~')), ...cac.interSite.map((l) => l.between.join('~'))];
  const pstn = w.traffic.perUserPerHour.pstn > 0 || sites.some((s) => (s.traffic?.perUserPerHour?.pstn ?? 0) > 0);
  return [
    ...edges.map((e) => `edge:${e.name}`),
    ...pools.map((p) => `mcu:${p.name}`),
    ...sites.map((s) => `ports:${s.name}`),
    ...targets.flatMap((t) => [`link:${t}:audio`, `link:${t}:video`]),
    ...(pstn ? pools.map((p) => `mediation:${p.name}`) : []),
  ];
}

describe('every example workload runs and renders its CSVs', () => {
  it('the repository ships workloads', () => {
    expect(files.length).toBeGreaterThanOrEqual(13);
  });

  it.each(files)('workloads/%s: the DESIGN.md columns, a row per scenario and resource, path, resource and bucket', async (file) => {
    const scenarios = loadScenarios(workload(file));
    const output = await runScenarios(scenarios, { replications: 2, pool: keptPool() });
    const csv = Object.fromEntries(renderRunCsv(output.summary).map((f) => [f.name, parseCsv(textOf(f.data))]));
    expect(Object.keys(csv)).toEqual(['summary.csv', 'paths.csv', 'timeseries.csv']);
    expect(csv['summary.csv']!.header).toBe(SUMMARY_COLUMNS.join(','));
    expect(csv['paths.csv']!.header).toBe(PATHS_COLUMNS.join(','));
    expect(csv['timeseries.csv']!.header).toBe(TIMESERIES_COLUMNS.join(','));

    const expected = { summary: [] as string[], paths: [] as string[], timeseries: 0 };
    for (const { name, workload: w } of scenarios) {
      const ids = resourceIds(w);
      expected.summary.push(...ids.map((id) => `${name} ${id}`));
      expected.paths.push(...PATH_ROWS.map((path) => `${name} ${path}`));
      expected.timeseries += ids.length * Math.ceil(w.simulation.duration / w.simulation.interval);
    }
    expect(expected.summary.length).toBeGreaterThan(0);
    const key = (row: Record<string, string>, column: string): string => `${row['scenario']} ${row[column]}`;
    expect(csv['summary.csv']!.rows.map((row) => key(row, 'resource')).sort()).toEqual(expected.summary.sort());
    expect(csv['paths.csv']!.rows.map((row) => key(row, 'path'))).toEqual(expected.paths);
    expect(csv['timeseries.csv']!.rows).toHaveLength(expected.timeseries);
    for (const row of csv['summary.csv']!.rows) expect(row['offered'], key(row, 'resource')).toMatch(/^\d+(\.\d+)?$/);
  });
});
