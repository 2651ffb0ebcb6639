/**
 * The workload file's schema (zod), as `../shared/WORKLOAD.md` describes it.
 *
 * Every object is strict (unknown keys are errors: a typo must never be silently
 * ignored) and every optional field carries the default WORKLOAD.md shows, so the
 * parsed value is a complete, typed workload. Cross-references (pool -> edge,
 * site -> pool, rules -> sites, unique names) and the configuration rules C1-C4 are
 * checked after parsing, in `validate.ts`, so that every problem is reported at once.
 */
import { z } from 'zod';
import { Cac } from './cac-schema.js';
import { CALL_KINDS } from './kinds.js';
import { MEETING_DEFAULTS } from './meeting-defaults.js';
import { bounded, Duration, intUpTo, LIMITS, name, NON_NEGATIVE_INT, nonNegativeInt, positiveInt, share } from './schema-fields.js';

export { Duration, LIMITS } from './schema-fields.js';
export { parseDurationText, startSeconds } from './time-text.js';

/** Most replications a run may ask for (in the file or with `--replications`). */
export const MAX_REPLICATIONS = 10_000;

/** The fields of `simulation:`, each with its default (range checks parse them one by one). */
export const SimulationFields = z
  .strictObject({
    warmup: Duration.default(3600).describe('Simulated before the measured window, then discarded. @default 1h'),
    duration: Duration.default(8 * 3600).describe('The measured window. @default 8h'),
    start: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'expected a UTC time of day "HH:MM"' })
      .default('08:00')
      .describe('UTC time of day at which the measured window opens. @default "08:00"'),
    replications: intUpTo(MAX_REPLICATIONS).default(10).describe(`Independent runs of the window; intervals come from their spread (1 to ${MAX_REPLICATIONS}). @default 10`),
    interval: Duration.default(900).describe('Time-series bucket. @default 15m'),
  });
const Simulation = SimulationFields.prefault({});

const Certificate = z
  .strictObject({
    extraSanNames: z.boolean().default(false).describe('A vendor added www.<CN> as a SAN (R8). @default false'),
    internalCname: z.boolean().default(false).describe('The R8 workaround (internal DNS CNAME) is in place. @default false'),
  })
  .prefault({});

/** The product generations whose rules differ (MEDIA-RULES.md, Products). */
export const PRODUCTS = ['ocs2007r2', 'lync2010', 'lync2013', 'sfb'] as const;
export type Product = (typeof PRODUCTS)[number];

const Edge = z.strictObject({
  name: name.describe('The Edge\'s name: pools name it, and its resource is edge:<name>.'),
  servers: intUpTo(LIMITS.servers).default(1).describe('A/V Edge servers in the pool; avsim size searches over this number. @default 1'),
  sessionsPerServer: intUpTo(LIMITS.unitsPerServer).default(1000).describe('Concurrent A/V relay sessions one server carries. @default 1000'),
  loadBalanced: z.boolean().default(false).describe('The servers sit behind a load balancer. @default false'),
  loadBalancer: z
    .enum(['hardware', 'dns'])
    .default('hardware')
    .describe('How the pool is load balanced: hardware or dns; on Lync 2010 and later NAT is allowed with dns only (C3). @default hardware'),
  publicIpBehindNat: z.boolean().default(false).describe('The public A/V address is translated by NAT; with a load balancer: invalid on ocs2007r2, and with a hardware one later (C3). @default false'),
  qosOnInternalNic: z.boolean().default(false).describe('Lync 2010 and later: DSCP markings are kept on the internal interface, so only the external side loses QoS (R11). @default false'),
  internalCertificate: Certificate.describe('The internal NIC\'s certificate (R8, ocs2007r2 only).'),
});

const Pool = z.strictObject({
  name: name.describe('The pool\'s name: sites and remote users name it; its resources are mcu:<name> and mediation:<name>.'),
  edge: name.optional().describe('The A/V Edge relaying this pool\'s users and its conferences\' outside participants (C4, R14); omit only when no Edge exists.'),
  mcuLegs: intUpTo(LIMITS.capacity).optional().describe('Concurrent conference legs the pool\'s MCUs carry, given directly; or use mcuServers x legsPerMcuServer, not both.'),
  mcuServers: intUpTo(LIMITS.servers).optional().describe('A/V Conferencing servers in the pool. @default 1'),
  legsPerMcuServer: intUpTo(LIMITS.unitsPerServer).optional().describe('Conference legs one A/V Conferencing server carries (Microsoft, Lync 2010: about 1,000). @default 1000'),
  site: name.optional().describe('The site where the pool (its MCU, Mediation Servers, PSTN gateway) stands; @default the first site naming the pool'),
  mediationSessions: intUpTo(LIMITS.capacity).optional().describe('Concurrent PSTN calls the pool\'s Mediation Servers carry (R21); none = unlimited.'),
});

