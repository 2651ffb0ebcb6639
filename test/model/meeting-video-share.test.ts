/**
 * conferenceVideoShare (WORKLOAD.md "Who answers"): in that share of conferences every
 * leg also carries video: the same MCU legs, more bandwidth. On sfb a leg carries 65
 * kbit/s of audio and, in a video conference, 500 more. Run with share 0 and share 0.2
 * on the same seed (the same conferences, common random numbers): the MCU's busy-hour
 * Mbit/s rises by share x 500/65 of the audio-only figure, since whether a conference has
 * video is drawn independently of its size and holding time.
 *
 * Per replication, at the busy hour (one high hour, so every replication is measured
 * there): the extra kbit/s-seconds over 500 are the video legs' leg-seconds, the
 * audio-only ones over 65 all the legs'; their ratio of sums estimates the share, with
 * the ratio estimator's interval widened to 99.9% (1 in 1000).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ratioInterval } from '../../src/stats/interval.js';
import type { WorkloadInput } from '../../src/workload/schema.js';
import { halfWidth999 } from './pure-loss.js';
import { NO_CALLS, simulate } from './theory.js';
import type { Run } from './theory.js';

const SHARE = 0.2;
const AUDIO = 65;
const VIDEO = 500;
const REPLICATIONS = 20;
const profile = Array.from({ length: 24 }, (_, h) => (h === 10 ? 1 : 0.2));

const workload = (conferenceVideoShare: number): WorkloadInput => ({
  name: 'video-share',
  seed: 20,
  simulation: { warmup: 3600, duration: 4 * 3600, start: '08:00', replications: REPLICATIONS, interval: 3600 },
  deployment: {
    product: 'sfb',
    pools: [{ name: 'pool', mcuLegs: 100_000 }],
    sites: [{ name: 'hq', pool: 'pool', users: 2000 }],
  },
  traffic: {
    profile,
    perUserPerHour: { ...NO_CALLS, conference: 0.3 },
    conferenceSize: { sizes: { 4: 0.85, 6: 0.1, 11: 0.05 } },
    conferenceVideoShare,
    escalationShare: 0,
  },
});

describe('conferenceVideoShare raises the busy-hour Mbit/s, not the legs', () => {
  let audio: Run;
  let video: Run;
  let mcu: number;
  beforeAll(() => {
    audio = simulate(workload(0));
    video = simulate(workload(SHARE));
    mcu = audio.index('mcu:pool');
  });
  const busy = 2; // 10:00 UTC, the third hour of a window opening at 08:00

  it('measures both at 10:00 UTC, with the same legs offered', () => {
    expect(audio.row('mcu:pool').busy_hour_utc).toBe('10:00');
    expect(video.row('mcu:pool').busy_hour_utc).toBe('10:00');
    audio.results.forEach((r, i) => expect(video.results[i]!.resources[mcu]!.hourOffered).toEqual(r.resources[mcu]!.hourOffered));
  });

  it(`rises by ${SHARE} x ${VIDEO}/${AUDIO} of the audio-only figure`, () => {
    const kbpsSeconds = (run: Run) => run.results.map((r) => r.resources[mcu]!.hourKbpsIntegral[busy]!);
    const base = kbpsSeconds(audio);
    const extra = kbpsSeconds(video).map((x, i) => x - base[i]!);
    // The summary's figure is these replications' mean, in Mbit/s.
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(audio.row('mcu:pool').busy_hour_mbps).toBeCloseTo(mean(base) / 3600 / 1000, 9);
    const share = ratioInterval(extra.map((x) => x / VIDEO), base.map((x) => x / AUDIO));
    const half = halfWidth999(share.low, share.high, REPLICATIONS);
    expect(half).toBeLessThan(0.25 * SHARE); // informative
    expect(Math.abs(share.ratio - SHARE)).toBeLessThanOrEqual(half);
    const rise = video.row('mcu:pool').busy_hour_mbps / audio.row('mcu:pool').busy_hour_mbps - 1;
    expect(rise).toBeCloseTo((share.ratio * VIDEO) / AUDIO, 9);
  });
});
