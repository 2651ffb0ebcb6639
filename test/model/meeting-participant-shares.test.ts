/**
 * conferenceParticipants (WORKLOAD.md "Who answers"; R1): each invited participant
 * (size - 1 per conference) is independently remote, federated or anonymous with the
 * given shares, and each of those joins through the pool's Edge with one session; the
 * others are internal (drawn among the sites only) and reach the MCU directly. So,
 * given the conferences' sizes, the Edge sessions are Binomial(invited, remote +
 * federated + anonymous), checked at 1 in 1000, and every participant takes one MCU leg.
 *
 * The remote users are 1/5 of the population: were internal participants drawn among
 * everyone, remote ones among them would add 0.5 x 1/5 = 0.1 to the share, far outside
 * the tolerance (about 0.015).
 */
import { expect, it } from 'vitest';
import { PATH_INDEX } from '../../src/negotiation/paths.js';
import { NO_CALLS, binomialTolerance, simulate } from './theory.js';

const SHARES = { remote: 0.25, federated: 0.1, anonymous: 0.15 };

it('conference participants join through the Edge at the remote + federated + anonymous share', () => {
  const run = simulate({
    name: 'participant-shares',
    seed: 25,
    simulation: { warmup: 1800, duration: 3 * 3600, replications: 1 },
    deployment: {
      edges: [{ name: 'edge', sessionsPerServer: 100_000 }],
      pools: [{ name: 'pool', edge: 'edge', mcuLegs: 100_000 }],
      sites: [
        { name: 'hq', pool: 'pool', users: 1500, traffic: { perUserPerHour: { conference: 0.8 } } },
        { name: 'branch', pool: 'pool', users: 500 },
      ],
      remote: { users: 500 },
    },
    traffic: {
      profile: 'flat',
      perUserPerHour: NO_CALLS, // only hq organises
      conferenceSize: { sizes: { 4: 0.85, 6: 0.1, 11: 0.05 } },
      conferenceParticipants: SHARES,
      escalationShare: 0,
    },
  });
  const r = run.results[0]!;
  const conferences = r.paths[PATH_INDEX.mcu]!;
  expect(r.paths.reduce((a, b) => a + b, 0)).toBe(conferences); // all seated
  const legs = r.resources[run.index('mcu:pool')]!.offered;
  const invited = legs - conferences;
  const edge = r.resources[run.index('edge:edge')]!.offered;
  const share = SHARES.remote + SHARES.federated + SHARES.anonymous;
  expect(invited).toBeGreaterThan(10_000); // about 3,600 conferences x 3.55
  expect(Math.abs(edge - invited * share)).toBeLessThanOrEqual(binomialTolerance(invited, share));
});