const RATE = { error: `expected a rate of 0 to ${LIMITS.ratePerUser} calls per user per busy hour` };
const rate = z.number(RATE).nonnegative(RATE).max(LIMITS.ratePerUser, RATE);

const PORT = { error: 'expected a port number from 1024 to 65535' };
const port = z.number(PORT).int(PORT).min(1024, PORT).max(65535, PORT);

const PortPolicy = z.strictObject({
  minMediaPort: port.describe('MinMediaPort: the policy range\'s first port.'),
  maxMediaPort: port.describe('MaxMediaPort: the policy range\'s last port; at least 40 ports in all (C1).'),
  share: share.default(1).describe('Share of the site\'s clients carrying the policy (C2). @default 1'),
});

const QUARTER_HOUR = { error: 'expected an offset from -12 to 14 hours in steps of a quarter hour (0, 5.5, 5.75, -3.5)' };

/** A site's own traffic: the global `traffic` fields it overrides for callers at that site. */
const SiteTraffic = z.strictObject({
  profile: z.lazy(() => Profile).optional().describe('The daily profile of this site\'s callers; @default traffic.profile'),
  perUserPerHour: z
    .strictObject({
      peerAudio: rate.optional().describe('Two-party audio calls per user per busy hour; @default traffic.perUserPerHour.peerAudio'),
      peerVideo: rate.optional().describe('Two-party video calls per user per busy hour; @default traffic.perUserPerHour.peerVideo'),
      conference: rate.optional().describe('Conferences organised per user per busy hour; @default traffic.perUserPerHour.conference'),
      liveMeeting: rate.optional().describe('Live Meetings organised per user per busy hour; @default traffic.perUserPerHour.liveMeeting'),
      pstn: rate.optional().describe('Enterprise Voice calls to or from the PSTN per user per busy hour; @default traffic.perUserPerHour.pstn'),
    })
    .optional()
    .describe('This site\'s rates per user at its busy hour; each left out takes the global one.'),
});

const Site = z.strictObject({
  name: name.describe('The site\'s name: rules, affinity and ports:<name> use it.'),
  pool: name.describe('The Front End pool the site\'s users are homed on.'),
  users: intUpTo(LIMITS.users).describe('Users at the site.'),
  utcOffsetHours: z
    .number(QUARTER_HOUR)
    .min(-12, QUARTER_HOUR)
    .max(14, QUARTER_HOUR)
    .multipleOf(0.25, QUARTER_HOUR)
    .default(0)
    .describe('Hours ahead of UTC (quarter hours allowed: 5.5, 5.75): the daily profile runs on this local clock. @default 0'),
  portPolicy: PortPolicy.optional().describe('A PortRange policy narrowing the clients\' media ports (C1, C2); none: 1024-65535.'),
  portPool: intUpTo(LIMITS.capacity).optional().describe('Media ports that peer-to-peer media leaving the site may hold at once; none = unlimited.'),
  traffic: SiteTraffic.optional().describe('This site\'s own traffic for its callers; each field left out takes the global traffic value.'),
});

const Remote = z
  .strictObject({
    users: nonNegativeInt.max(LIMITS.users, { error: `expected at most ${LIMITS.users.toLocaleString('en-US')}` }).default(0).describe('Users on the Internet (home, travelling); their local hour is UTC. @default 0'),
    pool: name.optional().describe('Pool of the remote users; @default the first pool'),
    p2pFailureShare: share.default(0).describe('Remote pairs whose NATs defeat peer-to-peer (R6). @default 0'),
  })
  .prefault({});

const Federated = z
  .strictObject({
    share: share.default(0).describe('Share of internal callers\' parties that are federated (R12). @default 0'),
  })
  .prefault({});

