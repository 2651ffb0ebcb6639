import { describe, expect, it } from 'vitest';
import { calibrateText, call, leg, recordsCsv } from './records-fixture.js';

describe('holding times on a tiny file', () => {
  it('fit the exponential mean and the lognormal log moments, and choose by AIC', async () => {
    // Audio durations 60, 120 and 240 s, and one zero-length call left out.
    const { fit } = await calibrateText(recordsCsv([
      call('09:00:00', '09:01:00', 'audio', 'a', 'b', 'hq', 'hq'),
      call('09:10:00', '09:12:00', 'audio', 'a', 'b', 'hq', 'hq'),
      call('09:20:00', '09:24:00', 'audio', 'a', 'b', 'hq', 'hq'),
      call('09:30:00', '09:30:00', 'audio', 'a', 'b', 'hq', 'hq'),
    ]));
    const h = fit.holding.peerAudio;
    expect(h.count).toBe(3);
    expect(h.zero).toBe(1);
    expect(h.exponential.mean).toBeCloseTo(140, 12);
    // Logs ln 120 ± ln 2: mu = ln 120, sigma = ln 2 · √(2/3).
    const sigma = Math.LN2 * Math.sqrt(2 / 3);
    expect(h.lognormal.mu).toBeCloseTo(Math.log(120), 12);
    expect(h.lognormal.sigma).toBeCloseTo(sigma, 12);
    const aicExp = 2 - 2 * (-3 * Math.log(140) - 3);
    const aicLog = 4 - 2 * (-3 * Math.log(120) - 3 * Math.log(sigma) - 1.5 * Math.log(2 * Math.PI) - 1.5);
    expect(h.aic.exponential).toBeCloseTo(aicExp, 10);
    expect(h.aic.lognormal).toBeCloseTo(aicLog, 10);
    // 37.65 against 37.87: three values cannot pay for the lognormal's second parameter.
    expect(h.family).toBe('exponential');
    expect(h.aicDifference).toBeCloseTo(aicLog - aicExp, 10);
    expect(h.mean).toBeCloseTo(140, 12);
    expect(h.lognormal.mean).toBeCloseTo(Math.exp(Math.log(120) + (sigma * sigma) / 2), 10);
  });

  it('take a conference from its first leg start to its last leg end', async () => {
    const { fit } = await calibrateText(recordsCsv([
      leg('09:00:00', '09:30:00', 'c1', 'a', 'hq'),
      leg('09:05:00', '09:45:00', 'c1', 'b', 'remote'),
      leg('09:10:00', '09:20:00', 'c1', 'c', 'hq'),
    ]));
    expect(fit.holding.conference.count).toBe(1);
    expect(fit.holding.conference.exponential.mean).toBe(45 * 60);
  });
});
