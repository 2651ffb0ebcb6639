import { expect, it } from 'vitest';
import { busiestBucket, scenarioHeadline } from '../../src/report/html/headline.js';
import { fixtureRun } from './report-fixture.js';

it('the headline says when the Edge is busiest, how close it comes to capacity, its blocking, the paths and the no-QoS share', () => {
  const { summary } = fixtureRun();
  const of = <T extends { scenario: string }>(rows: readonly T[]): T[] => rows.filter((row) => row.scenario === 'base');
  expect(busiestBucket(of(summary.timeseries).filter((row) => row.resource === 'edge:dmz'))?.t_start_s).toBe(0);
  const lines = scenarioHeadline({
    summary: of(summary.summary),
    timeseries: of(summary.timeseries),
    paths: of(summary.paths),
    scenario: summary.scenarios[0]!,
    windowStart: 8 * 3600,
  });
  expect(lines).toEqual([
    // Bucket 0 (08:00-08:45) has the highest mean, 1 session; the window's mean is 0.75.
    'edge:dmz (A/V Edge) is busiest from 08:00 to 08:45 UTC, with 1 sessions in use on average then (0.8 over the whole window). ' +
      'Its peak, 2 sessions, is 100% of its capacity of 2; 95% of the time it holds at most 2 (100%). ' +
      'It blocks 15% of its requests (95% interval 0% to 78.5%).',
    // Calls 8, 3, 0, 0, 1, 0, 3 over two replications: 7.5 per replication.
    'Of 7.5 calls per replication: 53.3% peer-to-peer, 20% relayed by the Edge over UDP, 20% blocked at capacity, 6.67% failed for want of a path.',
    // Media minutes: 40 relayed, 120 direct.
    '25% of the media minutes crossed the Edge and so lost their QoS markings (R11).',
  ]);
});
