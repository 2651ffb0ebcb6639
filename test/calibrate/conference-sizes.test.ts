import { describe, expect, it } from 'vitest';
import { clopperPearsonInterval } from '../../src/stats/binomial-interval.js';
import { calibrateText, leg, recordsCsv } from './records-fixture.js';

describe('conferences on a tiny file', () => {
  it('count distinct participants (a rejoin counts once) into size shares', async () => {
    const { fit } = await calibrateText(recordsCsv([
      leg('09:00:00', '09:30:00', 'c1', 'a', 'hq'),
      leg('09:01:00', '09:10:00', 'c1', 'b', 'hq'),
      leg('09:12:00', '09:30:00', 'c1', 'b', 'hq'), // b rejoins
      leg('09:02:00', '09:30:00', 'c1', 'x', 'remote'),
      leg('10:00:00', '10:30:00', 'c2', 'a', 'hq'),
      leg('10:00:00', '10:30:00', 'c2', 'b', 'hq'),
      leg('10:00:00', '10:30:00', 'c2', 'c', 'hq'),
      leg('11:00:00', '11:30:00', 'c3', 'a', 'hq'),
      leg('11:00:00', '11:30:00', 'c3', 'b', 'hq'),
      leg('11:00:00', '11:30:00', 'c3', 'c', 'hq'),
      leg('11:00:00', '11:30:00', 'c3', 'd', 'hq'),
    ]));
    expect(fit.counts.conferences).toBe(3);
    expect(fit.conferenceSizes.map((s) => [s.size, s.successes, s.trials])).toEqual([[3, 2, 3], [4, 1, 3]]);
    expect(fit.conferenceSizes[0]!.share).toBeCloseTo(2 / 3, 12);
    expect(fit.conferenceSizes[0]!.low).toBeCloseTo(clopperPearsonInterval(2, 3).low, 12);
  });

  it('attribute each conference once, to the earliest leg of our own users', async () => {
    // c1: a federated guest joins first; the organiser is the hq user who joins next.
    const { fit } = await calibrateText(recordsCsv([
      leg('09:00:00', '09:30:00', 'c1', 'g', 'federated'),
      leg('09:01:00', '09:30:00', 'c1', 'x', 'branch'),
      leg('09:02:00', '09:30:00', 'c1', 'a', 'hq'),
      leg('09:40:00', '10:00:00', 'c2', 'y', 'anonymous'),
      leg('09:41:00', '10:00:00', 'c2', 'z', 'anonymous'),
    ]));
    const conferences = (name: string) => fit.locations.find((l) => l.name === name)?.rates.counts.conference;
    expect(conferences('branch')).toBe(1);
    expect(conferences('hq')).toBe(0);
    expect(fit.counts.unattributedConferences).toBe(1);
  });
});
