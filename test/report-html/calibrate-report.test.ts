/** report.html of `avsim calibrate` (calibrate-report.ts) on a small calibration. */
import { expect, it } from 'vitest';
import { calibrate } from '../../src/calibrate/calibrate.js';
import { textRecordSource } from '../../src/calibrate/record-source.js';
import { PAGE_WIDTH } from '../../src/report/html/chart-style.js';
import { renderCalibrateReport } from '../../src/report/html/calibrate-report.js';
import { at, call, leg, recordsCsv } from '../calibrate/records-fixture.js';

const HOSTILE = '<script>alert(1)</script>.csv';

async function tinyCalibration() {
  const rows: string[] = [];
  for (const day of ['2', '3']) {
    for (let m = 0; m < 60; m += 3) {
      const t = `${day} 09:${String(m).padStart(2, '0')}:00`;
      rows.push(call(at(t), at(`${day} 09:${String(m + 1).padStart(2, '0')}:${String(10 + m % 40).padStart(2, '0')}`), 'audio', `u${m}`, 'b', 'hq', m % 2 === 0 ? 'branch' : 'hq'));
    }
    rows.push(leg(at(`${day} 14:00:00`), at(`${day} 14:30:00`), `c${day}`, 'a', 'hq'), leg(at(`${day} 14:00:00`), at(`${day} 14:45:00`), `c${day}`, 'x', 'remote'));
  }
  rows.push('2026-03-03T10:00:00Z,nonsense,audio,,a,b,hq,hq,p2p');
  return calibrate(textRecordSource(HOSTILE, recordsCsv(rows.sort())));
}

it('the page: rows skipped and notes, locations, rates against the fit, holding times, shares; names escaped; no chart warning', async () => {
  const calibration = await tinyCalibration();
  const report = await renderCalibrateReport({ calibration, name: 'tiny', workloadFile: 'out/<i>tiny</i>.yaml' });
  expect(report.warnings).toEqual([]);
  expect(report.html).not.toMatch(/<script|<i>/i);
  expect(report.html).toContain('<title>avsim calibrate: tiny</title>');
  expect(report.html).toContain('records of &lt;script&gt;alert(1)&lt;/script&gt;.csv');
  expect(report.html).toContain('<code>out/&lt;i&gt;tiny&lt;/i&gt;.yaml</code>');
  // The malformed row, by file, line and column, in the box of rows skipped.
  expect(report.html).toMatch(/<h2>Rows skipped and notes<\/h2>\n<ul>\n<li>&lt;script&gt;alert\(1\)&lt;\/script&gt;\.csv:\d+: column end_utc: expected an ISO 8601 UTC time, got &quot;nonsense&quot;<\/li>/);
  for (const section of ['Locations and call rates', 'Holding times', 'Conferences', 'Two-party calls', 'Who calls whom']) expect(report.html).toContain(`<h3>${section}</h3>`);
  // The rates of hq (branch and remote place no call: no chart); audio's histogram and
  // Q-Q plot; the conferences' too (no video: none).
  expect(report.charts).toBe(5);
  expect(report.html).toContain('hq: calls per user per hour, by local hour');
  expect(report.html).not.toContain('branch: calls per user per hour');
  const widths = [...report.html.matchAll(/<svg [^>]*width="(\d+)"/g)].map((m) => Number(m[1]));
  expect(widths.filter((w) => w === PAGE_WIDTH)).toHaveLength(3);
  expect(widths.filter((w) => w < PAGE_WIDTH)).toHaveLength(2); // the Q-Q plots, square
});
