/**
 * Shares fitted from counts, each a binomial proportion with its exact Clopper-Pearson
 * interval: conference sizes, where conference participants are, and `federated.share`.
 */
import { clopperPearsonInterval } from '../stats/binomial-interval.js';
import type { ProportionInterval } from '../stats/binomial-interval.js';
import type { RecordTables } from './record-tables.js';
import { isSite } from './media-record.js';

/** A share with its interval and its counts. */
export interface ShareFit extends ProportionInterval {
  readonly successes: number;
  readonly trials: number;
}

function share(successes: number, trials: number, level: number): ShareFit {
  return { ...clopperPearsonInterval(successes, trials, level), successes, trials };
}

/** One conference size (distinct participants, the organiser included) and its share of conferences. */
export interface SizeShare extends ShareFit {
  readonly size: number;
}

/**
 * The distribution of conference sizes (`traffic.conferenceSize.sizes`), smallest first.
 *
 * @param level - Confidence level. @default 0.95
 */
export function fitConferenceSizes(tables: RecordTables, level = 0.95): SizeShare[] {
  const total = [...tables.conferenceSizes.values()].reduce((a, b) => a + b, 0);
  return [...tables.conferenceSizes.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([size, n]) => ({ size, ...share(n, total, level) }));
}

/** `traffic.conferenceParticipants`: shares of non-organiser participants by where they are. */
export interface ParticipantShares {
  readonly remote: ShareFit;
  readonly federated: ShareFit;
  readonly anonymous: ShareFit;
}

/**
 * Where invited participants are: among non-organiser participants (each counted once
 * per conference), the shares that were remote, federated and anonymous.
 *
 * @param level - Confidence level. @default 0.95
 */
export function fitParticipantShares(tables: RecordTables, level = 0.95): ParticipantShares {
  const p = tables.participants;
  return { remote: share(p.remote, p.total, level), federated: share(p.federated, p.total, level), anonymous: share(p.anonymous, p.total, level) };
}

/**
 * `federated.share`: among two-party calls with an internal party at a site, the share
 * whose other party was federated. Calls between a remote user and a federated one are
 * left out: the model never gives a remote caller a federated callee.
 *
 * @param level - Confidence level. @default 0.95
 */
export function fitFederatedShare(tables: RecordTables, level = 0.95): ShareFit {
  let trials = 0;
  let hits = 0;
  for (const t of tables.locations) {
    if (!isSite(t.name)) continue;
    trials += t.federatedTrials;
    hits += t.federatedHits;
  }
  return share(hits, trials, level);
}
