import { expect, it } from 'vitest';
import { renderCompareReport } from '../../src/report/html/compare-report.js';
import { renderRunReport } from '../../src/report/html/run-report.js';
import { renderSizeReport } from '../../src/report/html/size-report.js';
import { fixtureCompare, fixtureRun, fixtureSize } from './report-fixture.js';

const WARNINGS = [
  'deployment.remote.users: 300 remote users but no A/V Edge: their calls with internal users and their conference media fail (R9)',
  'network.rules: site <b>lab</b> is sealed off: its users have media only within the site (R10)',
];

it('warnings appear escaped in a box near the top of every report, with the rules they cite explained; no box without warnings', async () => {
  const pages = [
    // Both scenarios share the setup: the CLI may pass a warning twice; it is shown once.
    (await renderRunReport(fixtureRun(), { warnings: [...WARNINGS, WARNINGS[0]!] })).html,
    (await renderCompareReport(fixtureCompare(), { warnings: WARNINGS })).html,
    (await renderSizeReport(fixtureSize(), { warnings: WARNINGS })).html,
  ];
  for (const page of pages) {
    const box = /<section class="warnings" id="warnings" role="note">\n<h2>Setups that cannot work as meant<\/h2>\n<ul>\n([\s\S]*?)<\/ul>\n<\/section>/.exec(page);
    expect(box).not.toBeNull();
    // Before the inputs and the results, right after the header.
    expect(page.indexOf('</header>')).toBeLessThan(box!.index);
    expect(box!.index).toBeLessThan(page.indexOf('<section class="inputs"'));
    const items = box![1]!;
    expect(items).toContain('site &lt;b&gt;lab&lt;/b&gt; is sealed off');
    expect(items).not.toContain('<b>');
    expect(items.match(/<li>/g)).toHaveLength(2);
    // The box is the first mention of R9 and R10 on the page: both spelled out.
    expect(items).toContain('(<abbr class="rule" title="without an A/V Edge, calls that need a relay fail">R9</abbr>: without an A/V Edge, calls that need a relay fail)');
    expect(items).toContain('(<abbr class="rule" title="a sealed site has media only within itself">R10</abbr>: a sealed site has media only within itself)');
  }
  for (const page of [(await renderRunReport(fixtureRun())).html, (await renderSizeReport(fixtureSize(), { warnings: [] })).html]) {
    expect(page).not.toContain('class="warnings"');
    expect(page).not.toContain('Setups that cannot work as meant');
  }
});
