import { describe, expect, it } from 'vitest';
import { garwoodInterval } from '../../src/stats/poisson-interval.js';
import { calibrateText, call, recordsCsv } from './records-fixture.js';

// Window 09:00 to 10:30 UTC: UTC hour 9 observed 1 h, hour 10 half an hour. London is
// UTC+1, so these are its local hours 10 and 11; 10 users from the base.
const TEXT = recordsCsv([
  call('09:00:00', '09:02:00', 'audio', 'a', 'b', 'london', 'london'),
  call('09:20:00', '09:22:00', 'audio', 'a', 'c', 'london', 'london'),
  call('09:40:00', '09:42:00', 'audio', 'f', 'a', 'federated', 'london', 'edge-udp'),
  call('10:30:00', '10:31:00', 'video', 'b', 'a', 'london', 'london'),
]);
const BASE = { sites: [{ name: 'london', users: 10, utcOffsetHours: 1 }] };

describe('rates on a tiny file', () => {
  it('are counts over prorated user-hours per local hour, with Garwood intervals', async () => {
    const { fit } = await calibrateText(TEXT, { base: BASE });
    const london = fit.locations.find((l) => l.name === 'london')!;
    expect(london.users).toBe(10);
    expect(london.usersFrom).toBe('base');
    // The federated caller's call counts for its internal party: 3 audio calls in local hour 10.
    const audio = london.rates.byKind.peerAudio[10]!;
    expect(audio.records).toBe(3);
    expect(audio.userHours).toBeCloseTo(10, 12);
    expect(audio.estimate).toBeCloseTo(0.3, 12);
    expect(audio.low).toBeCloseTo(garwoodInterval(3).low / 10, 12);
    expect(audio.high).toBeCloseTo(garwoodInterval(3).high / 10, 12);
    const video = london.rates.byKind.peerVideo[11]!;
    expect(video.userHours).toBeCloseTo(5, 12);
    expect(video.estimate).toBeCloseTo(0.2, 12);
  });

  it('give the workload\'s profile and busy-hour rates per kind', async () => {
    const { fit } = await calibrateText(TEXT, { base: BASE });
    const rates = fit.locations.find((l) => l.name === 'london')!.rates;
    expect(rates.busyHour).toBe(10);
    expect(rates.profile[10]).toBe(1);
    expect(rates.profile[11]).toBeCloseTo(2 / 3, 12);
    expect(rates.unobservedHours).toHaveLength(22);
    // Busy-hour all-kinds rate 0.3, times each kind's share of the 4 calls.
    expect(rates.perUserPerHour.peerAudio.estimate).toBeCloseTo(0.3 * 0.75, 12);
    expect(rates.perUserPerHour.peerVideo.estimate).toBeCloseTo(0.3 * 0.25, 12);
    expect(rates.perUserPerHour.conference.estimate).toBe(0);
    expect(fit.perSite).toBe(false);
    expect(fit.global.rates.perUserPerHour.peerAudio.estimate).toBeCloseTo(0.225, 12);
  });

  it('without a base, count users as the distinct ids seen there', async () => {
    const { fit } = await calibrateText(TEXT);
    const london = fit.locations.find((l) => l.name === 'london')!;
    expect(london.usersFrom).toBe('distinct-ids');
    expect(london.users).toBe(3); // a, b, c (f is federated)
    expect(london.offsetFrom).toBe('assumed');
    expect(london.rates.byKind.peerAudio[9]!.estimate).toBeCloseTo(1, 12);
  });
});
