/**
 * Bandwidth defaults by product (MEDIA-RULES.md, Figures; WORKLOAD.md bandwidthKbps):
 * per stream, one direction, OCS 2007 R2 plans 45 kbit/s audio and 300 video, later
 * products 65 and 500; a video call carries both streams. The busy-hour Mbit/s of a
 * known load: every call relayed through one Edge with room for all (a relay session
 * carries two legs, client to Edge on each side), A = 20 erlangs offered, so the hour's
 * mean bandwidth is A x 2 x kbit/s per call / 1000.
 *
 * Tolerances: the two products run the same calls (same seed), so their ratio is exact;
 * the level is checked against the stationary M/M/∞ occupancy, whose hour mean has the
 * exact variance 2·A·h²·(T/h − 1 + e^(−T/h)) / T² per replication, at 1 in 1000.
 */
import { describe, expect, it } from 'vitest';
import type { Product, WorkloadInput } from '../../src/workload/schema.js';
import { NO_CALLS, Z999, simulate } from './theory.js';

const ERLANGS = 20;
const HOLDING = 240;
const USERS = 1000;
const REPLICATIONS = 20;

const workload = (product: Product, kind: 'peerAudio' | 'peerVideo'): WorkloadInput => ({
  name: 'bandwidth',
  seed: 45,
  simulation: { warmup: 3600, duration: 4 * 3600, replications: REPLICATIONS, interval: 3600 },
  deployment: {
    product,
    edges: [{ name: 'edge', sessionsPerServer: 100_000 }],
    pools: [{ name: 'pool', edge: 'edge' }],
    sites: [{ name: 'hq', pool: 'pool', users: USERS }],
  },
  network: { rules: [{ between: ['hq', 'hq'], p2p: 'blocked' }] },
  traffic: {
    profile: 'flat',
    perUserPerHour: { ...NO_CALLS, [kind]: (ERLANGS * 3600) / HOLDING / USERS },
    holdingTime: { distribution: 'exponential', mean: HOLDING },
    escalationShare: 0,
  },
});
const mbps = (product: Product, kind: 'peerAudio' | 'peerVideo'): number => simulate(workload(product, kind)).row('edge:edge').busy_hour_mbps;

// One replication's mean occupancy over an hour T of a stationary M/M/∞ system, and its sd.
const T = 3600;
const hourSd = Math.sqrt((2 * ERLANGS * HOLDING * HOLDING * (T / HOLDING - 1 + Math.exp(-T / HOLDING))) / (T * T));
const tolerance = (kbpsPerLeg: number): number => (Z999 * hourSd * 2 * kbpsPerLeg) / 1000 / Math.sqrt(REPLICATIONS);

describe('busy-hour Mbit/s by product', () => {
  it('audio: 45 kbit/s per stream on ocs2007r2, 65 on lync2013', () => {
    const ocs = mbps('ocs2007r2', 'peerAudio');
    const lync = mbps('lync2013', 'peerAudio');
    expect(Math.abs(ocs - (ERLANGS * 2 * 45) / 1000)).toBeLessThanOrEqual(tolerance(45));
    expect(lync / ocs).toBeCloseTo(65 / 45, 12);
  });

  it('video: audio and video streams, 45 + 300 on ocs2007r2, 65 + 500 on sfb', () => {
    const ocs = mbps('ocs2007r2', 'peerVideo');
    const sfb = mbps('sfb', 'peerVideo');
    expect(Math.abs(ocs - (ERLANGS * 2 * 345) / 1000)).toBeLessThanOrEqual(tolerance(345));
    expect(sfb / ocs).toBeCloseTo(565 / 345, 12);
  });
});
