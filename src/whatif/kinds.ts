/**
 * The kinds of change `avsim whatif` proposes by itself, each one change to one place of
 * the workload (docs/whatif.md, Candidate kinds), and the candidates as the analysis
 * handles them: a name, a kind, words, and the change as an RFC 7386 merge patch over the
 * baseline scenario, with the workload it gives.
 */
import { OptionError } from '../errors.js';
import type { Workload } from '../workload/schema.js';

/** Every kind, in the order candidates are generated (and listed in help). */
export const CHANGE_KINDS = ['p2p', 'edge-udp', 'edge-tcp', 'certificate', 'port-policy', 'edge-server', 'cac-limit'] as const;

/** A kind of change whatif proposes. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The kind of a candidate: one whatif proposed, or one of the user's (`--changes-file`). */
export type CandidateKind = ChangeKind | 'file';

/** What each kind changes, in a few words (help and report). */
export const KIND_WORDS: Readonly<Record<ChangeKind, string>> = {
  p2p: 'open peer-to-peer media between two sites where it is blocked or limited to the port policy (R3, R4)',
  'edge-udp': 'open UDP 3478 to the A/V Edge from a site that blocks it (R4)',
  'edge-tcp': 'open TCP 443 to the A/V Edge from a site that blocks it and UDP 3478 too (R4)',
  certificate: 'the certificate workaround on an OCS 2007 R2 Edge whose internal certificate has extra SAN names (R8)',
  'port-policy': 'the port policy on every client of a site where only a share carries it (C2)',
  'edge-server': 'one A/V Edge server more, for each Edge',
  'cac-limit': "double a CAC policy's audio and video limits where it is applied (R15)",
};

/** A JSON object (a merge patch, as the CSV writes it). */
export type JsonPatch = { readonly [key: string]: unknown };

/** A change before it is applied: what it is called and what it does. */
export interface ProposedChange {
  /** Unique among the candidates: `p2p:a~b`, `edge-server:edge`, or the user's own name. */
  readonly name: string;
  readonly kind: CandidateKind;
  readonly description: string;
  /** The change: an RFC 7386 merge patch over the baseline scenario's workload. */
  readonly patch: JsonPatch;
}

/** A change with the workload it gives (the baseline with its patch applied, validated). */
export interface Candidate extends ProposedChange {
  readonly workload: Workload;
}

/**
 * The kinds named by `--changes` (each value may be a comma-separated list), in
 * {@link CHANGE_KINDS} order, each once.
 *
 * @throws OptionError naming every kind when one is unknown (and pointing a file name at --changes-file).
 */
export function parseKinds(values: readonly string[]): ChangeKind[] {
  const named = new Set<string>();
  for (const value of values) {
    for (const part of value.split(',')) {
      const kind = part.trim();
      if (kind === '') continue;
      if (!(CHANGE_KINDS as readonly string[]).includes(kind)) {
        const file = /[./\\]/.test(kind) ? '; a file of your own candidates goes to --changes-file FILE' : '';
        throw new OptionError('changes', `unknown kind "${kind}" (known: ${CHANGE_KINDS.join(', ')})${file}`);
      }
      named.add(kind);
    }
  }
  if (named.size === 0) throw new OptionError('changes', `expected one or more kinds (${CHANGE_KINDS.join(', ')}), got none`);
  return CHANGE_KINDS.filter((k) => named.has(k));
}
