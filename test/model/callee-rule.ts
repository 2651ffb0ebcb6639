/**
 * WORKLOAD.md "Who answers", computed straight from a workload, independently of the
 * model's tables: the weight of each location (sites 0..S-1, then the remote users) as
 * the callee of a two-party call from `caller` at a UTC second of the day,
 *
 *   (users(d) - [d = caller]) x profile weight of d's local hour (awake only) x affinity(caller, d),
 *
 * with the profile weight relative to the profile's largest (as rates are), remote users
 * on UTC and the global profile, affinity 1 for pairs not listed and a later entry for a
 * pair replacing an earlier one.
 */
import { FLAT_PROFILE, OFFICE_PROFILE } from '../../src/model/profile.js';
import type { Workload } from '../../src/workload/schema.js';

type Profile = Workload['traffic']['profile'];

function weights(profile: Profile): readonly number[] {
  const raw = profile === 'flat' ? FLAT_PROFILE : profile === 'office' ? OFFICE_PROFILE : profile;
  const max = Math.max(...raw);
  return raw.map((w) => w / max);
}

/** The location names in the model's order: the sites, then `remote`. */
export function locationNames(workload: Workload): string[] {
  return [...workload.deployment.sites.map((s) => s.name), 'remote'];
}

/** The profile weight of location d's local hour at UTC second-of-day `utc`. */
export function localWeight(workload: Workload, d: number, utc: number): number {
  const sites = workload.deployment.sites;
  const site = sites[d];
  const offset = site === undefined ? 0 : site.utcOffsetHours;
  const profile = weights(site?.traffic?.profile ?? workload.traffic.profile);
  const local = (((utc + offset * 3600) % 86400) + 86400) % 86400;
  return profile[Math.floor(local / 3600)]!;
}

/** The callee weights of every location for a two-party call from `caller` at UTC second-of-day `utc`. */
export function calleeWeights(workload: Workload, caller: number, utc: number): number[] {
  const names = locationNames(workload);
  const users = [...workload.deployment.sites.map((s) => s.users), workload.deployment.remote.users];
  const affinity = new Map<string, number>();
  for (const a of workload.traffic.affinity) affinity.set(`${a.from}>${a.to}`, a.weight);
  const awake = workload.traffic.callees === 'awake';
  return names.map((name, d) => {
    const available = users[d]! - (d === caller ? 1 : 0);
    const clock = awake ? localWeight(workload, d, utc) : 1;
    return available * clock * (affinity.get(`${names[caller]}>${name}`) ?? 1);
  });
}

/** The same weights as probabilities (all 0 when every weight is 0). */
export function calleeProbabilities(workload: Workload, caller: number, utc: number): number[] {
  const w = calleeWeights(workload, caller, utc);
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => (total > 0 ? x / total : 0));
}

/** UTC second of the day at simulated time t of a workload's replications. */
export function utcAt(workload: Workload, t: number): number {
  const [h, m] = workload.simulation.start.split(':').map(Number);
  const start = h! * 3600 + m! * 60;
  return (((start - workload.simulation.warmup + t) % 86400) + 86400) % 86400;
}

/**
 * The weights of each location for the next invited participant of a meeting organised
 * at `organiser` (WORKLOAD.md: drawn by the callee rule, nobody twice): the rule with
 * `taken[d]` fewer users at d, never below 0, and the remote users left out when
 * `internalOnly` (participants drawn as internal under conferenceParticipants).
 * `clock: false` drops the profile factor (the model's fallback when the clock leaves nobody).
 */
export function participantWeights(workload: Workload, organiser: number, utc: number, taken: readonly number[], internalOnly: boolean, clock = true): number[] {
  const names = locationNames(workload);
  const users = [...workload.deployment.sites.map((s) => s.users), workload.deployment.remote.users];
  const affinity = new Map<string, number>();
  for (const a of workload.traffic.affinity) affinity.set(`${a.from}>${a.to}`, a.weight);
  const awake = clock && workload.traffic.callees === 'awake';
  return names.map((name, d) => {
    if (internalOnly && d === names.length - 1) return 0;
    const available = Math.max(0, users[d]! - (d === organiser ? 1 : 0) - (taken[d] ?? 0));
    const factor = awake ? localWeight(workload, d, utc) : 1;
    return available * factor * (affinity.get(`${names[organiser]}>${name}`) ?? 1);
  });
}
