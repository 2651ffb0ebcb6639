import { expect, it } from 'vitest';
import { renderRunReport } from '../../src/report/html/run-report.js';
import { workloadRun } from './report-fixture.js';

it('the run report charts blocking by clock hour for the resources that block, and names the others in a line', async () => {
  const run = await workloadRun('p2p-open-vs-blocked.yaml', ['blocked-hq-branches']);
  const rows = run.summary.summary;
  const edge = rows.find((row) => row.resource === 'edge:edge')!;
  expect(edge.blocked).toBeGreaterThan(0);
  expect(rows.filter((row) => row.resource !== 'edge:edge').every((row) => row.blocked === 0)).toBe(true);
  const report = await renderRunReport(run);
  expect(report.warnings).toEqual([]);
  const page = report.html;
  const hourly = page.match(/<figure class="chart" aria-label="[^"]*: offered load and blocking by clock hour">/g) ?? [];
  expect(hourly).toEqual(['<figure class="chart" aria-label="edge:edge: offered load and blocking by clock hour">']);
  // The busy hour shaded is summary.csv's.
  const end = `${String(Number(edge.busy_hour_utc.slice(0, 2)) + 1).padStart(2, '0')}:00`;
  expect(page).toContain(`shaded: the busy hour, ${edge.busy_hour_utc}-${end} UTC`);
  // The hours above 1% in words, under the chart.
  const over = run.summary.hourly.filter((row) => row.resource === 'edge:edge' && row.blocking > 0.01).length;
  expect(page).toMatch(new RegExp(`edge:edge blocks more than 1% of the requests in ${over} of 4 clock hours: [0-9:, -]+ UTC\\.`));
  expect(page).toContain('Never blocked a request, in any hour: mcu:pool1, ports:branch-north, ports:branch-south.');
  // ports:hq carries nothing once HQ-branch media is blocked: no chart, one line.
  expect(page).toContain('Carried no load: ports:hq.');
  expect(page).not.toContain('aria-label="ports:hq: concurrent ports"');
  expect(page).toContain('No request reached ports:hq in the measured window: no load to draw.');
}, 60_000);
