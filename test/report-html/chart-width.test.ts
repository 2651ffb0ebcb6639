import { expect, it } from 'vitest';
import { PAGE_WIDTH } from '../../src/report/html/chart-style.js';
import { renderRunReport } from '../../src/report/html/run-report.js';
import { fixtureRun } from './report-fixture.js';

it('every chart is as wide as the text column, and the page scales it down to a narrower column or A4 paper', async () => {
  const { html } = await renderRunReport(fixtureRun());
  expect(PAGE_WIDTH).toBe(780);
  // The body's text column is 780 px; on paper the body has no max-width.
  expect(html).toMatch(/body \{[^}]*max-width: 780px;/);
  expect(html).toMatch(/figure\.chart svg \{[^}]*max-width: 100%; height: auto;/);
  const widths = [...html.matchAll(/<svg [^>]*width="(\d+)"/g)].map((m) => Number(m[1]));
  expect(widths.length).toBeGreaterThan(0);
  for (const width of widths) expect(width).toBe(PAGE_WIDTH);
});
