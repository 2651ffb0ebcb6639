/**
 * Who answers, through a whole replication: the calls of one site (london, flat
 * profile, the only caller) go to each location in the share the rule gives, averaged
 * over the window. The callees' sites are at +5.5, -5 and -3.5 with day profiles, so
 * the shares change during the window (bangalore's on the half hour); affinity raises
 * bangalore and lowers the remote users.
 *
 * Where a call went is read off the resources: p2p is open between sites, so a call to
 * another site takes 2 ports on that site's (unlimited) port pool (R3), a call to a
 * remote user one Edge session (R5), and a call inside london neither.
 *
 * Theory: london's rate is constant, so given N calls in the window their times are
 * uniform over it and each goes to location d with probability p̄(d), the window's mean
 * of the rule's p(d, t): the counts are multinomial, each one Binomial(N, p̄(d)),
 * checked at 1 in 1000.
 */
import { expect, it } from 'vitest';
import { PATH_INDEX } from '../../src/negotiation/paths.js';
import { calleeProbabilities, locationNames, utcAt } from './callee-rule.js';
import { NO_CALLS, binomialTolerance, simulate } from './theory.js';

const STEP = [0, 0, 0, 0, 0, 0, 0.1, 0.1, 0.5, 1, 1, 1, 0.5, 1, 1, 1, 0.8, 0.4, 0.1, 0.1, 0.1, 0.1, 0, 0];
const HOURS = 6;

it('the calls from one site go to each other site and to the remote users in the expected shares', () => {
  const run = simulate({
    name: 'callee-shares',
    seed: 4,
    simulation: { warmup: 0, duration: HOURS * 3600, start: '10:00', replications: 1, interval: 3600 },
    deployment: {
      edges: [{ name: 'edge', sessionsPerServer: 100_000 }],
      pools: [{ name: 'pool', edge: 'edge' }],
      sites: [
        { name: 'london', pool: 'pool', users: 400, traffic: { profile: 'flat', perUserPerHour: { peerAudio: 8 } } },
        { name: 'bangalore', pool: 'pool', users: 1200, utcOffsetHours: 5.5, traffic: { profile: STEP } },
        { name: 'newyork', pool: 'pool', users: 300, utcOffsetHours: -5 },
        { name: 'newfoundland', pool: 'pool', users: 200, utcOffsetHours: -3.5 },
      ],
      remote: { users: 600 },
    },
    traffic: {
      profile: 'office',
      perUserPerHour: NO_CALLS,
      escalationShare: 0,
      affinity: [
        { from: 'london', to: 'bangalore', weight: 3 },
        { from: 'london', to: 'london', weight: 2 },
        { from: 'london', to: 'remote', weight: 0.5 },
      ],
    },
  });
  const { workload } = run;
  const result = run.results[0]!;
  const names = locationNames(workload);

  // p̄: the rule's probabilities averaged over the window, quarter hour by quarter hour
  // (every offset is a multiple of a quarter hour, so p is constant on each).
  const quarters = (HOURS * 3600) / 900;
  const mean = new Array<number>(names.length).fill(0);
  for (let q = 0; q < quarters; q++) {
    const t = workload.simulation.warmup + q * 900 + 450;
    calleeProbabilities(workload, 0, utcAt(workload, t)).forEach((p, d) => (mean[d]! += p / quarters));
  }

  const total = result.paths.reduce((a, b) => a + b, 0);
  expect(result.paths[PATH_INDEX.p2p]! + result.paths[PATH_INDEX['edge-udp']]!).toBe(total);
  const ports = (site: string): number => result.resources[run.index(`ports:${site}`)]!.offered / 2;
  const counts = new Map<string, number>([
    ['bangalore', ports('bangalore')],
    ['newyork', ports('newyork')],
    ['newfoundland', ports('newfoundland')],
    ['remote', result.resources[run.index('edge:edge')]!.offered],
  ]);
  // Every call leaving london takes its ports there too.
  expect(ports('london')).toBe(counts.get('bangalore')! + counts.get('newyork')! + counts.get('newfoundland')!);
  counts.set('london', total - [...counts.values()].reduce((a, b) => a + b, 0));

  expect(total).toBeGreaterThan(15_000);
  names.forEach((name, d) => {
    const p = mean[d]!;
    expect(p).toBeGreaterThan(0.01); // every destination is tested, none is vacuous
    expect(Math.abs(counts.get(name)! - total * p), `${name}: ${counts.get(name)} of ${total}, expected share ${p}`).toBeLessThanOrEqual(
      binomialTolerance(total, p),
    );
  });
});
