import { expect, it } from 'vitest';
import { criterionText, renderSizeReport, serversText } from '../../src/report/html/size-report.js';
import { fixtureSize } from './report-fixture.js';

it("the size report says the criterion (busy hour or window, n+1) and the answer in the resource's servers, with the busy hour and its offered erlangs", async () => {
  expect(criterionText({ target: 0.01, over: 'busy-hour', redundancy: 'none' })).toBe(
    "Criterion: the upper end of the 95% interval of the blocking in each resource's busy hour (the clock hour of highest offered load, chosen and measured on different replications) is at most 1%, with every server in service (no spare: --redundancy n+1 asks for one).",
  );
  expect(criterionText({ target: 0.02, over: 'window', redundancy: 'n+1' })).toBe(
    'Criterion: the upper end of the 95% interval of the blocking over the whole measured window (--over window: a daily profile averages quiet hours in, so the busy hour blocks more) is at most 2%, ' +
      'and it must still hold with one server down (n+1): each count below includes that spare server.',
  );
  const target = (kind: 'edge' | 'mcu' | 'ports' | 'link' | 'mediation', unitsPerServer: number, sessionKbps?: number) => ({
    resource: `${kind}:x`,
    kind,
    name: 'x',
    unitsPerServer,
    configuredServers: 1,
    ...(sessionKbps === undefined ? {} : { sessionKbps, medium: 'audio' as const }),
  });
  expect([
    serversText(target('edge', 500), 6),
    serversText(target('mcu', 1000), 1),
    serversText(target('ports', 1), 120),
    serversText(target('link', 1, 100), 14),
    serversText(target('mediation', 1), 1),
  ]).toEqual(['6 A/V Edge servers of 500 sessions', '1 A/V Conferencing server of 1000 legs', '120 media ports', 'a limit of 14 sessions (1400 kbit/s)', '1 Mediation session']);

  const page = (await renderSizeReport(fixtureSize())).html;
  expect(page).toContain("<p>Criterion: the upper end of the 95% interval of the blocking in each resource&#39;s busy hour");
  expect(page).toContain(
    'edge:dmz: 6 A/V Edge servers of 10 sessions (60 sessions in all); the workload configures 4 A/V Edge servers of 10 sessions. ' +
      'Its busy hour is 09:00-10:00 UTC (the same local time: hq is on UTC), with 38.7 erlangs offered. ' +
      'At 6, blocking in the busy hour is 0.2% (upper 95% bound 0.8%); with one server down, 0.79%. Erlang B at the busy-hour load asks for 5.',
  );
  expect(page).toContain('<th class="n">busy-hour blocking (upper 95%)</th>');
  const window = (await renderSizeReport(fixtureSize({ over: 'window', redundancy: 'n+1' }))).html;
  expect(window).toContain('over the whole measured window');
  expect(window).toContain('(n+1)');
  expect(window).toContain('blocking over the window is 0.2%');
  expect(window).toContain('<th class="n">window blocking (upper 95%)</th>');
});
