/**
 * Audio and video calls on one bandwidth policy (R16, R17, R19) against the exact
 * stationary distribution of their Markov chain. b's policy holds A audio and V video
 * sessions; a video call reserves one of each, all or nothing. With neither alternate
 * path nor the PSTN reroute, a refused video call drops its video (video-downgraded) and
 * asks again for one audio session, and refused audio fails (failed-cac, R18 c).
 *
 * Every kind has the same exponential holding time, so the state is (a, v): audio
 * sessions in use (video calls hold one too) and video sessions in use, v <= a. From
 * (a, v): an audio call goes to (a+1, v) if a < A; a video call to (a+1, v+1) if a < A
 * and v < V, else (downgraded) to (a+1, v) if a < A; the a - v audio-only calls leave at
 * rate (a - v) mu, the v video calls at v mu. By PASTA an arriving call sees the
 * stationary distribution pi, so: P(audio fails) = P(video fails) = pi(a = A), P(video
 * downgraded) = pi(a = A or v = V) (a downgraded call that then fails counts as both).
 *
 * The simulation counts failed-cac calls of both kinds together; the audio limit's
 * blocked requests separate them, exactly: a failing video call is refused twice on the
 * audio limit (as video, then as audio), a failing audio call once, a video call refused
 * only for want of a video session not at all.
 *
 * A refused request counts only on the limits that lacked room (R17): a video call that
 * finds the audio limit full and the video limit free counts nothing on the video limit,
 * and one that finds only the video limit full counts nothing on the audio limit for its
 * first request. So the video limit is offered the video calls arriving outside
 * (a = A, v < V), and refuses those arriving at v = V.
 */
import { describe, expect, it } from 'vitest';
import { PATH_INDEX } from '../../src/negotiation/paths.js';
import type { ReplicationResult } from '../../src/results/types.js';
import { meanInterval } from '../../src/stats/interval.js';
import { tQuantile } from '../../src/stats/student-t.js';
import { simulate } from './theory.js';
import { ratio999, twoSites } from './cac-two-sites.js';

const AUDIO = 6;
const VIDEO = 2;
/** Offered erlangs: audio calls, video calls. */
const RHO_A = 2.5;
const RHO_V = 1.5;
const REPLICATIONS = 20;

/** pi over the states (a, v), 0 <= v <= min(a, V), a <= A, by Gaussian elimination of pi Q = 0, sum pi = 1. */
function stationary(A: number, V: number, la: number, lv: number): (a: number, v: number) => number {
  const states: [number, number][] = [];
  const id = new Map<string, number>();
  for (let a = 0; a <= A; a++) {
    for (let v = 0; v <= Math.min(a, V); v++) {
      id.set(`${a},${v}`, states.length);
      states.push([a, v]);
    }
  }
  const n = states.length;
  const q = Array.from({ length: n }, () => new Float64Array(n));
  const add = (from: number, a: number, v: number, rate: number): void => {
    const to = id.get(`${a},${v}`)!;
    q[from]![to]! += rate;
    q[from]![from]! -= rate;
  };
  states.forEach(([a, v], s) => {
    if (a < A) add(s, a + 1, v, la); // an audio call
    if (a < A && v < V) add(s, a + 1, v + 1, lv); // a video call, admitted whole
    else if (a < A) add(s, a + 1, v, lv); // a video call dropped to audio (R19), then admitted
    if (a - v > 0) add(s, a - 1, v, a - v); // audio-only calls leave (mu = 1)
    if (v > 0) add(s, a - 1, v - 1, v); // video calls leave
  });
  // pi Q = 0: the transposed system, its last equation replaced by sum pi = 1.
  const m = Array.from({ length: n }, (_, i) => Float64Array.from({ length: n + 1 }, (_, j) => (j < n ? q[j]![i]! : 0)));
  m[n - 1]!.fill(1);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / m[col]![col]!;
      if (f !== 0) for (let j = col; j <= n; j++) m[r]![j]! -= f * m[col]![j]!;
    }
  }
  const pi = states.map((_, s) => m[s]![n]! / m[s]![s]!);
  return (a, v) => pi[id.get(`${a},${v}`) ?? -1] ?? 0;
}

const pi = stationary(AUDIO, VIDEO, RHO_A, RHO_V);
let full = 0; // pi(a = A)
let downgrade = 0; // pi(a = A or v = V)
let videoFull = 0; // pi(v = V)
let audioOnlyFull = 0; // pi(a = A, v < V)
let meanA = 0;
let meanV = 0;
for (let a = 0; a <= AUDIO; a++) {
  for (let v = 0; v <= Math.min(a, VIDEO); v++) {
    const p = pi(a, v);
    if (a === AUDIO) full += p;
    if (a === AUDIO || v === VIDEO) downgrade += p;
    if (v === VIDEO) videoFull += p;
    if (a === AUDIO && v < VIDEO) audioOnlyFull += p;
    meanA += a * p;
    meanV += v * p;
  }
}