const Deployment = z.strictObject({
  product: z
    .enum(PRODUCTS)
    .default('ocs2007r2')
    .describe('The product generation: ocs2007r2, lync2010, lync2013 or sfb; decides which rules apply and the bandwidth defaults. @default ocs2007r2'),
  edges: bounded(Edge).default([]).describe('A/V Edge pools; none = no Edge deployed (R9).'),
  pools: bounded(Pool).min(1).describe('Front End pools: their MCUs carry conferences (R1).'),
  sites: bounded(Site).min(1).describe('The sites where internal users are.'),
  remote: Remote.describe('Users on the Internet.'),
  federated: Federated.describe('Calls to federated partners (R12).'),
  relayEdge: z
    .enum(['caller', 'callee'])
    .default('caller')
    .describe('R14: whose pool\'s Edge relays a two-party call. @default caller'),
});

const P2p = z.enum(['open', 'blocked', 'policy']);
const Reach = z.enum(['open', 'blocked']);

const NetworkDefault = z
  .strictObject({
    p2p: P2p.default('open').describe('Peer-to-peer media between every pair of sites (not within a site): open, blocked or policy (only the port policy\'s range, C2). @default open'),
    edgeUdp: Reach.default('open').describe('Every site\'s path to the Edge internal NIC on UDP 3478. @default open'),
    edgeTcp: Reach.default('open').describe('Every site\'s path to the Edge internal NIC on TCP 443. @default open'),
  })
  .prefault({});

const BetweenRule = z.strictObject({
  between: z.tuple([name, name]).describe('Two sites (the same one twice: media between clients of that site).'),
  p2p: P2p.describe('Peer-to-peer media between the two sites, both ways.'),
});

const SiteRule = z.strictObject({
  site: name.describe('The site this rule is about.'),
  p2p: P2p.optional().describe('Peer-to-peer media between this site and every other site.'),
  edgeUdp: Reach.optional().describe('The site\'s path to the Edge internal NIC on UDP 3478.'),
  edgeTcp: Reach.optional().describe('The site\'s path to the Edge internal NIC on TCP 443.'),
});

const Network = z
  .strictObject({
    default: NetworkDefault.describe('What the firewalls let through, for every pair of sites and every site\'s path to the Edge.'),
    rules: bounded(z.union([BetweenRule, SiteRule])).default([]).describe('Exceptions to the default, in order: a later rule overrides an earlier one.'),
  })
  .prefault({});

export const Profile = z
  .union([z.enum(['flat', 'office']), z.array(z.number().nonnegative()).length(24)])
  .describe('The daily profile: office, flat, or 24 weights for the local hours 0-23; rates follow weight / max(weight).');

/** The most parties a conference or Live Meeting may have (Microsoft: 250 per meeting on Lync 2013, up to 1,000 for large meetings). */
export const MAX_MEETING_SIZE = 1000;

const SIZE = { error: `expected a whole number of parties up to ${MAX_MEETING_SIZE}` };
const partyCount = z.number(SIZE).int(SIZE).positive(SIZE).max(MAX_MEETING_SIZE, SIZE);

/**
 * Parties per meeting: a range `{ min, max, mean }` (each field defaulting on its own) or
 * a table `{ sizes }`, not both. One object rather than a union of two, so that a
 * mistake in either form is reported against that form's own fields.
 */
export const meetingSizeFields = (d: { min: number; max: number; mean: number }) =>
  z.strictObject({
    min: partyCount.optional().describe(`Fewest parties, the organiser included. @default ${d.min}`),
    max: partyCount.optional().describe(`Most parties. @default ${d.max}`),
    mean: z.number().positive().optional().describe(`Mean parties (a geometric distribution truncated to [min, max]). @default ${d.mean}`),
    sizes: z
      .record(z.string().regex(/^[1-9]\d*$/, { error: 'expected a whole number of parties as the key' }), z.number().nonnegative())
      .optional()
      .describe('Instead of a range: a discrete distribution, size -> weight (weights are normalised), e.g. { 4: 0.85, 6: 0.1, 11: 0.05 }.'),
  });

const meetingSize = (d: { min: number; max: number; mean: number }) =>
  meetingSizeFields(d)
    .superRefine((size, ctx) => {
      if (size.sizes !== undefined && (size.min !== undefined || size.max !== undefined || size.mean !== undefined)) {
        ctx.addIssue({ code: 'custom', path: ['sizes'], message: 'expected either sizes or a range (min, max, mean), got both' });
      }
    })
    .prefault({});


/** One holding-time distribution: exponential { mean } or lognormal { mean, cv }. */
const holdingFields = {
  distribution: z.enum(['exponential', 'lognormal']).optional().describe('exponential or lognormal. @default exponential'),
  mean: Duration.optional().describe('Mean holding time: "90s", "15m", "8h" or seconds. @default 4m'),
  cv: z
    .number()
    .positive()
    .max(LIMITS.cv, { error: `expected a coefficient of variation above 0 and at most ${LIMITS.cv}` })
    .optional()
    .describe(`Coefficient of variation (standard deviation / mean), at most ${LIMITS.cv}: lognormal only, required there.`),
};

