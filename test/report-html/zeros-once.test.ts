import { expect, it } from 'vitest';
import { renderRunReport } from '../../src/report/html/run-report.js';
import { fixtureRun, workloadRun } from './report-fixture.js';

/** The page without its charts (Vega's SVG has its own zeros on the axes). */
function prose(page: string): string {
  return page.replace(/<svg [\s\S]*?<\/svg>/g, '');
}

it('a blocking that is 0 with an interval of 0 is said once ("0%", "never blocked"), and no column of zeros is printed', async () => {
  // "open": nothing blocks anywhere.
  const open = prose((await renderRunReport(await workloadRun('p2p-open-vs-blocked.yaml', ['open']))).html);
  expect(open).not.toMatch(/0% \[0%, 0%\]|0% \(0% to 0%\)|0% to 0%/);
  expect(open).not.toContain('blocking [95% interval]');
  expect(open).toContain('No resource blocked a request over the measured window, in any replication.');
  expect(open).toContain('No resource blocked a request in its busy hour.');
  expect(open).toContain('It never blocked a request.');
  expect(open).toContain('Never blocked a request, in any hour: edge:edge, mcu:pool1, ports:hq, ports:branch-north, ports:branch-south.');
  expect(open).not.toContain('offered load and blocking by clock hour');

  // The fixture's Edge blocks: the column is there, and the port pool's row says "0%" alone.
  const mixed = prose((await renderRunReport(fixtureRun())).html);
  expect(mixed).toContain('<th class="n">blocking [95% interval]</th>');
  expect(mixed).toContain('<td class="n">15% [0%, 78.5%]</td>');
  expect(mixed).toMatch(/<tr><td>ports:hq<\/td>.*<td class="n">0%<\/td><\/tr>/);
  expect(mixed).not.toMatch(/0% \[0%, 0%\]/);
}, 60_000);
