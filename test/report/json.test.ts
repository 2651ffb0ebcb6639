import { describe, expect, it } from 'vitest';
import { JsonList, jsonPieces, renderJson, runJson, summaryJson } from '../../src/report/json.js';
import { summarize } from '../../src/results/summarize.js';
import { RESOURCES, SCENARIOS, results } from '../results/summarize-fixture.js';

describe('JSON summary', () => {
  const summary = summarize(SCENARIOS, RESOURCES, results());

  it('is valid JSON with null for NaN and unlimited capacity', () => {
    const doc = JSON.parse(renderJson(summaryJson(summary))) as {
      summary: Record<string, unknown>[];
      scenarios: Record<string, unknown>[];
    };
    expect(doc.summary[1]!['capacity']).toBeNull(); // Infinity
    expect(doc.summary[2]!['blocking_ci95_low']).toBeNull(); // NaN: one replication
    expect(doc.summary[0]!['blocking_probability']).toBe(0.15);
    expect(doc.scenarios[0]!['no_qos_share']).toBe(0.25);
  });

  it('keeps a fixed key order (CSV column order for rows)', () => {
    const doc = summaryJson(summary) as { summary: Record<string, unknown>[]; paths: Record<string, unknown>[] };
    expect(Object.keys(doc)).toEqual(['totals', 'scenarios', 'summary', 'paths', 'timeseries']);
    expect(Object.keys(doc.summary[0]!).join(',')).toBe(
      'scenario,resource,kind,capacity,offered,carried,blocked,blocking_probability,blocking_ci95_low,blocking_ci95_high,mean_concurrency,p95_concurrency,peak_concurrency,busy_hour_mbps' +
        ',busy_hour_utc,busy_hour_offered_erlangs,busy_hour_blocking,busy_hour_blocking_ci95_low,busy_hour_blocking_ci95_high',
    );
    expect(Object.keys(doc.paths[0]!).join(',')).toBe('scenario,path,calls,share,share_ci95_low,share_ci95_high');
    expect(renderJson(summaryJson(summary))).toBe(renderJson(summaryJson(summarize(SCENARIOS, RESOURCES, results()))));
  });

  it('adds the run settings and throughput of a run', () => {
    const doc = runJson({ summary, seed: 7, replications: 2, wallSeconds: 0.5 });
    expect(Object.keys(doc).slice(0, 6)).toEqual([
      'seed',
      'replications',
      'wall_seconds',
      'calls_per_second',
      'events_per_second',
      'totals',
    ]);
    expect(doc['calls_per_second']).toBe(46); // 23 calls in 0.5 s
    expect(doc['events_per_second']).toBe(380);
    expect(Object.keys(runJson({ summary }))[0]).toBe('totals');
  });
});

it('a document in pieces is, joined, JSON.stringify of it and a newline; a long list is split, no piece holds it whole', () => {
  const timeseries = Array.from({ length: 45_001 }, (_, k) => ({ resource: `r${k % 7}`, mean: k / 3, max: k % 2 === 0 ? null : k }));
  const document = { seed: 1, empty: [], summary: [{ a: 1 }], timeseries };
  const pieces = [...jsonPieces(document)];
  expect(pieces.join('')).toBe(`${JSON.stringify(document)}\n`);
  expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(JSON.stringify(timeseries).length / 2);
  expect([...jsonPieces({})].join('')).toBe('{}\n');
  expect([...jsonPieces({ a: [] })].join('')).toBe('{"a":[]}\n');
  // A list made as it is rendered: the same text as the list it stands for, in pieces or at once.
  const list = new JsonList(45_001, (k) => timeseries[k]!);
  expect([...jsonPieces({ seed: 1, timeseries: list })].join('')).toBe(`${JSON.stringify({ seed: 1, timeseries })}\n`);
  expect(JSON.stringify(list)).toBe(JSON.stringify(timeseries));
});