/** Checks one distribution's fields: cv with lognormal, and only then. */
function checkHolding(h: { distribution?: string | undefined; cv?: number | undefined }, ctx: z.RefinementCtx, path: readonly string[]): void {
  if (h.distribution === 'lognormal' && h.cv === undefined) ctx.addIssue({ code: 'custom', path: [...path, 'cv'], message: 'required with distribution: lognormal, missing' });
  if (h.distribution !== 'lognormal' && h.cv !== undefined) ctx.addIssue({ code: 'custom', path: [...path, 'cv'], message: 'expected no cv unless distribution is lognormal (an exponential\'s cv is 1)' });
}

const Holding = z
  .strictObject(holdingFields)
  .superRefine((h, ctx) => checkHolding(h, ctx, []))
  .describe('A holding-time distribution: exponential { mean } or lognormal { mean, cv }.');

/**
 * How long calls last: one distribution for every kind (`distribution`, `mean`, `cv`),
 * or one per kind (`peerAudio`, ...: a kind left out is exponential with a mean of 4
 * minutes), not both. One object rather than a union, so that a mistake is reported
 * against the fields of the form written.
 */
const HoldingTime = z
  .strictObject({
    ...holdingFields,
    peerAudio: Holding.optional().describe('Two-party audio calls. @default exponential, 4m'),
    peerVideo: Holding.optional().describe('Two-party video calls. @default exponential, 4m'),
    conference: Holding.optional().describe('Conferences. @default exponential, 4m'),
    liveMeeting: Holding.optional().describe('Live Meetings. @default exponential, 4m'),
    pstn: Holding.optional().describe('PSTN calls. @default exponential, 4m'),
  })
  .superRefine((h, ctx) => {
    const perKind = CALL_KINDS.filter((k) => h[k as keyof typeof h] !== undefined);
    const single = ['distribution', 'mean', 'cv'].filter((k) => h[k as keyof typeof h] !== undefined);
    if (perKind.length > 0 && single.length > 0) {
      ctx.addIssue({ code: 'custom', path: [single[0]!], message: `expected one distribution for every kind or one per kind (${perKind.join(', ')}), got both` });
      return;
    }
    checkHolding(h, ctx, []);
  })
  .prefault({});

const AFFINITY = { error: 'expected a site name or "remote"' };

