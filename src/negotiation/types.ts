/**
 * The negotiation core's inputs and outputs. The core is pure: a function of
 * (call, topology, network policy, resource availability) to a {@link MediaPlan} or a
 * {@link Failure}. It imports nothing from kernel/, model/ or parallel/.
 */

/**
 * Where a party is: at one of the organisation's sites, on the Internet (our remote
 * users), a federated partner, or an anonymous meeting participant (outside, joining
 * through the Edge like a remote user; never in a two-party call).
 */
export type Party =
  | { readonly where: 'site'; readonly site: number }
  | { readonly where: 'remote' }
  | { readonly where: 'federated' }
  | { readonly where: 'anonymous' };

/** A two-party call (R2-R6, R8-R12, R14). `parties[0]` is the caller (ICE controlling agent). */
export interface TwoPartyCall {
  readonly kind: 'audio' | 'video';
  readonly parties: readonly [Party, Party];
  /** C2: both clients carry the port policy, so the narrowed range is the one in force. */
  readonly bothHavePortPolicy: boolean;
  /** R6: the two remote users' NATs defeat peer-to-peer (a workload share). */
  readonly natDefeatsP2p: boolean;
}

/** A conference or Live Meeting (R1): every participant, organiser first. */
export interface ConferenceCall {
  readonly kind: 'conference' | 'liveMeeting';
  readonly participants: readonly Party[];
  /** R18 a: participants at our sites whose leg CAC refused and who reach the MCU through the Edge instead. */
  readonly alternateLegs?: number;
}

export type Call = TwoPartyCall | ConferenceCall;

/** The deployment, reduced to what the core decides on. Indices are positions in these arrays. */
export interface Topology {
  readonly sites: readonly { readonly name: string; readonly pool: number }[];
  /** Each pool's A/V Edge (`-1`: none deployed, R9) . */
  readonly pools: readonly { readonly name: string; readonly edge: number }[];
  /** R8: the internal NIC's certificate carries extra SAN names and no workaround is in place. */
  readonly edges: readonly { readonly name: string; readonly internalNicCertificateFails: boolean }[];
  /** Pool of the remote users. */
  readonly remotePool: number;
  /** R14: whose pool's Edge relays a two-party call. */
  readonly relayEdge: 'caller' | 'callee';
}

/** Peer-to-peer between two sites (C2: `policy` opens only the policy's range). */
export const P2P_OPEN = 0;
export const P2P_BLOCKED = 1;
export const P2P_POLICY = 2;

/** What the firewalls let through (built from the workload's `network:` by {@link buildNetworkPolicy}). */
export interface NetworkPolicy {
  readonly siteCount: number;
  /** Peer-to-peer media between clients of sites a and b (`P2P_OPEN`, `P2P_BLOCKED`, `P2P_POLICY`). */
  p2pBetween(a: number, b: number): number;
  /** Per site: UDP 3478 to the Edge internal NIC open. */
  readonly edgeUdp: Uint8Array;
  /** Per site: TCP 443 to the Edge internal NIC open. */
  readonly edgeTcp: Uint8Array;
}

/** Capacity the core may ask about. Each answer is for this call only. */
export interface Availability {
  /** The site's port pool has room for this call's ports (R3). */
  portRoom(site: number): boolean;
  /** The Edge has this many free relay sessions. */
  edgeRoom(edge: number, sessions: number): boolean;
  /** The pool's MCU has this many free legs. */
  mcuRoom(pool: number, legs: number): boolean;
}

export type Transport = 'udp' | 'tcp';

/** How one party's media reaches the Edge on a relayed path. */
export interface RelayLeg {
  readonly party: number;
  /** Internal users reach the internal NIC; remote and federated parties the external NIC. */
  readonly nic: 'internal' | 'external';
  readonly transport: Transport;
}

/** A successful negotiation, discriminated by `path`. */
export type MediaPlan =
  | {
      readonly ok: true;
      /** R3, R6: direct media. */
      readonly path: 'p2p';
      readonly transport: Transport;
      /** Sites whose port pool the call takes ports from (it leaves these sites). */
      readonly portSites: readonly number[];
      readonly qos: true;
    }
  | {
      readonly ok: true;
      /** R4, R5, R6 fallback, R12: one relay session on one Edge. */
      readonly path: 'edge-udp' | 'edge-tcp';
      readonly edge: number;
      readonly sessions: 1;
      readonly legs: readonly RelayLeg[];
      /** R11: DiffServ markings are lost through the Edge. */
      readonly qos: false;
    }
  | {
      readonly ok: true;
      /** R1: every participant holds a leg on the organiser's pool MCU. */
      readonly path: 'mcu';
      readonly pool: number;
      readonly legs: number;
      /** Edge carrying the remote and federated participants' legs (`-1`: none needed). */
      readonly edge: number;
      readonly edgeSessions: number;
      /** R9: remote/federated participants who could not join (no Edge). */
      readonly refusedParticipants: number;
    };

export type FailureReason = 'no-path' | 'certificate' | 'capacity';

/** A negotiation that gave no media, discriminated by `reason`. */
export interface Failure {
  readonly ok: false;
  readonly reason: FailureReason;
  readonly path: 'failed-no-path' | 'failed-certificate' | 'blocked-capacity';
  /** For `capacity`: the resource that refused (`edge:<name>` or `mcu:<pool>`). */
  readonly resource?: string;
  /** For `capacity`: the units (relay sessions or MCU legs) that resource could not seat. */
  readonly units?: number;
}

export type Negotiation = MediaPlan | Failure;