const run = simulate(
  twoSites({ audioErlangs: RHO_A, videoErlangs: RHO_V, audioSessions: AUDIO, videoSessions: VIDEO, audioAlternatePath: false, videoAlternatePath: false, pstnReroute: false, replications: REPLICATIONS, hours: 24 }),
);
const audio = run.index('link:b:audio');
const video = run.index('link:b:video');
const calls = (r: ReplicationResult): number => r.paths.reduce((s, n) => s + n, 0);
const failed = (r: ReplicationResult): number => r.paths[PATH_INDEX['failed-cac']]!;
const videoFails = (r: ReplicationResult): number => r.resources[audio]!.blocked - failed(r);
const audioFails = (r: ReplicationResult): number => 2 * failed(r) - r.resources[audio]!.blocked;

/** |simulated - exact| within the run's 99.9% interval, which must be informative. */
function agrees(sim: { ratio: number; tolerance: number }, exact: number): void {
  expect(sim.tolerance).toBeGreaterThan(0);
  expect(sim.tolerance).toBeLessThan(0.25 * exact);
  expect(Math.abs(sim.ratio - exact)).toBeLessThanOrEqual(sim.tolerance);
}

describe('audio and video on one policy: the 2-D Markov chain (R17, R18 c, R19)', () => {
  it('the chain itself: a distribution, with both limits binding', () => {
    let total = 0;
    for (let a = 0; a <= AUDIO; a++) for (let v = 0; v <= Math.min(a, VIDEO); v++) total += pi(a, v);
    expect(total).toBeCloseTo(1, 12);
    expect(full).toBeGreaterThan(0.02);
    expect(downgrade - full).toBeGreaterThan(0.05); // video refused for want of a video session alone
  });

  it('counts each request where the rules say: identities of the counts, per replication', () => {
    for (const r of run.results) {
      const a = r.resources[audio]!;
      const v = r.resources[video]!;
      expect(a.offered).toBe(a.carried + a.blocked);
      expect(v.offered).toBe(v.carried + v.blocked);
      expect(v.offered).toBeLessThanOrEqual(r.videoCalls); // at most one video request per video call
      // One audio request per call, and a second one counted by a video call refused on
      // the audio limit (which then fails): those refused on the video limit alone count
      // their audio once, as the downgraded call's.
      expect(a.offered).toBe(calls(r) + videoFails(r));
      expect(a.blocked).toBe(audioFails(r) + 2 * videoFails(r));
      expect(a.peak).toBeLessThanOrEqual(AUDIO);
      expect(v.peak).toBeLessThanOrEqual(VIDEO);
      expect(videoFails(r)).toBeGreaterThanOrEqual(0);
      expect(audioFails(r)).toBeGreaterThanOrEqual(0);
      expect(r.paths[PATH_INDEX.p2p]! + failed(r)).toBe(calls(r)); // nothing else: no Edge, no PSTN
    }
  });

  it('P(audio call fails) = pi(a = A)', () => {
    agrees(ratio999(run.results, audioFails, (r) => calls(r) - r.videoCalls), full);
  });

  it('P(video call fails entirely) = pi(a = A)', () => {
    agrees(ratio999(run.results, videoFails, (r) => r.videoCalls), full);
  });

  it('P(video call downgraded) = pi(a = A or v = V): the video-downgraded row', () => {
    const row = run.summary.paths.find((p) => p.path === 'video-downgraded')!;
    const sim = ratio999(run.results, (r) => r.videoDowngraded, (r) => r.videoCalls);
    expect(row.share).toBe(sim.ratio);
    agrees(sim, downgrade);
  });

  it('failed-cac share of all calls = pi(a = A)', () => {
    agrees(ratio999(run.results, failed, calls), full);
  });

  it('the video limit is offered the video calls but those arriving at (a = A, v < V), and refuses those at v = V', () => {
    const offered = ratio999(run.results, (r) => r.resources[video]!.offered, (r) => r.videoCalls);
    expect(Math.abs(offered.ratio - (1 - audioOnlyFull))).toBeLessThanOrEqual(offered.tolerance);
    agrees(ratio999(run.results, (r) => r.resources[video]!.blocked, (r) => r.resources[video]!.offered), videoFull / (1 - audioOnlyFull));
  });

  it('mean sessions in use: E[a] on the audio limit, E[v] on the video limit (a downgraded call holds audio only)', () => {
    for (const [r, exact] of [
      [audio, meanA],
      [video, meanV],
    ] as const) {
      const ci = meanInterval(run.results.map((x) => x.resources[r]!.occupancyIntegral / x.windowSeconds));
      const half = ci.halfWidth * (tQuantile(0.9995, REPLICATIONS - 1) / tQuantile(0.975, REPLICATIONS - 1));
      expect(half).toBeLessThan(0.05 * exact);
      expect(Math.abs(ci.mean - exact)).toBeLessThanOrEqual(half);
    }
  });
});
