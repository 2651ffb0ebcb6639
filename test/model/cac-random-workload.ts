/**
 * Random small workloads under Call Admission Control, for the property tests: 2-5 sites
 * in one or two regions (or none), random bandwidth policies on sites, a region link and
 * an inter-site link, random limits, a random mix of every kind of call, escalations,
 * random alternate-path switches and PSTN reroute, small capacities, some firewall rules.
 * Every workload is valid (C5 holds by construction). Calls arrive in the window's first
 * {@link BUSY} hours only (a 24-weight profile, zero after; the window opens at 00:00 UTC
 * and every site is on UTC), with exponential holding times of at most 5 minutes' mean.
 */
import fc from 'fast-check';
import type { WorkloadInput } from '../../src/workload/schema.js';

/** The measured window, hours. */
export const HOURS = 6;
/** Hours at the window's start in which calls arrive; the rest of the day weighs 0. */
export const BUSY = 3;

/**
 * A number in [min, max] in steps of a hundredth of the range: fast-check's doubles
 * favour extremes (1e-300 calls per user per hour), which leave most workloads without a
 * call, so the property would be checked on empty runs.
 */
const between = (min: number, max: number) => fc.integer({ min: 0, max: 100 }).map((n) => min + ((max - min) * n) / 100);

const policy = fc.record({
  audioSessionKbps: fc.integer({ min: 40, max: 200 }),
  audioSessions: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
  videoSessionKbps: fc.integer({ min: 100, max: 700 }),
  videoSessions: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
});

