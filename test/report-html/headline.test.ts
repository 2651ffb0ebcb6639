import { expect, it } from 'vitest';
import { scenarioHeadline } from '../../src/report/html/headline.js';
import { fixtureRun } from './report-fixture.js';

it("the headline gives the Edge's busy hour from the summary, how close it comes to capacity, its blocking, the paths and the no-QoS share", () => {
  const run = fixtureRun();
  const { summary } = run;
  const of = <T extends { scenario: string }>(rows: readonly T[]): T[] => rows.filter((row) => row.scenario === 'base');
  const lines = scenarioHeadline({
    summary: of(summary.summary),
    paths: of(summary.paths),
    scenario: summary.scenarios[0]!,
    workload: run.scenarios[0]!.workload,
  });
  expect(lines).toEqual([
    // The busy hour is summary.csv's (08:00, the whole clock hour: 2400 unit-seconds
    // requested per replication / 3600 = 0.667 erlangs), not the busiest time-series bucket.
    // The fixture's one site, hq, is on UTC. Its blocking is 15% in the hour and over the
    // window (every request arrives in the first hour).
    "edge:dmz (A/V Edge) is busiest from 08:00 to 09:00 UTC (the same local time: hq is on UTC), with 0.667 erlangs offered and 0.09 Mbit/s; 15% [0%, 78.5%] of that hour's requests are blocked. " +
      'Over the whole window it holds 0.75 sessions on average; its peak, 2 sessions, is 100% of its capacity of 2; 95% of the time it holds at most 2 (100%). ' +
      'It blocks 15% [0%, 78.5%] of its requests over the window.',
    // Calls 8, 3, 0, 0, 1, 0, 3 over two replications: 7.5 per replication.
    'Of 7.5 calls per replication: 53.3% peer-to-peer, 20% relayed by the Edge over UDP, 20% blocked at capacity, 6.67% failed for want of a path.',
    // Media minutes: 40 relayed, 120 direct.
    '25% of the media minutes crossed the Edge and so lost their QoS markings (R11).',
  ]);
});
