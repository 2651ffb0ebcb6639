import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { fittedWorkloadYaml } from '../../src/report/workload-yaml.js';
import { calibrateText, call, leg, recordsCsv } from './records-fixture.js';

const TEXT = recordsCsv([
  call('09:00:00', '09:03:00', 'audio', 'a', 'b', 'hq', 'hq'),
  call('09:10:00', '09:12:00', 'audio', 'a', 'x', 'hq', 'remote', 'edge-udp'),
  leg('09:20:00', '09:50:00', 'c1', 'a', 'hq', 'fe1'),
  leg('09:21:00', '09:50:00', 'c1', 'x', 'remote', 'fe1'),
  leg('09:22:00', '09:40:00', 'c1', 'b', 'hq', 'fe1'),
  call('10:00:00', '10:01:00', 'video', 'b', 'a', 'hq', 'hq'),
]);

it('without a base, builds a minimal deployment from the records, each assumption labelled', async () => {
  const { fit } = await calibrateText(TEXT);
  const text = fittedWorkloadYaml(fit, { file: 'records.csv' });
  const w = parse(text) as Record<string, any>;
  expect(text.startsWith('# Fitted by avsim calibrate from 6 records of records.csv\n# between 2026-03-02T09:00:00Z and 2026-03-02T10:00:00Z')).toBe(true);
  expect(w.deployment.pools).toEqual([{ name: 'fe1', edge: 'edge' }]);
  expect(w.deployment.edges).toEqual([{ name: 'edge' }]);
  expect(w.deployment.sites).toEqual([{ name: 'hq', pool: 'fe1', users: 2, utcOffsetHours: 0 }]);
  expect(w.deployment.remote).toEqual({ users: 1, pool: 'fe1' });
  expect(w.traffic.profile).toHaveLength(24);
  expect(w.traffic.perUserPerHour.liveMeeting).toBe(0);
  expect(w.traffic.callees).toBe('awake');
  expect(w.traffic.conferenceSize).toEqual({ sizes: { 3: 1 } });
  expect(w.traffic.conferenceParticipants).toEqual({ remote: 0.5, federated: 0, anonymous: 0 });
  expect(w.traffic.holdingTime.conference).toEqual({ distribution: 'exponential', mean: 1800 });
  expect(w.simulation.start).toBe('00:00');
  // Comments: intervals on fitted values, assumptions labelled.
  expect(text).toMatch(/peerAudio: [\d.]+ # fitted: 95% CI [\d.]+-[\d.]+, 2 records/);
  expect(text).toMatch(/users: 2 # assumption: 2 distinct ids seen/);
  expect(text).toMatch(/# assumption: no base workload/);
  expect(text).toMatch(/liveMeeting: 0 # assumption: Live Meetings are fitted as conferences/);
});
