import { expect, it } from 'vitest';
import { renderRunReport } from '../../src/report/html/run-report.js';
import { busyHourTable } from '../../src/report/html/resource-tables.js';
import { localClock, localTimesText, servedClocks } from '../../src/report/html/local-time.js';
import { workloadRun } from './report-fixture.js';

it('the busy hour of each resource is read on the clocks of the sites it serves: a site at +5.5 shows a half-hour local time', async () => {
  expect([localClock('09:00', 5.5), localClock('22:00', 5.75), localClock('03:00', -5)]).toEqual(['14:30', '03:45', '22:00']);

  const run = await workloadRun('enterprise.yaml');
  const workload = run.scenarios[0]!.workload;
  // edge-eu relays pool-eu: London and Dublin (UTC), Bangalore (+5.5), and the remote users (UTC).
  const clocks = servedClocks(workload, 'edge', 'edge:edge-eu');
  expect(clocks).toEqual([
    { offsetHours: 0, names: ['london', 'dublin', 'remote users'] },
    { offsetHours: 5.5, names: ['bangalore'] },
  ]);
  expect(servedClocks(workload, 'mcu', 'mcu:pool-us')).toEqual([
    { offsetHours: -5, names: ['new-york'] },
    { offsetHours: 8, names: ['singapore'] },
  ]);
  expect(servedClocks(workload, 'ports', 'ports:bangalore')).toEqual([{ offsetHours: 5.5, names: ['bangalore'] }]);

  const edge = run.summary.summary.find((row) => row.resource === 'edge:edge-eu')!;
  const utc = edge.busy_hour_utc;
  expect(utc).toMatch(/^\d\d:00$/);
  const local = localTimesText(utc, clocks);
  expect(local).toBe(`${utc} london, dublin, remote users; ${localClock(utc, 5.5)} bangalore`);
  expect(localClock(utc, 5.5)).toMatch(/:30$/);

  // The same hour (summary.csv's) in the table and in the headline.
  const table = busyHourTable(run.summary.summary, workload).markup;
  const end = `${String((Number(utc.slice(0, 2)) + 1) % 24).padStart(2, '0')}:00`;
  expect(table).toContain(`<tr><td>edge:edge-eu</td><td>${utc}-${end}</td><td class="w">${local}</td>`);
  const { html } = await renderRunReport(run);
  expect(html).toContain(`edge:edge-eu (A/V Edge) is busiest from ${utc} to ${end} UTC (${local}), with `);
  expect(html).toContain(`${localClock(run.summary.summary.find((row) => row.resource === 'ports:bangalore')!.busy_hour_utc, 5.5)} bangalore`);
}, 60_000);
