import { expect, it } from 'vitest';
import { renderRunReport } from '../../src/report/html/run-report.js';
import { fixtureRun } from './report-fixture.js';

it('the run report draws, per scenario, a load chart per resource that carried load, blocking by hour where it blocked, the paths and the no-QoS share, each an SVG with axis titles', async () => {
  const report = await renderRunReport(fixtureRun());
  expect(report.warnings).toEqual([]);
  // "base": Edge and port pool load, the Edge's blocking by hour, paths, no-QoS;
  // "alt": the Edge's load (its port pool carried nothing, its Edge blocked nothing), paths, no-QoS.
  expect(report.charts).toBe(5 + 3);
  const figures = report.html.match(/<figure class="chart"[^>]*>[\s\S]*?<\/figure>/g) ?? [];
  expect(figures).toHaveLength(8);
  for (const figure of figures) {
    expect(figure).toMatch(/<svg [^>]*width="\d+" height="\d+"/);
    expect(figure).toMatch(/class="mark-text role-axis-title"/);
    expect(figure).toMatch(/class="mark-(line|area|rect|rule) role-mark/);
  }
  expect(report.html).toContain('concurrent sessions');
  expect(report.html).toContain('time of day (UTC)');
  expect(report.html).toContain('capacity 2 sessions');
  expect(report.html).toContain('share of calls');
  expect(report.html).toContain('share of media minutes');
  // Charts are at most the page's text column wide (chart-width.test.ts: they scale down to A4).
  for (const width of report.html.matchAll(/<svg [^>]*width="(\d+)"/g)) expect(Number(width[1])).toBeLessThanOrEqual(780);
});

it('the same run renders the same bytes', async () => {
  const [a, b] = [await renderRunReport(fixtureRun()), await renderRunReport(fixtureRun())];
  expect(a.html).toBe(b.html);
});
