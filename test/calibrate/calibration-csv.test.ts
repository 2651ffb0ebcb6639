import { expect, it } from 'vitest';
import { CALIBRATION_COLUMNS, calibrationRows } from '../../src/calibrate/calibration-rows.js';
import { renderCalibrationCsv } from '../../src/report/calibration-csv.js';
import { calibrateText, call, leg, recordsCsv } from './records-fixture.js';

it('calibration.csv has one row per fitted parameter, in the documented columns', async () => {
  // Window 09:00-09:32: 10 users observed for 32 minutes of UTC hour 9.
  const { fit } = await calibrateText(recordsCsv([
    call('09:00:00', '09:01:00', 'audio', 'a', 'b', 'hq', 'hq'),
    call('09:10:00', '09:12:00', 'audio', 'a', 'b', 'hq', 'hq'),
    call('09:20:00', '09:24:00', 'audio', 'a', 'b', 'hq', 'hq'),
    leg('09:30:00', '10:00:00', 'c1', 'a', 'hq'),
    leg('09:31:00', '10:00:00', 'c1', 'r', 'remote'),
    leg('09:32:00', '10:00:00', 'c1', 'b', 'hq'),
  ]), { base: { sites: [{ name: 'hq', users: 10 }] } });
  const lines = renderCalibrationCsv(calibrationRows(fit)).trimEnd().split('\n');
  expect(lines[0]).toBe(CALIBRATION_COLUMNS.join(','));
  const row = (prefix: string): string[] => {
    const found = lines.find((l) => l.startsWith(prefix));
    expect(found, prefix).toBeDefined();
    return found!.split(',');
  };
  expect(lines).toContain('users,hq,,,10,,,2,base');
  // 3 calls in 10 · 32/60 user-hours; Garwood(3) = [0.618672, 8.76727].
  const rate = row('rate_per_user_per_hour,hq,peerAudio,9,').map(Number);
  expect(rate[4]).toBeCloseTo(3 / (10 * 32 / 60), 5);
  expect(rate[5]).toBeCloseTo(0.618672 / (10 * 32 / 60), 5);
  expect(rate[6]).toBeCloseTo(8.76727 / (10 * 32 / 60), 4);
  expect(row('holding_exponential_mean_s,,peerAudio,,').slice(4).map(Number)[0]).toBeCloseTo(140, 9);
  expect(row('holding_family,,peerAudio,,')[8]).toBe(fit.holding.peerAudio.family);
  expect(lines).toContain('conference_size_share,,size=3,,1,0.025,1,1,clopper-pearson');
  expect(lines).toContain('conference_participant_share,,participant=remote,,0.5,0.0125791,0.987421,2,clopper-pearson');
  expect(lines.filter((l) => l.startsWith('rate_per_user_per_hour,hq,'))).toHaveLength(4 * 24);
});
