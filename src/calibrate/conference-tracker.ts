/**
 * Conferences being assembled from their legs. Legs are grouped by conference id; a
 * conference is complete when no later leg can belong to it. In a file sorted by start
 * time that is as soon as a row starts after the conference's latest leg end, so the
 * open set stays as small as the number of conferences in progress at once. In an
 * unsorted file nothing can be closed before the end, and the open set grows with the
 * number of conferences.
 *
 * Consequence of closing by time: in a sorted file, legs that reuse a conference id after
 * everyone has left form a new conference (the same meeting joined again later is, for
 * capacity, a new conference).
 */

/** A participant's earliest leg in a conference. */
export interface Participation {
  readonly start: number;
  readonly location: string;
}

/** A conference whose legs are still being collected. */
export interface OpenConference {
  readonly id: string;
  /** From the first leg's `pool:<name>`. */
  readonly pool: string;
  firstStart: number;
  latestEnd: number;
  /** Distinct participants (a rejoin counts once), in file order of first appearance. */
  readonly participants: Map<string, Participation>;
}

/** The open conferences, by id. */
export type ConferenceTracker = Map<string, OpenConference>;

/**
 * Adds one leg, opening its conference if needed.
 *
 * @returns The conference the leg joined.
 */
export function addLeg(
  open: ConferenceTracker,
  id: string,
  pool: string,
  participant: string,
  location: string,
  start: number,
  end: number,
): OpenConference {
  let conference = open.get(id);
  if (conference === undefined) {
    conference = { id, pool, firstStart: start, latestEnd: end, participants: new Map() };
    open.set(id, conference);
  } else {
    if (start < conference.firstStart) conference.firstStart = start;
    if (end > conference.latestEnd) conference.latestEnd = end;
  }
  const seen = conference.participants.get(participant);
  if (seen === undefined || start < seen.start) conference.participants.set(participant, { start, location });
  return conference;
}

/**
 * Removes and returns the conferences whose latest leg ended before `now` (only valid
 * while rows arrive in start order: no later row can join them).
 */
export function closeEnded(open: ConferenceTracker, now: number): OpenConference[] {
  const closed: OpenConference[] = [];
  for (const conference of open.values()) if (conference.latestEnd < now) closed.push(conference);
  for (const conference of closed) open.delete(conference.id);
  return closed;
}

/**
 * The organiser: the participant of the earliest-starting leg among our own users
 * (sites and remote; a federated or anonymous guest who joined first cannot have
 * organised on our MCU), the first in file order on a tie.
 *
 * @param isOwn - Whether a location holds our own users.
 * @returns The organiser's id and location; `undefined` when only guests joined.
 */
export function organiserOf(
  conference: OpenConference,
  isOwn: (location: string) => boolean,
): { readonly id: string; readonly location: string } | undefined {
  let best: { id: string; location: string; start: number } | undefined;
  for (const [id, p] of conference.participants) {
    if (!isOwn(p.location)) continue;
    if (best === undefined || p.start < best.start) best = { id, location: p.location, start: p.start };
  }
  return best === undefined ? undefined : { id: best.id, location: best.location };
}
