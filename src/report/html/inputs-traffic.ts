/**
 * The inputs summary's traffic and window: the call rates per user in the busy hour,
 * the daily profile, holding times, who answers, meetings, escalation, bandwidth and
 * ports per call; then the measured window, its warm-up and the replications run.
 */
import type { Scenario } from '../../analysis/run.js';
import type { CallKind } from '../../workload/kinds.js';
import { CALL_KINDS } from '../../workload/kinds.js';
import type { Workload } from '../../workload/schema.js';
import { bandwidthOf, holdingOf, sizeSpecOf } from '../../workload/resolve.js';
import type { SizeSpec } from '../../workload/resolve.js';
import { percentText } from '../figures.js';
import { figureText } from './figure-text.js';
import { table } from './page.js';
import type { Cell, Html } from './page.js';
import { durationText, windowText } from './report.js';
import { prose } from './rule-words.js';

/** Each kind of call in words, plural. */
export const KIND_WORDS: Readonly<Record<CallKind, string>> = {
  peerAudio: 'two-party audio calls',
  peerVideo: 'two-party video calls',
  conference: 'conferences',
  liveMeeting: 'Live Meetings',
  pstn: 'PSTN calls (Enterprise Voice)',
};

/** A daily profile in words. */
export function profileWords(profile: Workload['traffic']['profile']): string {
  if (profile === 'office') return 'office (working hours), on each caller\u2019s local clock';
  if (profile === 'flat') return 'flat: the same rate in every hour';
  const peak = Math.max(...profile);
  const hour = profile.indexOf(peak);
  return `24 hourly weights, highest at ${String(hour).padStart(2, '0')}:00 local time`;
}

/** One holding-time distribution in words: "lognormal, mean 4 min, cv 1.2". */
function holdingWords(traffic: Workload['traffic'], kind: CallKind): string {
  const h = holdingOf(traffic, kind);
  return `${h.distribution}, mean ${durationText(h.mean)}${h.cv === undefined ? '' : `, cv ${figureText(h.cv)}`}`;
}

/** How long calls last: one distribution for every kind, or one per kind. */
function holdingText(traffic: Workload['traffic']): string {
  const texts = CALL_KINDS.map((kind) => holdingWords(traffic, kind));
  if (texts.every((t) => t === texts[0])) return `${texts[0]!} (every kind of call)`;
  return CALL_KINDS.map((kind, k) => `${KIND_WORDS[kind]}: ${texts[k]!}`).join('; ');
}

/** A meeting size in words: "3 to 12 parties, mean 4.5" or "4 (85%), 6 (10%), 11 (5%)". */
function sizeWords(spec: SizeSpec): string {
  if (spec.kind === 'range') return `${spec.min} to ${spec.max} parties, mean ${figureText(spec.mean)}`;
  const total = [...spec.sizes.values()].reduce((a, b) => a + b, 0);
  return [...spec.sizes].map(([size, weight]) => `${size} (${percentText(weight / total)})`).join(', ') + ' parties';
}

/** Who joins conferences from outside. */
function participantsText(traffic: Workload['traffic']): string {
  const p = traffic.conferenceParticipants;
  if (p === undefined) return 'any user, by the callee rule';
  const outside = [
    p.remote > 0 ? `${percentText(p.remote)} remote` : '',
    p.anonymous > 0 ? `${percentText(p.anonymous)} anonymous` : '',
    p.federated > 0 ? `${percentText(p.federated)} federated` : '',
  ].filter((t) => t !== '');
  return outside.length > 0 ? `${outside.join(', ')}; the rest internal, by the callee rule` : 'internal users, by the callee rule';
}

/** The traffic as a two-column table. */
export function trafficPart(workload: Workload): Html {
  const { traffic } = workload;
  const rates = CALL_KINDS.map((kind) => `${figureText(traffic.perUserPerHour[kind])} ${KIND_WORDS[kind]}`).join(', ');
  const bandwidth = bandwidthOf(workload);
  const callees =
    traffic.callees === 'awake'
      ? 'awake: by population, weighted by the profile at the callee\u2019s local hour'
      : 'population: by population, whatever the callee\u2019s clock';
  const rows: [string, Cell][] = [
    ['calls per user in the busy hour', rates],
    ['daily profile', profileWords(traffic.profile)],
    ['holding time', holdingText(traffic)],
    ['who answers', `${callees}${traffic.affinity.length > 0 ? `; ${traffic.affinity.length} affinity weight${traffic.affinity.length === 1 ? '' : 's'} on who calls whom` : ''}`],
    ['conference size', sizeWords(sizeSpecOf(traffic.conferenceSize, 'conferenceSize'))],
    ['conference participants', participantsText(traffic)],
    ['conference video', traffic.conferenceVideoShare > 0 ? `${percentText(traffic.conferenceVideoShare)} of conferences` : 'none'],
    ['Live Meeting size', sizeWords(sizeSpecOf(traffic.liveMeetingSize, 'liveMeetingSize'))],
    ['escalation', prose(`${percentText(traffic.escalationShare)} of two-party calls add a third party (R7)`)],
    ['bandwidth per stream', `${figureText(bandwidth.audio)} kbit/s audio, ${figureText(bandwidth.video)} kbit/s video, one direction`],
    ['port-pool ports per call', `${traffic.portsPerCall.audio} (audio), ${traffic.portsPerCall.video} (video) at each end leaving its site`],
  ];
  return table(['traffic', 'setting'], rows, 1, [1]);
}

/** The measured window and the replications, in one line. */
export function windowPart(scenario: Scenario, replications: number): string {
  const asked = scenario.workload.simulation.replications;
  const runs = `${replications} replication${replications === 1 ? '' : 's'}${asked === replications ? '' : ` (the file asks for ${asked})`}`;
  const text = windowText(scenario);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}; ${runs}.`;
}
