import { expect, it } from 'vitest';
import type { SizeOutput } from '../../src/analysis/size.js';
import { renderSizeReport } from '../../src/report/html/size-report.js';
import { sizingChart } from '../../src/report/html/sizing-chart.js';
import { countWords, oneDownWords, renderSizingTable } from '../../src/report/sizing.js';
import { fixtureSize } from '../report-html/report-fixture.js';

/** The fixture's Edge sizing, plus (or instead) a CAC link's, counted in sessions of 100 kbit/s. */
function withLink(keepEdge: boolean): SizeOutput {
  const base = fixtureSize();
  const edge = base.sizings[0]!;
  const row = { ...edge.row, resource: 'link:branch:audio', servers: 28, capacity: 28, units_per_server: 1 };
  const link = {
    ...edge,
    row,
    target: { resource: 'link:branch:audio', kind: 'link' as const, name: 'branch', unitsPerServer: 1, configuredServers: 15, sessionKbps: 100, medium: 'audio' as const },
    evaluations: [
      { servers: 27, capacity: 27, blocking: 0.0066, blockingHigh: 0.0146 },
      { servers: 28, capacity: 28, blocking: 0.004, blockingHigh: 0.0098 },
    ],
  };
  const sizings = keepEdge ? [edge, link] : [link];
  return { ...base, sizings, rows: sizings.map((s) => s.row) };
}

it('size counts an Edge in servers, ports in ports, a link or a Mediation pool in sessions, and says so in every header', async () => {
  expect(['edge', 'mcu', 'ports', 'link', 'mediation'].map((k) => oneDownWords(k as 'edge'))).toEqual([
    'one server down',
    'one server down',
    'one port fewer',
    'one session fewer',
    'one session fewer',
  ]);
  expect(countWords(['link', 'mediation'])).toEqual({ noun: 'sessions', oneDown: 'one session fewer' });
  expect(countWords(['edge', 'link'])).toEqual({ noun: 'servers or units', oneDown: 'one fewer' });

  const link = renderSizingTable(withLink(false)).split('\n');
  expect(link[0]).toMatch(/^scenario \S+: fewest sessions whose blocking/);
  expect(link[1]).toMatch(/^resource\s+sessions\s+capacity .* one session fewer /);
  expect(link.at(-1)).toMatch(/^link:branch:audio: a limit of 28 sessions \(2800 kbit\/s\)/);
  expect(renderSizingTable(fixtureSize()).split('\n')[1]).toMatch(/^resource\s+servers\s+capacity .* one server down /);
  expect(renderSizingTable(withLink(true)).split('\n')[1]).toMatch(/^resource\s+servers or units\s+capacity .* one fewer /);

  const page = (await renderSizeReport(withLink(false))).html;
  expect(page).toContain('<h2>Fewest sessions meeting the target</h2>');
  expect(page).toContain('with one session fewer, ');
  expect(page).not.toMatch(/<th[^>]*>servers<\/th>/);
  const chart = JSON.stringify(sizingChart(withLink(false).sizings[0]!, 0.01));
  expect(chart).toContain('link:branch:audio: blocking against the number of sessions');
  expect(chart).toContain('chosen: 28 sessions, the fewest meeting it');
  expect(JSON.stringify(sizingChart(fixtureSize().sizings[0]!, 0.01))).toContain('chosen: 6 servers (60 sessions), the fewest meeting it');
});
