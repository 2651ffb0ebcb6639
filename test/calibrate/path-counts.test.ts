import { expect, it } from 'vitest';
import { pathCounts, twoPartyPathCounts } from '../../src/calibrate/path-counts.js';
import { call, leg, recordsCsv, tablesOf } from './records-fixture.js';

it('pathCounts counts records by (caller location, callee location) pair and path, and over all pairs', async () => {
  const { tables } = await tablesOf(recordsCsv([
    call('09:00:00', '09:01:00', 'audio', 'a', 'b', 'hq', 'branch', 'p2p'),
    call('09:01:00', '09:02:00', 'video', 'a', 'b', 'hq', 'branch', 'edge-udp'),
    call('09:02:00', '09:03:00', 'audio', 'a', 'b', 'hq', 'branch', 'edge-udp'),
    call('09:03:00', '09:04:00', 'audio', 'x', 'a', 'remote', 'hq', 'edge-tcp'),
    leg('09:04:00', '09:05:00', 'c1', 'a', 'hq'),
    leg('09:04:00', '09:05:00', 'c1', 'x', 'remote'),
  ]));
  const counts = pathCounts(tables);
  expect(counts.pairs).toEqual([
    { callerLocation: 'hq', calleeLocation: 'branch', counts: [1, 2, 0, 0] },
    { callerLocation: 'hq', calleeLocation: 'pool:pool1', counts: [0, 0, 0, 1] },
    { callerLocation: 'remote', calleeLocation: 'hq', counts: [0, 0, 1, 0] },
    { callerLocation: 'remote', calleeLocation: 'pool:pool1', counts: [0, 0, 0, 1] },
  ]);
  expect(counts.overall).toEqual([1, 2, 1, 2]);
});

it('twoPartyPathCounts leaves out conference legs and counts a federated caller\'s call under its internal party', async () => {
  const { tables } = await tablesOf(recordsCsv([
    call('09:00:00', '09:01:00', 'audio', 'a', 'f1', 'hq', 'federated', 'edge-udp'),
    call('09:01:00', '09:02:00', 'audio', 'f2', 'a', 'federated', 'hq', 'edge-tcp'),
    call('09:02:00', '09:03:00', 'audio', 'g', 'a', 'anonymous', 'hq', 'edge-udp'),
    call('09:03:00', '09:04:00', 'audio', 'x', 'a', 'remote', 'hq', 'edge-udp'),
    leg('09:04:00', '09:05:00', 'c1', 'a', 'hq'),
  ]));
  const counts = twoPartyPathCounts(tables);
  expect(counts.pairs).toEqual([
    { callerLocation: 'hq', calleeLocation: 'anonymous', counts: [0, 1, 0, 0] },
    { callerLocation: 'hq', calleeLocation: 'federated', counts: [0, 1, 1, 0] },
    { callerLocation: 'remote', calleeLocation: 'hq', counts: [0, 1, 0, 0] },
  ]);
  expect(counts.overall).toEqual([0, 3, 1, 0]);
});
