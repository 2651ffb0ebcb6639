import { describe, expect, it } from 'vitest';
import { addRecord, createRecordTables, finishTables } from '../../src/calibrate/record-tables.js';
import { readRecords } from '../../src/calibrate/read-records.js';
import { textRecordSource } from '../../src/calibrate/record-source.js';
import { calibrateText, leg, recordsCsv } from './records-fixture.js';

/** 3,000 conferences of 3 legs, one every minute over about two days, each lasting 10 minutes. */
function conferenceRows(): string[] {
  const rows: string[] = [];
  const t0 = Date.UTC(2026, 2, 2) / 1000;
  const iso = (t: number) => new Date(t * 1000).toISOString().replace('.000Z', 'Z');
  for (let i = 0; i < 3000; i++) {
    const t = t0 + i * 60;
    for (const [k, where] of (['hq', 'remote', 'branch'] as const).entries()) rows.push(leg(iso(t + k), iso(t + 600), `c${i}`, `u${k}`, where));
  }
  return rows;
}

describe('conference grouping', () => {
  it('in a file sorted by start, keeps only the conferences in progress open', async () => {
    const tables = createRecordTables(true);
    let mostOpen = 0;
    await readRecords(textRecordSource('records.csv', recordsCsv(conferenceRows())), (r) => {
      const ok = addRecord(tables, r);
      mostOpen = Math.max(mostOpen, tables.open.size);
      return ok;
    });
    finishTables(tables);
    expect(tables.conferences).toBe(3000);
    // About 10 in progress at once, plus at most a sweep interval's worth (1024 rows, 342 conferences).
    expect(mostOpen).toBeLessThan(400);
    expect(tables.closedByTime).toBeGreaterThan(2500);
  });

  it('reads an unsorted file again without closing, and fits the same', async () => {
    const rows = conferenceRows();
    const sorted = await calibrateText(recordsCsv(rows));
    const shuffled = [...rows.slice(2000), ...rows.slice(0, 2000)];
    const unsorted = await calibrateText(recordsCsv(shuffled));
    expect(sorted.rereadUnsorted).toBe(false);
    expect(unsorted.rereadUnsorted).toBe(true);
    expect(unsorted.fit.conferenceSizes).toEqual(sorted.fit.conferenceSizes);
    expect(unsorted.fit.holding.conference.exponential.mean).toBeCloseTo(sorted.fit.holding.conference.exponential.mean, 9);
    expect(unsorted.fit.counts).toEqual(sorted.fit.counts);
  });
});
