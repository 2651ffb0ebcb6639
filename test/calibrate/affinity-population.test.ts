import { expect, it } from 'vitest';
import { clopperPearsonInterval } from '../../src/stats/binomial-interval.js';
import { calibrateText, call, recordsCsv } from './records-fixture.js';

it('under the population rule the affinity is (n_cd / users_d) relative to the caller\'s own location', async () => {
  // From hq: 10 calls to hq (10 other users), 10 to branch (5 users), 4 to remote (20 users).
  const rows: string[] = [];
  const add = (n: number, to: string) => {
    for (let i = 0; i < n; i++) rows.push(call(`09:${String(rows.length).padStart(2, '0')}:00`, '10:30:00', 'audio', 'a', 'b', 'hq', to, 'edge-udp'));
  };
  add(10, 'hq');
  add(10, 'branch');
  add(4, 'remote');
  const base = { sites: [{ name: 'hq', users: 11 }, { name: 'branch', users: 5 }], remoteUsers: 20 };
  const { fit } = await calibrateText(recordsCsv(rows), { base, callees: 'population' });
  const entry = (to: string) => fit.affinity.find((a) => a.from === 'hq' && a.to === to)!;
  expect(entry('hq').weight).toBeCloseTo(1, 9);
  expect(entry('hq').method).toBe('reference');
  expect(entry('branch').weight).toBeCloseTo((10 / 5) / (10 / 10), 9);
  expect(entry('remote').weight).toBeCloseTo((4 / 20) / (10 / 10), 9);
  // Without affinity the rule sends 24 calls in proportion 10 : 5 : 20.
  expect(entry('branch').expected).toBeCloseTo((24 * 5) / 35, 9);
  // Given n_cd + n_cc, n_cd is binomial with odds a · 5/10.
  const p = clopperPearsonInterval(10, 20);
  expect(entry('branch').low).toBeCloseTo((p.low / (1 - p.low)) * 2, 9);
  expect(entry('branch').high).toBeCloseTo((p.high / (1 - p.high)) * 2, 9);
  expect(entry('branch').resolved).toBe(false);
  expect(entry('remote').resolved).toBe(true);
});
