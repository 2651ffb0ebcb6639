/**
 * Call Admission Control (MEDIA-RULES.md R15-R19) reduced to indices: the bandwidth
 * policies a call between two sites reserves on (its route), the room each policy has
 * in sessions, and where a refused call goes. Pure; the model owns the reservations.
 *
 * An applied policy (a profile on a site, a region link or an inter-site link) is two
 * resources, its audio and its video limit, each counted in sessions of that profile:
 * capacity floor(limit / session limit), unlimited when the profile sets no limit.
 */

/** The shape of `cac:` after parsing (structural, so the core needs no workload import). */
export interface CacSection {
  readonly regions: readonly {
    readonly name: string;
    readonly centralSite: string;
    readonly sites: readonly string[];
    readonly audioAlternatePath: boolean;
    readonly videoAlternatePath: boolean;
  }[];
  readonly policies: readonly {
    readonly name: string;
    readonly audioKbps?: number | undefined;
    readonly audioSessionKbps?: number | undefined;
    readonly videoKbps?: number | undefined;
    readonly videoSessionKbps?: number | undefined;
  }[];
  readonly sites: readonly { readonly site: string; readonly policy: string }[];
  readonly regionLinks: readonly { readonly between: readonly [string, string]; readonly policy: string }[];
  readonly interSite: readonly { readonly between: readonly [string, string]; readonly policy: string }[];
  readonly pstnReroute: boolean;
}

/** One profile where it applies: resources `link:<target>:audio` and `link:<target>:video`. */
export interface AppliedPolicy {
  /** A site's name, or `a~b` for a region link (region names) or an inter-site link (site names). */
  readonly target: string;
  readonly policy: string;
  /** Sessions each limit holds at once (`Infinity`: no limit). */
  readonly audioSessions: number;
  readonly videoSessions: number;
  /** kbit/s one session reserves, one direction: the session limit, else the call's own bandwidth. */
  readonly audioSessionKbps: number;
  readonly videoSessionKbps: number;
}

/** Most region pairs kept in a table (256 regions); beyond, a map of the region links. */
const DENSE_REGION_PAIRS = 1 << 16;

/** Most policies on one route: the caller's site, the callee's site, and one link between them. */
export const MAX_ROUTE = 3;

/** Call Admission Control as the model asks it. */
export interface CacPolicy {
  readonly applied: readonly AppliedPolicy[];
  /** Per site: its region's index, `-1` when in none (then its calls are not checked, R17). */
  readonly regionOf: Int32Array;
  /** Per region: refused audio (R18 a) and refused video (R19) may take the Internet path. */
  readonly audioAlternate: Uint8Array;
  readonly videoAlternate: Uint8Array;
  /** R18 (b): refused audio with no alternate path goes out over the PSTN. */
  readonly pstnReroute: boolean;
  /**
   * R16: writes into `out` the applied policies a call between sites a and b reserves on,
   * in route order (a's site policy, b's, then the inter-site policy or else the region
   * link), and returns how many (0: not checked: the same site, or a site in no region).
   */
  route(a: number, b: number, out: Int32Array): number;
}

/** Where a call refused by CAC goes (R18, R19). */
export const REFUSED_ALTERNATE = 0; // the Internet path through the A/V Edge: `cac-internet`
export const REFUSED_PSTN = 1; // out over the PSTN: `cac-pstn`
export const REFUSED_FAILS = 2; // voicemail: `failed-cac`
export const REFUSED_AUDIO_RETRY = 3; // video only: drop the video, ask again as audio (R19)

/**
 * R18/R19: what happens to a call between sites a and b that CAC refused.
 *
 * @param video - The refused request was a video call's.
 * @param edgeReachable - Both sites reach the relaying A/V Edge (R4), and there is one.
 * @param reroutable - The PSTN reroute may apply: a call to one of our users (not a
 *   conference leg, nor a PSTN call, which is already on its way to the gateway).
 */
export function refusedCall(cac: CacPolicy, a: number, b: number, video: boolean, edgeReachable: boolean, reroutable: boolean): number {
  const alternate = video ? cac.videoAlternate : cac.audioAlternate;
  if (edgeReachable && alternate[cac.regionOf[a]!] === 1 && alternate[cac.regionOf[b]!] === 1) return REFUSED_ALTERNATE;
  if (video) return REFUSED_AUDIO_RETRY; // video never reroutes to the PSTN
  return reroutable && cac.pstnReroute ? REFUSED_PSTN : REFUSED_FAILS;
}