const Traffic = z.strictObject({
  profile: Profile.default('office'),
  perUserPerHour: z
    .strictObject({
      peerAudio: rate.default(0.2).describe('Two-party audio calls per user per busy hour. @default 0.2'),
      peerVideo: rate.default(0.05).describe('Two-party video calls per user per busy hour. @default 0.05'),
      conference: rate.default(0.01).describe('A/V conferences organised per user per busy hour. @default 0.01'),
      liveMeeting: rate.default(0.005).describe('Live Meeting A/V sessions organised per user per busy hour. @default 0.005'),
      pstn: rate.default(0).describe('Enterprise Voice calls to or from the PSTN per user per busy hour (R21). @default 0'),
    })
    .prefault({})
    .describe('Calls per user at the busy hour (the profile\'s largest weight), by kind.'),
  holdingTime: HoldingTime.describe('How long calls last: one distribution for every kind, or one per kind (peerAudio, peerVideo, conference, liveMeeting, pstn).'),
  mediaBypassShare: share.default(0).describe('Share of internal users\' PSTN calls whose media bypasses the Mediation Server, straight to the gateway (R21). @default 0'),
  callees: z
    .enum(['awake', 'population'])
    .default('awake')
    .describe('Who answers: awake (by population x the profile weight of the callee\'s local hour x affinity) or population (without the clock). @default awake'),
  affinity: bounded(
      z.strictObject({
        from: z.string(AFFINITY).min(1, AFFINITY).describe('The caller\'s location: a site name or remote.'),
        to: z.string(AFFINITY).min(1, AFFINITY).describe('The callee\'s location: a site name or remote.'),
        weight: z.number().nonnegative().max(1e6).default(1).describe('Weight on calls from `from` to `to` (directional); pairs not listed weigh 1. @default 1'),
      }),
    )
    .default([])
    .describe('Extra weight on who calls whom; a later entry for the same pair replaces an earlier one.'),
  conferenceVideoShare: share.default(0).describe('Share of conferences (not Live Meetings) in which every leg also carries video. @default 0'),
  conferenceParticipants: z
    .strictObject({
      remote: share.default(0).describe('Share of invited participants who are our remote users. @default 0'),
      federated: share.default(0).describe('Share who are federated partners. @default 0'),
      anonymous: share.default(0).describe('Share who join anonymously from outside (through the Edge). @default 0'),
    })
    .optional()
    .describe('Where invited participants come from; the rest are internal, by the callee rule. Without it: all users by the callee rule.'),
  conferenceSize: meetingSize(MEETING_DEFAULTS.conferenceSize).describe('Parties per conference, the organiser included: { min, max, mean } or { sizes }. @default { min: 3, max: 12, mean: 4.5 }'),
  liveMeetingSize: meetingSize(MEETING_DEFAULTS.liveMeetingSize).describe('Parties per Live Meeting: { min, max, mean } or { sizes }. @default { min: 2, max: 50, mean: 6 }'),
  escalationShare: share.default(0.03).describe('Two-party calls that add a third party at a uniform point of their holding time (R7). @default 0.03'),
  bandwidthKbps: z
    .strictObject({
      audio: z.number().nonnegative().optional().describe('kbit/s per audio stream, one direction; @default by product: 45 (ocs2007r2), 65 (later)'),
      video: z.number().nonnegative().optional().describe('kbit/s per video stream, one direction; @default by product: 300 (ocs2007r2), 500 (later)'),
    })
    .prefault({})
    .describe('Bandwidth per stream, one direction, for the busy-hour Mbit/s (a video call carries an audio and a video stream).'),
  portsPerCall: z
    .strictObject({
      audio: positiveInt.default(2).describe('Port-pool ports an audio call takes at each end when it leaves its site. @default 2'),
      video: positiveInt.default(2).describe('Port-pool ports a video call takes at each end when it leaves its site. @default 2'),
    })
    .prefault({})
    .describe('Port-pool ports per side for a call leaving its site (R3).'),
}).prefault({});

/** One scenario: an RFC 7386 JSON merge patch over the rest of the file. */
const Scenario = z.strictObject({
  name: name.describe('The scenario\'s name, in every output file\'s scenario column.'),
  description: z.string().optional().describe('Free text about the scenario.'),
  patch: z.record(z.string(), z.unknown()).optional().describe('Changes to the rest of the file: an RFC 7386 JSON merge patch (arrays are replaced whole).'),
});

/** The whole workload file. */
export const WorkloadSchema = z.strictObject({
  name: name.describe('Names the workload and its results folders (results/<name>/<command>/).'),
  description: z.string().default('').describe('Free text about the workload. @default ""'),
  seed: z
    .number(NON_NEGATIVE_INT)
    .superRefine((v, ctx) => {
      // One message, the one that applies: a number past 2^53 is not exactly an integer.
      if (v > Number.MAX_SAFE_INTEGER) ctx.addIssue({ code: 'custom', message: `expected at most ${Number.MAX_SAFE_INTEGER} (2^53 - 1)` });
      else if (!(Number.isInteger(v) && v >= 0)) ctx.addIssue({ code: 'custom', message: NON_NEGATIVE_INT.error });
    })
    .default(1)
    .describe('The random seed: the same workload and seed give byte-identical results. @default 1'),
  simulation: Simulation.describe('The simulated time and the replications.'),
  deployment: Deployment.describe('Sites, users, pools and A/V Edges.'),
  network: Network.describe('What the firewalls let through.'),
  traffic: Traffic.describe('The calls users make and who answers.'),
  cac: Cac,
  scenarios: bounded(Scenario).optional().describe('Variants of the file, run on the same random numbers.'),
});

/** A workload as written in the file (what an editor completes). */
export type WorkloadInput = z.input<typeof WorkloadSchema>;
/** A parsed workload: every default filled, durations in seconds. */
export type Workload = z.output<typeof WorkloadSchema>;
export type Edge = Workload['deployment']['edges'][number];
export type Pool = Workload['deployment']['pools'][number];
export type Site = Workload['deployment']['sites'][number];
export type NetworkRule = Workload['network']['rules'][number];
export type P2pSetting = z.output<typeof P2p>;
export type ReachSetting = z.output<typeof Reach>;
export type HoldingTime = Workload['traffic']['holdingTime'];
export type MeetingSize = Workload['traffic']['conferenceSize'];
export type Affinity = Workload['traffic']['affinity'][number];