/** A random valid workload with CAC, one replication. */
export const arbitraryWorkload = fc
  .record({
    seed: fc.nat({ max: 1_000_000 }),
    sites: fc.array(
      fc.record({
        users: fc.integer({ min: 20, max: 200 }),
        region: fc.integer({ min: -1, max: 1 }), // -1: in no region
        policy: fc.integer({ min: -1, max: 2 }), // -1: none
        pool: fc.integer({ min: 0, max: 1 }),
        portPool: fc.option(fc.integer({ min: 2, max: 40 }), { nil: undefined }),
        edgeUdpBlocked: fc.boolean(),
      }),
      { minLength: 2, maxLength: 5 },
    ),
    regions: fc.integer({ min: 1, max: 2 }),
    policies: fc.array(policy, { minLength: 3, maxLength: 3 }),
    alternate: fc.array(fc.record({ audio: fc.boolean(), video: fc.boolean() }), { minLength: 2, maxLength: 2 }),
    regionLink: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    interSite: fc.option(fc.record({ a: fc.nat(), b: fc.nat(), policy: fc.integer({ min: 0, max: 2 }) }), { nil: undefined }),
    p2pBlocked: fc.option(fc.record({ a: fc.nat(), b: fc.nat() }), { nil: undefined }),
    pstnReroute: fc.boolean(),
    edge: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined, freq: 8 }), // undefined: no Edge (R9)
    pools: fc.array(fc.record({ mcuLegs: fc.integer({ min: 3, max: 60 }), mediation: fc.integer({ min: 1, max: 30 }), site: fc.nat() }), { minLength: 2, maxLength: 2 }),
    twoPools: fc.boolean(),
    remote: fc.integer({ min: 0, max: 100 }),
    rates: fc.record({
      peerAudio: between(0, 0.5),
      peerVideo: between(0, 0.3),
      conference: between(0, 0.05),
      liveMeeting: between(0, 0.02),
      pstn: between(0, 0.3),
    }),
    weights: fc.array(between(0.1, 1), { minLength: BUSY, maxLength: BUSY }),
    holdingMinutes: between(1, 5),
    escalationShare: between(0.05, 0.5),
    conferenceVideoShare: between(0.1, 0.8),
    mediaBypassShare: between(0, 1),
    federated: between(0, 0.1),
    participants: fc.record({ remote: between(0, 0.3), federated: between(0, 0.1), anonymous: between(0, 0.1) }),
  })
  .map((g): WorkloadInput => {
    const names = g.sites.map((_, i) => `s${i}`);
    const regionOf = g.sites.map((s) => (s.region < g.regions ? s.region : -1));
    const regions = Array.from({ length: g.regions }, (_, r) => ({ name: `r${r}`, sites: names.filter((_, i) => regionOf[i] === r), alt: g.alternate[r]! }))
      .filter((r) => r.sites.length > 0)
      .map((r) => ({ name: r.name, centralSite: r.sites[0]!, sites: r.sites, audioAlternatePath: r.alt.audio, videoAlternatePath: r.alt.video }));
    const policies = g.policies.map((p, i) => ({
      name: `p${i}`,
      audioSessionKbps: p.audioSessionKbps,
      videoSessionKbps: p.videoSessionKbps,
      ...(p.audioSessions === undefined ? {} : { audioKbps: p.audioSessions * p.audioSessionKbps }),
      ...(p.videoSessions === undefined ? {} : { videoKbps: p.videoSessions * p.videoSessionKbps }),
    }));
    const sitePolicies = g.sites.flatMap((s, i) => (s.policy >= 0 && regionOf[i]! >= 0 ? [{ site: names[i]!, policy: `p${s.policy}` }] : []));
    // C5: two regions whose sites hold policies need a link; otherwise one may be there or not.
    const policyRegions = new Set(sitePolicies.map((p) => regionOf[names.indexOf(p.site)]!));
    const linkPolicy = g.regionLink ?? (policyRegions.size === 2 ? 0 : undefined);
    const regionLinks = regions.length === 2 && linkPolicy !== undefined ? [{ between: [regions[0]!.name, regions[1]!.name] as [string, string], policy: `p${linkPolicy}` }] : [];
    const inRegions = names.filter((_, i) => regionOf[i]! >= 0);
    const interSite = [];
    if (g.interSite !== undefined && inRegions.length >= 2) {
      const a = g.interSite.a % inRegions.length;
      const b = (a + 1 + (g.interSite.b % (inRegions.length - 1))) % inRegions.length;
      interSite.push({ between: [inRegions[a]!, inRegions[b]!] as [string, string], policy: `p${g.interSite.policy}` });
    }
    const poolCount = g.twoPools ? 2 : 1;
    const edge = g.edge === undefined ? {} : { edge: 'edge' };
    const rules: NonNullable<NonNullable<WorkloadInput['network']>['rules']> = g.sites.flatMap((s, i) => (s.edgeUdpBlocked ? [{ site: names[i]!, edgeUdp: 'blocked' as const }] : []));
    if (g.p2pBlocked !== undefined) rules.push({ between: [names[g.p2pBlocked.a % names.length]!, names[g.p2pBlocked.b % names.length]!], p2p: 'blocked' });
    const remote = g.remote > 0;
    return {
      name: 'cac-invariants',
      seed: g.seed,
      simulation: { warmup: 1800, duration: HOURS * 3600, start: '00:00', replications: 1, interval: 3600 },
      deployment: {
        product: 'sfb',
        edges: g.edge === undefined ? [] : [{ name: 'edge', servers: 1, sessionsPerServer: g.edge }],
        pools: g.pools.slice(0, poolCount).map((p, i) => ({ name: `pool${i}`, ...edge, mcuLegs: p.mcuLegs, mediationSessions: p.mediation, site: names[p.site % names.length]! })),
        sites: g.sites.map((s, i) => ({ name: names[i]!, pool: `pool${s.pool % poolCount}`, users: s.users, ...(s.portPool === undefined ? {} : { portPool: s.portPool }) })),
        remote: { users: g.remote, pool: 'pool0' },
        federated: { share: g.federated },
      },
      network: { rules },
      traffic: {
        profile: [...g.weights, ...Array.from({ length: 24 - BUSY }, () => 0)],
        perUserPerHour: g.rates,
        holdingTime: { distribution: 'exponential', mean: g.holdingMinutes * 60 },
        escalationShare: g.escalationShare,
        conferenceVideoShare: g.conferenceVideoShare,
        mediaBypassShare: g.mediaBypassShare,
        conferenceSize: { min: 3, max: 6, mean: 4 },
        liveMeetingSize: { min: 2, max: 6, mean: 3 },
        conferenceParticipants: { ...g.participants, remote: remote ? g.participants.remote : 0 },
      },
      cac: { regions, policies, sites: sitePolicies, regionLinks, interSite, pstnReroute: g.pstnReroute },
    };
  });