/** Sessions a limit holds: floor(limit / session), unlimited without a limit. */
function sessions(limit: number | undefined, session: number | undefined): number {
  if (limit === undefined) return Infinity;
  return Math.floor(limit / (session ?? limit));
}

/**
 * Builds the lookups from a validated `cac:` section (C5 checked on load).
 *
 * @param siteNames - The deployment's sites, in index order.
 * @param kbps - The call's own bandwidth per audio and video stream, for profiles without session limits.
 */
export function buildCacPolicy(siteNames: readonly string[], section: CacSection, kbps: { readonly audio: number; readonly video: number }): CacPolicy {
  const S = siteNames.length;
  const siteIndex = new Map(siteNames.map((n, i) => [n, i]));
  const regionIndex = new Map(section.regions.map((r, i) => [r.name, i]));
  const profiles = new Map(section.policies.map((p) => [p.name, p]));
  const index = <T>(map: ReadonlyMap<string, T>, name: string, what: string): T => {
    const found = map.get(name);
    if (found === undefined) throw new Error(`cac names an unknown ${what} "${name}"`);
    return found;
  };

  const applied: AppliedPolicy[] = [];
  const apply = (target: string, name: string): number => {
    const p = index(profiles, name, 'policy');
    applied.push({
      target,
      policy: name,
      audioSessions: sessions(p.audioKbps, p.audioSessionKbps),
      videoSessions: sessions(p.videoKbps, p.videoSessionKbps),
      audioSessionKbps: p.audioSessionKbps ?? kbps.audio,
      videoSessionKbps: p.videoSessionKbps ?? kbps.video,
    });
    return applied.length - 1;
  };

  const regionOf = new Int32Array(S).fill(-1);
  section.regions.forEach((r, ri) => {
    for (const site of r.sites) regionOf[index(siteIndex, site, 'site')] = ri;
  });
  const sitePolicy = new Int32Array(S).fill(-1);
  for (const s of section.sites) sitePolicy[index(siteIndex, s.site, 'site')] = apply(s.site, s.policy);

  // Region links by the ordered pair, both orders stored: a table when the regions are
  // few enough, else a map of the links there are.
  const R = section.regions.length;
  const regionTable = R * R <= DENSE_REGION_PAIRS ? new Int32Array(R * R).fill(-1) : null;
  const regionMap = new Map<number, number>();
  for (const link of section.regionLinks) {
    const [a, b] = link.between.map((n) => index(regionIndex, n, 'region')) as [number, number];
    const at = apply(link.between.join('~'), link.policy);
    if (regionTable !== null) regionTable[a * R + b] = regionTable[b * R + a] = at;
    else regionMap.set(a * R + b, at).set(b * R + a, at);
  }
  const regionLink = (ra: number, rb: number): number => (regionTable !== null ? regionTable[ra * R + rb]! : (regionMap.get(ra * R + rb) ?? -1));
  const interSite = new Map<number, number>();
  for (const link of section.interSite) {
    const [a, b] = link.between.map((n) => index(siteIndex, n, 'site')) as [number, number];
    const at = apply(link.between.join('~'), link.policy);
    interSite.set(a * S + b, at).set(b * S + a, at);
  }
  const anyInterSite = interSite.size > 0;

  return {
    applied,
    regionOf,
    audioAlternate: Uint8Array.from(section.regions, (r) => (r.audioAlternatePath ? 1 : 0)),
    videoAlternate: Uint8Array.from(section.regions, (r) => (r.videoAlternatePath ? 1 : 0)),
    pstnReroute: section.pstnReroute,
    route(a: number, b: number, out: Int32Array): number {
      if (a === b) return 0;
      const ra = regionOf[a]!;
      const rb = regionOf[b]!;
      if (ra < 0 || rb < 0) return 0;
      let n = 0;
      const pa = sitePolicy[a]!;
      const pb = sitePolicy[b]!;
      if (pa >= 0) out[n++] = pa;
      if (pb >= 0) out[n++] = pb;
      const direct = anyInterSite ? interSite.get(a * S + b) : undefined;
      const link = direct ?? (ra !== rb ? regionLink(ra, rb) : -1);
      if (link >= 0) out[n++] = link;
      return n;
    },
  };
}
