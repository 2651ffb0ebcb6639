import { describe, expect, it } from 'vitest';
import { clopperPearsonInterval } from '../../src/stats/binomial-interval.js';
import { calibrateText, call, leg, recordsCsv } from './records-fixture.js';

describe('shares on a tiny file', () => {
  it('conference participants: among non-organiser participants, remote, federated and anonymous', async () => {
    const { fit } = await calibrateText(recordsCsv([
      leg('09:00:00', '09:30:00', 'c1', 'a', 'hq'), // organiser, not counted
      leg('09:01:00', '09:30:00', 'c1', 'b', 'hq'),
      leg('09:01:00', '09:30:00', 'c1', 'r', 'remote'),
      leg('09:01:00', '09:30:00', 'c1', 'f', 'federated'),
      leg('09:01:00', '09:30:00', 'c1', 'n', 'anonymous'),
      leg('09:02:00', '09:30:00', 'c1', 'r2', 'remote'),
    ]));
    const p = fit.participants;
    expect([p.remote.successes, p.federated.successes, p.anonymous.successes, p.remote.trials]).toEqual([2, 1, 1, 5]);
    expect(p.remote.share).toBeCloseTo(0.4, 12);
    expect(p.remote.low).toBeCloseTo(clopperPearsonInterval(2, 5).low, 12);
    expect(p.remote.high).toBeCloseTo(clopperPearsonInterval(2, 5).high, 12);
  });

  it('federated.share: site users\' two-party calls whose other party is federated, either way round', async () => {
    const { fit } = await calibrateText(recordsCsv([
      call('09:00:00', '09:01:00', 'audio', 'a', 'f', 'hq', 'federated', 'edge-udp'),
      call('09:01:00', '09:02:00', 'audio', 'f', 'a', 'federated', 'hq', 'edge-udp'),
      call('09:02:00', '09:03:00', 'audio', 'a', 'b', 'hq', 'hq'),
      call('09:03:00', '09:04:00', 'video', 'a', 'b', 'hq', 'branch', 'edge-tcp'),
      call('09:04:00', '09:05:00', 'audio', 'r', 'f', 'remote', 'federated', 'edge-udp'), // a remote caller: not a trial
    ]));
    expect([fit.federated.successes, fit.federated.trials]).toEqual([2, 4]);
    expect(fit.federated.low).toBeCloseTo(clopperPearsonInterval(2, 4).low, 12);
  });
});
