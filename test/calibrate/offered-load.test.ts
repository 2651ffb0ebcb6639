import { describe, expect, it } from 'vitest';
import { loadTopologyOf } from '../../src/calibrate/load-topology.js';
import { offeredLoad } from '../../src/calibrate/offered-load.js';
import { tQuantile } from '../../src/stats/student-t.js';
import { at, call, leg, recordsCsv, tablesOf } from './records-fixture.js';

const TOPOLOGY = loadTopologyOf({
  deployment: { pools: [{ name: 'pool1', edge: 'edge1' }], sites: [{ name: 'hq', pool: 'pool1' }], remote: {} },
});

// Two whole days observed (the last start, 23:59:30, rounds up to midnight).
const TEXT = recordsCsv([
  call(at('2 00:00:00'), at('2 00:00:10'), 'audio', 'a', 'b', 'hq', 'hq'),
  call(at('2 09:00:00'), at('2 09:30:00'), 'audio', 'a', 'x', 'hq', 'remote', 'edge-udp'),
  leg(at('2 09:30:00'), at('2 10:15:00'), 'c1', 'x', 'remote'),
  call(at('3 09:00:00'), at('3 10:00:00'), 'video', 'a', 'x', 'hq', 'remote', 'edge-udp'),
  call(at('3 09:00:00'), at('3 09:30:00'), 'audio', 'a', 'b', 'hq', 'hq', 'edge-tcp'),
  call(at('3 23:59:30'), at('3 23:59:40'), 'audio', 'a', 'b', 'hq', 'hq'),
]);

describe('offered load by UTC clock hour', () => {
  it('averages each hour\'s erlangs over the days observed, with a Student-t interval across days', async () => {
    const { tables } = await tablesOf(TEXT);
    const [edge, mcu] = offeredLoad(tables, TOPOLOGY);
    expect(edge!.resource).toBe('edge:edge1');
    expect(mcu!.resource).toBe('mcu:pool1');
    // A request counts in the hour it arrives, for its whole holding time. Edge, hour 9:
    // day 2 a relayed call (0.5) and the remote participant's 45-minute leg (0.75); day 3
    // a relayed video call (1.0) and a relayed audio call (0.5).
    const nine = edge!.hours[9]!;
    expect(nine.days).toBe(2);
    expect(nine.mean).toBeCloseTo(1.375, 12);
    // Two values 0.25 apart: standard deviation 0.25 / sqrt 2, standard error half of 0.25.
    const half = tQuantile(0.975, 1) * 0.125;
    expect(nine.high - nine.mean).toBeCloseTo(half, 9);
    expect(edge!.hours[10]!.mean).toBe(0);
    expect(edge!.busyHour).toBe(9);
    expect(mcu!.hours[9]!.mean).toBeCloseTo(0.375, 12);
    expect(mcu!.hours[10]!.mean).toBe(0);
    expect(mcu!.hours[3]!.mean).toBe(0);
  });
});
