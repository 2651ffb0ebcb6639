import { describe, expect, it } from 'vitest';
import { size } from '../../src/analysis/size.js';
import { SIZING_COLUMNS } from '../../src/report/csv.js';
import { renderSizingCsv, sizingJson } from '../../src/report/sizing.js';
import { erlangB, erlangBServers } from '../../src/stats/erlang-b.js';
import { parseWorkloadValue } from '../../src/workload/load.js';
import { keptPool } from '../support/pool.js';

// A pure loss system (as test/model/pure-loss.ts builds it): one site whose media is
// blocked even within the site, so every call is relayed through the one Edge; peer
// audio only, flat profile, no escalation; one session per server, so a "server" is
// one session. Offered load A = 1000 users x 0.12 calls/h x 240 s / 3600 = 8 erlangs.
//
// Erlang B at 8 erlangs: B(10) = 0.1217, B(11) = 0.0813, B(14) = 0.0172, B(15) = 0.0091.
// The search accepts n servers when the simulated blocking's UPPER 95% bound is <= the
// target, so a target is fair only when it sits in the gap between B(N) and B(N-1) with
// room on both sides for that bound and for noise. With 40 replications of 48 h the
// standard error of the blocking is about 0.001 at B = 0.1 and 0.0004 at B = 0.01
// (half-widths 0.002 and 0.0008), so:
//  - target 0.1   -> N = 11: B(11) + half-width = 0.083, 17 standard errors below 0.1;
//                    B(10) = 0.122, 18 standard errors above it.
//  - target 0.013 -> N = 15: B(15) + half-width = 0.0099, 7 standard errors below 0.013;
//                    B(14) = 0.0172, 7 standard errors above it.
// A sizing that is off by one server in either direction fails the test.
const A = 8;
const WORKLOAD = {
  name: 'pure-loss',
  seed: 11,
  simulation: { warmup: 7200, duration: 48 * 3600, replications: 40, interval: 3600 },
  deployment: {
    edges: [{ name: 'edge', servers: 1, sessionsPerServer: 1 }],
    pools: [{ name: 'pool', edge: 'edge' }],
    sites: [{ name: 'site', pool: 'pool', users: 1000 }],
  },
  network: { rules: [{ between: ['site', 'site'], p2p: 'blocked' }] },
  traffic: {
    profile: 'flat',
    perUserPerHour: { peerAudio: (A / 240 / 1000) * 3600, peerVideo: 0, conference: 0, liveMeeting: 0 },
    holdingTime: { distribution: 'exponential', mean: 240 },
    escalationShare: 0,
  },
};

describe('sizing a pure loss system gives the Erlang B server count', () => {
  const scenario = { name: 'baseline', workload: parseWorkloadValue(WORKLOAD, 'pure-loss.json') };

  it.each([
    [0.1, 11],
    [0.013, 15],
  ])('target %s -> %i servers', async (target, expected) => {
    expect(erlangBServers(A, target)).toBe(expected); // the fixture's arithmetic, checked
    // As `avsim size pure-loss.json --target T --over window --json` sizes it: its document and
    // sizing.csv. Over the whole window (every hour alike on a flat profile) the interval is
    // the tight one the arithmetic above assumes; the busy hour is one hour's worth.
    const output = await size(scenario, { target, over: 'window', pool: keptPool() });
    const doc = JSON.parse(JSON.stringify(sizingJson(output))) as {
      sizing: Record<string, number | string>[];
      searches: { offered_busy_hour_erlangs: number; offered_window_erlangs: number }[];
    };
    const row = doc.sizing[0]!;
    expect(row['servers']).toBe(expected);
    expect(row['capacity']).toBe(expected);
    expect(row['blocking_ci95_high']).toBeLessThanOrEqual(target);
    expect(row['blocking_one_server_down']).toBeGreaterThan(target);
    // The offered load is measured with unlimited capacity: over the window its mean is
    // A (standard error 0.024 here); on a flat profile every hour is a busy hour, and the
    // cross-fitted busy-hour load is one hour's mean, also A but noisier (standard error
    // about 0.16), not inflated by the pick (the plain maximum of the 48 hourly means
    // would sit about 0.3 above A).
    const search = doc.searches[0]!;
    expect(Math.abs(search.offered_window_erlangs - A)).toBeLessThan(0.1);
    expect(Math.abs(search.offered_busy_hour_erlangs - A)).toBeLessThan(0.6);
    // erlang_b is Erlang B of that busy-hour load at the chosen capacity.
    expect(row['erlang_b']).toBeCloseTo(erlangB(search.offered_busy_hour_erlangs, expected), 12);
    // The file carries the same row.
    const [header, line] = renderSizingCsv(output).trim().split('\n');
    expect(header).toBe(SIZING_COLUMNS.join(','));
    expect(line!.split(',').slice(0, 4)).toEqual(['edge:edge', String(target), String(expected), String(expected)]);
  });

  it('with --redundancy n+1, one server more: the target still holds with one server down', async () => {
    const output = await size(scenario, { target: 0.1, over: 'window', redundancy: 'n+1', pool: keptPool() });
    const row = output.rows[0]!;
    expect(row.servers).toBe(12); // Erlang B's 11, plus the spare
    expect(row.redundancy).toBe('n+1');
    // One server down is the 11 of the sizing without redundancy: it meets the target.
    expect(row.blocking_one_server_down).toBeLessThanOrEqual(0.1);
    expect(output.sizings[0]!.evaluations.find((e) => e.servers === 11)!.blockingHigh).toBeLessThanOrEqual(0.1);
    expect(output.sizings[0]!.evaluations.find((e) => e.servers === 10)!.blockingHigh).toBeGreaterThan(0.1);
  });
});
