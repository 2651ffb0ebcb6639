/**
 * Conferences and Live Meetings: their sizes (a range or a table of sizes), and who may
 * take part (the shares of remote, federated and anonymous participants).
 */
import { describeValue } from './field-path.js';
import { int, node, num } from './raw-node.js';
import { MEETING_DEFAULTS } from './meeting-defaults.js';
import { MAX_MEETING_SIZE } from './schema.js';

const KINDS = [
  ['conferenceSize', MEETING_DEFAULTS.conferenceSize, 3, 'R1: a conference has three or more parties'],
  ['liveMeetingSize', MEETING_DEFAULTS.liveMeetingSize, 2, 'a Live Meeting has two or more parties'],
] as const;

/** Every problem of the meetings' sizes and participants. */
export function meetingChecks(raw: unknown): string[] {
  const problems: string[] = [];
  const doc = node(raw);
  const traffic = node(doc['traffic']);
  const deployment = node(doc['deployment']);
  for (const [key, defaults, least, why] of KINDS) {
    const path = `traffic.${key}`;
    const written = node(traffic[key]);
    if ('sizes' in written) {
      const sizes = node(written['sizes']);
      let total = 0;
      for (const [size, weight] of Object.entries(sizes)) {
        const n = Number(size);
        if (Number.isInteger(n) && n < least) problems.push(`${path}.sizes.${size}: expected sizes of at least ${least} (${why}), got ${size}`);
        if (Number.isInteger(n) && n > MAX_MEETING_SIZE) problems.push(`${path}.sizes.${size}: expected sizes of at most ${MAX_MEETING_SIZE}, got ${size}`);
        const w = num(weight);
        if (w !== undefined && w > 0) total += w;
      }
      if (Object.keys(sizes).length > 0 && !(total > 0)) problems.push(`${path}.sizes: expected at least one size with a positive weight, got ${describeValue(written['sizes'])}`);
      continue;
    }
    const min = int(written['min']) ?? defaults.min;
    const max = int(written['max']) ?? defaults.max;
    const mean = num(written['mean']);
    if (min < least) problems.push(`${path}.min: expected at least ${least} (${why}), got ${min}`);
    if (max < min) problems.push(`${path}.max: expected at least min (${min}), got ${max}`);
    else if (mean !== undefined && (mean < min || mean > max)) problems.push(`${path}.mean: expected between min (${min}) and max (${max}), got ${mean}`);
  }
  const participants = node(traffic['conferenceParticipants']);
  const shares = ['remote', 'federated', 'anonymous'].map((k) => num(participants[k]) ?? 0);
  const sum = shares.reduce((a, b) => a + b, 0);
  if (sum > 1 + 1e-12) problems.push(`traffic.conferenceParticipants: expected remote + federated + anonymous to be at most 1, got ${Number(sum.toFixed(6))}`);
  // Not given (a typo of the key among them) counts as 0: say so, not "is 0". A value
  // that is not a count has a problem of its own, and nothing is checked against it.
  const remote = node(deployment['remote']);
  const given = 'users' in remote;
  if (shares[0]! > 0 && (given ? int(remote['users']) : 0) === 0) {
    const why = given ? 'deployment.remote.users is 0' : 'deployment.remote.users is not given, so 0';
    problems.push(`traffic.conferenceParticipants.remote: expected 0 with no remote users (${why}), got ${shares[0]}`);
  }
  return problems;
}
