import alea from 'seedrandom/lib/alea.js';
import { expect, it } from 'vitest';
import { fitAffinity } from '../../src/calibrate/affinity-fit.js';
import type { AffinityLocation } from '../../src/calibrate/affinity-fit.js';
import { localHourOfSlot } from '../../src/calibrate/exposure.js';
import { SLOTS_PER_DAY } from '../../src/calibrate/record-tables.js';
import { call, recordsCsv, tablesOf } from './records-fixture.js';

const PROFILE = Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 18 ? 1 : 0.1));
const LOCATIONS: AffinityLocation[] = [
  { name: 'hq', users: 100, utcOffsetHours: 0, profile: PROFILE },
  { name: 'apac', users: 50, utcOffsetHours: 8, profile: PROFILE },
  { name: 'remote', users: 30, utcOffsetHours: 0, profile: PROFILE },
];

it('under the awake rule the affinity solves the score equations n_cd = Σ_t π_cd(t; a)', async () => {
  const rng = alea('affinity-awake');
  const rows: string[] = [];
  for (let i = 0; i < 600; i++) {
    const hour = Math.floor(rng() * 24);
    const to = rng() < 0.5 ? 'hq' : rng() < 0.7 ? 'apac' : 'remote';
    const clock = `${String(hour).padStart(2, '0')}:${String(Math.floor(rng() * 60)).padStart(2, '0')}:00`;
    rows.push(call(clock, clock, 'audio', 'a', 'b', 'hq', to, 'p2p'));
  }
  const { tables } = await tablesOf(recordsCsv(rows.sort()));
  const entries = fitAffinity(tables, LOCATIONS, 'awake');
  const weight = (to: string) => entries.find((e) => e.from === 'hq' && e.to === to)!.weight;
  expect(weight('hq')).toBe(1);
  // Recompute E_cd(â) from the calls by UTC quarter hour and check it against n_cd.
  const hq = tables.locations[tables.locationIndex.get('hq')!]!;
  const expected = new Map<string, number>();
  for (let s = 0; s < SLOTS_PER_DAY; s++) {
    const m = hq.affinitySlots[s]!;
    const w = LOCATIONS.map((l) => (l.users - (l.name === 'hq' ? 1 : 0)) * l.profile[localHourOfSlot(l.utcOffsetHours)[s]!]! * weight(l.name));
    const total = w.reduce((a, b) => a + b, 0);
    LOCATIONS.forEach((l, d) => expected.set(l.name, (expected.get(l.name) ?? 0) + (m * w[d]!) / total));
  }
  for (const l of LOCATIONS) {
    const n = hq.affinityTo[tables.locationIndex.get(l.name)!] ?? 0;
    expect(expected.get(l.name)!).toBeCloseTo(n, 6);
  }
});
