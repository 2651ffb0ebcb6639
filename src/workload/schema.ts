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
import { parseDurationText } from './time-text.js';

export { parseDurationText, startSeconds } from './time-text.js';

const DURATION_ERROR = 'expected a duration such as "90s", "15m", "8h" or a number of seconds';

/** A duration: `"90s"`, `"15m"`, `"8h"`, `"1d"` or a number of seconds. Parsed to seconds. */
export const Duration = z
  .union([
    z.number().nonnegative({ error: 'expected a duration of zero or more seconds' }),
    z.string().regex(/^\s*\d+(\.\d+)?\s*(s|m|h|d)?\s*$/, { error: DURATION_ERROR }),
  ], { error: DURATION_ERROR })
  .transform((v) => (typeof v === 'number' ? v : parseDurationText(v)))
  .meta({ description: 'A duration: "90s", "15m", "8h", "1d", or a number of seconds.' });

const POSITIVE_INT = { error: 'expected a positive integer' };
const NON_NEGATIVE_INT = { error: 'expected a non-negative integer' };
const SHARE = { error: 'expected a share between 0 and 1' };
const positiveInt = z.number(POSITIVE_INT).int(POSITIVE_INT).positive(POSITIVE_INT);
const nonNegativeInt = z.number(NON_NEGATIVE_INT).int(NON_NEGATIVE_INT).nonnegative(NON_NEGATIVE_INT);
const share = z.number(SHARE).min(0, SHARE).max(1, SHARE);
const name = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
  message: 'expected a name of letters, digits, ".", "_" or "-"',
});

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
    replications: positiveInt.max(MAX_REPLICATIONS).default(10).describe('@default 10'),
    interval: Duration.default(900).describe('Time-series bucket. @default 15m'),
  });
const Simulation = SimulationFields.prefault({});

const Certificate = z
  .strictObject({
    extraSanNames: z.boolean().default(false).describe('A vendor added www.<CN> as a SAN (R8). @default false'),
    internalCname: z.boolean().default(false).describe('The R8 workaround (internal DNS CNAME) is in place. @default false'),
  })
  .prefault({});

const Edge = z.strictObject({
  name,
  servers: positiveInt.default(1).describe('@default 1'),
  sessionsPerServer: positiveInt.default(1000).describe('Concurrent relay sessions one server carries. @default 1000'),
  loadBalanced: z.boolean().default(false).describe('@default false'),
  publicIpBehindNat: z.boolean().default(false).describe('With loadBalanced: invalid (C3). @default false'),
  internalCertificate: Certificate,
});

const Pool = z.strictObject({
  name,
  edge: name.optional().describe('The A/V Edge relaying this pool\'s users (C4, R14); omit only when no Edge exists.'),
  mcuLegs: positiveInt.default(500).describe('Concurrent A/V conference legs the pool\'s MCUs carry. @default 500'),
});

const PORT = { error: 'expected a port number from 1024 to 65535' };
const port = z.number(PORT).int(PORT).min(1024, PORT).max(65535, PORT);

const PortPolicy = z.strictObject({
  minMediaPort: port.describe('MinMediaPort: the policy range\'s first port.'),
  maxMediaPort: port.describe('MaxMediaPort: the policy range\'s last port; at least 40 ports in all (C1).'),
  share: share.default(1).describe('Share of the site\'s clients carrying the policy (C2). @default 1'),
});

const Site = z.strictObject({
  name,
  pool: name,
  users: positiveInt,
  utcOffsetHours: z.number().min(-12).max(14).default(0).describe('@default 0'),
  portPolicy: PortPolicy.optional(),
  portPool: positiveInt.optional().describe('Media ports for peer-to-peer media leaving the site; none = unlimited.'),
});

const Remote = z
  .strictObject({
    users: nonNegativeInt.default(0).describe('@default 0'),
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
  edges: z.array(Edge).default([]).describe('A/V Edge pools; none = no Edge deployed (R9).'),
  pools: z.array(Pool).min(1),
  sites: z.array(Site).min(1),
  remote: Remote,
  federated: Federated,
  relayEdge: z
    .enum(['caller', 'callee'])
    .default('caller')
    .describe('R14: whose pool\'s Edge relays a two-party call. @default caller'),
});

