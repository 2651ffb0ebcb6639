import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { calibrationBaseOf } from '../../src/calibrate/calibration-base.js';
import { fittedWorkloadYaml } from '../../src/report/workload-yaml.js';
import { at, calibrateText, call, recordsCsv } from './records-fixture.js';

const BASE = {
  name: 'two-sites',
  seed: 7,
  simulation: { duration: '8h', start: '08:00' },
  deployment: {
    edges: [{ name: 'edge1', servers: 2 }],
    pools: [{ name: 'pool1', edge: 'edge1' }],
    sites: [
      { name: 'hq', pool: 'pool1', users: 100, utcOffsetHours: 0 },
      { name: 'branch', pool: 'pool1', users: 100, utcOffsetHours: 0 },
    ],
    remote: { users: 50 },
  },
  network: { default: { p2p: 'blocked' } },
  traffic: { escalationShare: 0.05, perUserPerHour: { pstn: 0.1 } },
};

/** hq calls all day long at one per 10 min; branch 20 times as often, at 9:00-10:00 only. */
function rows(): string[] {
  const out: string[] = [];
  for (let day = 2; day <= 4; day++) {
    for (let m = 0; m < 24 * 60; m += 10) {
      const t = `${day} ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00`;
      out.push(call(at(t), at(t), 'audio', 'a', 'b', 'hq', 'hq'));
    }
    for (let k = 0; k < 120; k++) {
      const t = `${day} 09:${String(Math.floor(k / 2)).padStart(2, '0')}:${k % 2 === 0 ? '00' : '30'}`;
      out.push(call(at(t), at(t), 'audio', 'c', 'd', 'branch', 'branch'));
    }
  }
  return out.sort();
}

it('with a base, keeps its deployment, network and other traffic fields, and gives differing sites rates of their own', async () => {
  const base = calibrationBaseOf(BASE);
  expect(base).toEqual({ sites: [{ name: 'hq', users: 100, utcOffsetHours: 0 }, { name: 'branch', users: 100, utcOffsetHours: 0 }], remoteUsers: 50 });
  const { fit } = await calibrateText(`${['start_utc,end_utc,kind,conference_id,caller,callee,caller_location,callee_location,path', ...rows()].join('\n')}\n`, { base });
  expect(fit.perSite).toBe(true);
  const w = parse(fittedWorkloadYaml(fit, { file: 'records.csv' }, BASE)) as Record<string, any>;
  expect(w.name).toBe('two-sites');
  expect(w.seed).toBe(7);
  expect(w.simulation).toEqual({ duration: '8h', start: '08:00' });
  expect(w.network).toEqual({ default: { p2p: 'blocked' } });
  expect(w.deployment.edges).toEqual([{ name: 'edge1', servers: 2 }]);
  expect(w.traffic.escalationShare).toBe(0.05);
  expect(w.traffic.perUserPerHour.pstn).toBe(0.1);
  const [hq, branch] = w.deployment.sites;
  expect(hq.traffic.profile.every((x: number) => x > 0.5)).toBe(true);
  expect(branch.traffic.profile[9]).toBe(1);
  expect(branch.traffic.profile[3]).toBe(0);
  // hq: 6 calls per hour for 100 users over 3 days: 0.06 per user per hour.
  expect(hq.traffic.perUserPerHour.peerAudio).toBeCloseTo(0.06, 2);
  expect(branch.traffic.perUserPerHour.peerAudio).toBeCloseTo(1.2, 2);
});
