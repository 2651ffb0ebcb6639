/**
 * Every example workload's report.html renders (2 replications, as `avsim run FILE
 * --replications 2` makes it): no Vega warning, a section per scenario, and per scenario
 * a load chart per resource and the paths chart, plus the no-QoS share when media flowed.
 * The examples cover what the fixture of the other report tests does not: no Edge, no
 * media at all, a dozen resources, several scenarios. The runs share one kept worker pool.
 */
import { describe, expect, it } from 'vitest';
import { runScenarios } from '../../src/analysis/run.js';
import { renderRunReport } from '../../src/report/html/run-report.js';
import { loadScenarios } from '../../src/workload/scenarios.js';
import { keptPool } from '../support/pool.js';
import { workload, workloadFiles } from '../support/workloads.js';

describe("every example workload's report renders", () => {
  it.each(workloadFiles())('workloads/%s', async (file) => {
    const scenarios = loadScenarios(workload(file));
    const output = await runScenarios(scenarios, { replications: 2, pool: keptPool() });
    const report = await renderRunReport(output);
    expect(report.warnings).toEqual([]);
    expect(report.html).toMatch(/^<!doctype html>/i);
    // Per scenario: a load chart per resource that carried load, the paths chart; then the
    // no-QoS share when media flowed and an hourly chart per resource that blocked.
    let least = 0;
    let most = 0;
    output.scenarios.forEach(({ name }) => {
      expect(report.html).toContain(`<h2>Scenario ${name}</h2>`);
      const rows = output.summary.summary.filter((row) => row.scenario === name);
      least += rows.filter((row) => row.peak_concurrency > 0).length + 1;
      most += rows.filter((row) => row.peak_concurrency > 0).length + 2 + rows.filter((row) => row.blocked > 0).length;
    });
    expect(report.charts).toBeGreaterThanOrEqual(least);
    expect(report.charts).toBeLessThanOrEqual(most);
    expect((report.html.match(/<svg /g) ?? []).length).toBe(report.charts);
  });
});
