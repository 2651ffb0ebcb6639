import { textOf } from '../../src/report/atomic-write.js';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/report/number-format.js';
import {
  COMPARISON_COLUMNS,
  PATHS_COLUMNS,
  SIZING_COLUMNS,
  SUMMARY_COLUMNS,
  TIMESERIES_COLUMNS,
  renderCsv,
  renderCsvPieces,
  renderRunCsv,
} from '../../src/report/csv.js';
import { summarize } from '../../src/results/summarize.js';
import { RESOURCES, SCENARIOS, results } from '../results/summarize-fixture.js';

// Copied from DESIGN.md "Contracts": the headers other tools rely on, then the columns
// DESIGN.md "Additions" appends (never reordered).
const SUMMARY =
  'scenario,resource,kind,capacity,offered,carried,blocked,blocking_probability,blocking_ci95_low,blocking_ci95_high,mean_concurrency,p95_concurrency,peak_concurrency,busy_hour_mbps' +
  ',busy_hour_utc,busy_hour_offered_erlangs,busy_hour_blocking,busy_hour_blocking_ci95_low,busy_hour_blocking_ci95_high';
const PATHS = 'scenario,path,calls,share,share_ci95_low,share_ci95_high';
const TIMESERIES = 'scenario,resource,t_start_s,t_end_s,mean_concurrency,max_concurrency' + ',t_start_utc,offered,blocked';
const COMPARISON =
  'scenario,resource,capacity,blocking_probability,mean_concurrency,p95_concurrency,peak_concurrency,delta_mean_concurrency,delta_ci95_low,delta_ci95_high';
const SIZING =
  'resource,target_blocking,servers,capacity,blocking_probability,blocking_ci95_high,erlang_b,blocking_one_server_down' +
  ',over,redundancy,busy_hour_utc,busy_hour_offered_erlangs,units_per_server';

describe('CSV columns', () => {
  it('match DESIGN.md exactly', () => {
    expect(SUMMARY_COLUMNS.join(',')).toBe(SUMMARY);
    expect(PATHS_COLUMNS.join(',')).toBe(PATHS);
    expect(TIMESERIES_COLUMNS.join(',')).toBe(TIMESERIES);
    expect(COMPARISON_COLUMNS.join(',')).toBe(COMPARISON);
    expect(SIZING_COLUMNS.join(',')).toBe(SIZING);
  });

  it('head each file of a run, with one line per row', () => {
    const summary = summarize(SCENARIOS, RESOURCES, results());
    const files = renderRunCsv(summary);
    expect(files.map((f) => f.name)).toEqual(['summary.csv', 'paths.csv', 'timeseries.csv']);
    const lines = files.map((f) => textOf(f.data).split('\n'));
    expect(lines.map((l) => l[0])).toEqual([SUMMARY, PATHS, TIMESERIES]);
    // header + rows + the empty string after the final newline
    expect(lines.map((l) => l.length)).toEqual([
      summary.summary.length + 2,
      summary.paths.length + 2,
      summary.timeseries.length + 2,
    ]);
    expect(lines.map((l) => l.at(-1))).toEqual(['', '', '']);
  });
});

it('timeseries.csv in pieces is, joined, the CSV of its rows at once: the header once, every row once, in order', () => {
  const rows = Array.from({ length: 120_001 }, (_, k) => ({ a: `r${k}`, b: k / 7 }));
  const pieces = renderCsvPieces(['a', 'b'], rows);
  expect(pieces.length).toBe(3);
  expect(pieces.join('')).toBe(renderCsv(['a', 'b'], rows));
  // The same bytes as csv-stringify gives for every record at once.
  const whole = stringify([['a', 'b'], ...rows.map((r) => [r.a, formatNumber(r.b)])], { record_delimiter: 'unix', quoted_empty: false });
  expect(pieces.join('')).toBe(whole);
  expect(renderCsvPieces(['a', 'b'], [])).toEqual([renderCsv(['a', 'b'], [])]);
  expect(renderCsv(['a', 'b'], [])).toBe('a,b\n');
});