const P2p = z.enum(['open', 'blocked', 'policy']);
const Reach = z.enum(['open', 'blocked']);

const NetworkDefault = z
  .strictObject({
    p2p: P2p.default('open'),
    edgeUdp: Reach.default('open'),
    edgeTcp: Reach.default('open'),
  })
  .prefault({});

const BetweenRule = z.strictObject({
  between: z.tuple([name, name]),
  p2p: P2p,
});

const SiteRule = z.strictObject({
  site: name,
  p2p: P2p.optional().describe('Peer-to-peer media between this site and every other site.'),
  edgeUdp: Reach.optional().describe('The site\'s path to the Edge internal NIC on UDP 3478.'),
  edgeTcp: Reach.optional().describe('The site\'s path to the Edge internal NIC on TCP 443.'),
});

const Network = z
  .strictObject({
    default: NetworkDefault,
    rules: z.array(z.union([BetweenRule, SiteRule])).default([]),
  })
  .prefault({});

export const Profile = z.union([
  z.enum(['flat', 'office']),
  z.array(z.number().nonnegative()).length(24),
]);

/** Parties per meeting; each field defaults on its own, as for every other mapping. */
export const sizeRangeFields = (d: { min: number; max: number; mean: number }) =>
  z.strictObject({
      min: positiveInt.default(d.min).describe(`Fewest parties. @default ${d.min}`),
      max: positiveInt.default(d.max).describe(`Most parties. @default ${d.max}`),
      mean: z.number().positive().default(d.mean).describe(`Mean parties. @default ${d.mean}`),
  });
const sizeRange = (d: { min: number; max: number; mean: number }) => sizeRangeFields(d).prefault({});
export const CONFERENCE_SIZE = { min: 3, max: 12, mean: 4.5 };
export const LIVE_MEETING_SIZE = { min: 2, max: 50, mean: 6 };

export const holdingMean = Duration.default(240).describe('Mean holding time: "90s", "15m", "8h" or seconds. @default 4m');

const Traffic = z.strictObject({
  profile: Profile.default('office'),
  perUserPerHour: z
    .strictObject({
      peerAudio: z.number().nonnegative().default(0.2),
      peerVideo: z.number().nonnegative().default(0.05),
      conference: z.number().nonnegative().default(0.01),
      liveMeeting: z.number().nonnegative().default(0.005),
    })
    .prefault({}),
  holdingTime: z
    .discriminatedUnion('distribution', [
      z.strictObject({ distribution: z.literal('exponential'), mean: holdingMean }),
      z.strictObject({
        distribution: z.literal('lognormal'),
        mean: holdingMean,
        cv: z.number().positive().describe('Coefficient of variation (standard deviation / mean).'),
      }),
    ])
    .prefault({ distribution: 'exponential', mean: 240 }),
  conferenceSize: sizeRange(CONFERENCE_SIZE),
  liveMeetingSize: sizeRange(LIVE_MEETING_SIZE),
  escalationShare: share.default(0.03),
  bandwidthKbps: z
    .strictObject({ audio: z.number().nonnegative().default(60), video: z.number().nonnegative().default(460) })
    .prefault({}),
  portsPerCall: z
    .strictObject({ audio: positiveInt.default(2), video: positiveInt.default(2) })
    .prefault({}),
}).prefault({});

/** One scenario: an RFC 7386 JSON merge patch over the rest of the file. */
const Scenario = z.strictObject({
  name,
  description: z.string().optional(),
  patch: z.record(z.string(), z.unknown()).optional(),
});

/** The whole workload file. */
export const WorkloadSchema = z.strictObject({
  name,
  description: z.string().default(''),
  seed: nonNegativeInt.default(1).describe('@default 1'),
  simulation: Simulation,
  deployment: Deployment,
  network: Network,
  traffic: Traffic,
  scenarios: z.array(Scenario).optional(),
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
export type SizeRange = Workload['traffic']['conferenceSize'];
