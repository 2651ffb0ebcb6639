/** The negotiation core: pure media path decisions (MEDIA-RULES.md R1-R14). */
export * from './types.js';
export { negotiate, poolOf, relayEdgeOf } from './negotiate.js';
export { buildNetworkPolicy } from './network-policy.js';
export type { NetworkSection } from './network-policy.js';
export { candidatePriority, pairPriority, TYPE_PREFERENCE, LOCAL_PREFERENCE } from './priority.js';
export { gather, formPairs, check, nominate } from './ice.js';
export { buildTopology } from './topology.js';
export { PATHS, PATH_INDEX } from './paths.js';
export type { PathName } from './paths.js';
