/**
 * ICE priorities, exactly as RFC 8445 defines them.
 *
 * Candidate priority (RFC 8445 §5.1.2.1):
 *   priority = 2^24·(type preference) + 2^8·(local preference) + (256 − component ID)
 * with the recommended type preferences host 126, server-reflexive 100, relayed 0.
 *
 * Local preference ranks UDP above TCP, as RFC 6544 §4.2 recommends when both are
 * gathered: UDP candidates take the top value 65535; a TCP candidate takes
 * 2^13·(direction preference) + (other preference) with the active direction's
 * preference 6 and other preference 0, i.e. 49152, which is below every UDP one.
 *
 * Candidate-pair priority (RFC 8445 §6.1.2.3), G the controlling agent's candidate
 * priority and D the controlled agent's:
 *   pair priority = 2^32·MIN(G,D) + 2·MAX(G,D) + (G > D ? 1 : 0)
 */

export type CandidateType = 'host' | 'srflx' | 'relay';

/** RFC 8445 §5.1.2.2 recommended type preferences. */
export const TYPE_PREFERENCE: Readonly<Record<CandidateType, number>> = { host: 126, srflx: 100, relay: 0 };

/** RFC 6544 §4.2: UDP above TCP; TCP active direction (6) with other preference 0. */
export const LOCAL_PREFERENCE = { udp: 65535, tcp: (1 << 13) * 6 } as const;

/** RTP is component 1 (RTCP would be 2). */
export const RTP_COMPONENT = 1;

/** RFC 8445 §5.1.2.1 candidate priority. */
export function candidatePriority(typePreference: number, localPreference: number, componentId: number): number {
  return 2 ** 24 * typePreference + 2 ** 8 * localPreference + (256 - componentId);
}

/**
 * RFC 8445 §6.1.2.3 pair priority. Exceeds 2^53 for high candidate priorities, so it is
 * returned as a bigint to keep the formula exact (pairs are ranked once per topology,
 * never per call).
 */
export function pairPriority(controlling: number, controlled: number): bigint {
  const g = BigInt(controlling);
  const d = BigInt(controlled);
  const min = g < d ? g : d;
  const max = g < d ? d : g;
  return (1n << 32n) * min + 2n * max + (g > d ? 1n : 0n);
}
