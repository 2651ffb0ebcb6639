import { expect, it } from 'vitest';
import { renderRunReport } from '../../src/report/html/run-report.js';
import { escapeHtml, html } from '../../src/report/html/page.js';
import { fixtureRun } from './report-fixture.js';

it('escapeHtml and the html tag escape text, never markup', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  const name = '<script>alert(1)</script>';
  expect(html`<h1>${name}</h1>`.markup).toBe('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
  expect(html`<ul>${[html`<li>${'a&b'}</li>`]}</ul>`.markup).toBe('<ul><li>a&amp;b</li></ul>');
});

it('a workload named <script> cannot put markup or script into report.html', async () => {
  const hostile = '<script>alert(1)</script>';
  const run = fixtureRun({ name: hostile, description: `<img src=x onerror="alert(2)">`, scenarios: [`${hostile}`, `"><b>alt`] });
  const { html: page, warnings } = await renderRunReport(run);
  expect(warnings).toEqual([]);
  expect(page).not.toMatch(/<script/i);
  expect(page).not.toMatch(/<img/i);
  expect(page).not.toMatch(/<b>/);
  expect(page).toContain('<title>avsim run: &lt;script&gt;alert(1)&lt;/script&gt;</title>');
  expect(page).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
  expect(page).toContain('Scenario &quot;&gt;&lt;b&gt;alt');
  // Nothing may run or be fetched whatever the page holds.
  expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
});
