/**
 * Invariants of the model under Call Admission Control, on random small workloads
 * (fast-check, cac-random-workload.ts): sites in regions with policies, links and limits,
 * every kind of call, escalations, alternate paths and PSTN reroute, small capacities,
 * firewall rules. Whatever they are:
 *
 * - every resource stays within its capacity (its peak and its occupancy histogram),
 *   and counts offered = carried + blocked;
 * - the calls' paths partition the calls (shares sum to 1), the video-downgraded row
 *   counts among the video calls;
 * - everything taken is given back: calls arrive in the first hours of the window only
 *   (a 24-weight profile, zero after), short enough to end long before the last bucket,
 *   in which every resource is then empty (no reservation, session, leg or port leaks).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { VIDEO_DOWNGRADED } from '../../src/results/types.js';
import { arbitraryWorkload, HOURS } from './cac-random-workload.js';
import { simulate } from './theory.js';

it('resources within capacity, counts that add up, paths that partition the calls, everything given back (R15-R21)', () => {
  fc.assert(
    fc.property(arbitraryWorkload, (input) => {
      const run = simulate(input);
      const r = run.results[0]!;
      run.compiled.resources.forEach((info, k) => {
        const x = r.resources[k]!;
        expect(Math.abs(x.offered - (x.carried + x.blocked)), info.id).toBeLessThanOrEqual(1e-9);
        expect(x.peak, info.id).toBeLessThanOrEqual(info.capacity);
        x.histogram.forEach((seconds, level) => {
          if (level > info.capacity) expect(seconds, `${info.id} at ${level}`).toBe(0);
        });
        // The last bucket opens hours after the last arrival: nothing is in use any more.
        const last = run.summary.timeseries.filter((row) => row.resource === info.id).at(-1)!;
        expect(last.t_start_s).toBe((HOURS - 1) * 3600);
        expect(last.mean_concurrency, info.id).toBe(0);
        expect(last.max_concurrency, info.id).toBe(0);
      });
      const calls = r.paths.reduce((s, n) => s + n, 0);
      const rows = run.summary.paths.filter((p) => p.path !== VIDEO_DOWNGRADED);
      expect(rows.reduce((s, p) => s + p.calls, 0)).toBe(calls);
      if (calls > 0) expect(Math.abs(rows.reduce((s, p) => s + p.share, 0) - 1)).toBeLessThanOrEqual(1e-9);
      expect(r.videoDowngraded).toBeLessThanOrEqual(r.videoCalls);
    }),
    { numRuns: 40 },
  );
});
