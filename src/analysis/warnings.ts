/**
 * Setups that are valid but cannot work as meant: said on stderr and in the report, the
 * run goes on (exit 0). Before a run, from the workload; after it, from what the run
 * measured (a capacity far below its offered load).
 */
import { buildNetworkPolicy, P2P_BLOCKED } from '../negotiation/index.js';
import type { SummaryRow } from '../results/types.js';
import { MIN_POLICY_PORTS, policySpan } from '../workload/product-rules.js';
import { largestSize, ratesOf } from '../workload/resolve.js';
import type { Workload } from '../workload/schema.js';

/** Offered busy-hour traffic this many times a resource's capacity earns a warning. */
export const OVERLOAD_FACTOR = 2;

/** What a workload sets up that will not work as its author likely meant. */
export function workloadWarnings(workload: Workload): string[] {
  const warnings: string[] = [];
  const { deployment, traffic } = workload;
  const product = deployment.product;
  const noEdge = deployment.edges.length === 0;
  if (noEdge && deployment.remote.users > 0) {
    warnings.push(`deployment.remote.users: ${deployment.remote.users} remote users but no A/V Edge: their calls with internal users and their conference media fail (R9)`);
  }
  if (noEdge && deployment.federated.share > 0) {
    warnings.push(`deployment.federated.share: calls to federated partners need an A/V Edge, and none is deployed: they fail (R9, R12)`);
  }
  const outside = traffic.conferenceParticipants;
  if (noEdge && outside !== undefined && outside.remote + outside.federated + outside.anonymous > 0) {
    warnings.push('traffic.conferenceParticipants: outside participants join through the A/V Edge, and none is deployed: they cannot join (R9)');
  }
  const people = deployment.sites.reduce((total, s) => total + s.users, 0) + deployment.remote.users;
  const meetings = [
    ['conferenceSize', traffic.conferenceSize, 'conference'],
    ['liveMeetingSize', traffic.liveMeetingSize, 'liveMeeting'],
  ] as const;
  for (const [key, size, kind] of meetings) {
    const largest = largestSize(size, key);
    const used = deployment.sites.some((_, s) => ratesOf(workload, s)[kind] > 0) || (deployment.remote.users > 0 && ratesOf(workload, undefined)[kind] > 0);
    if (used && largest > people) {
      warnings.push(`traffic.${key}: meetings of up to ${largest} parties, but only ${people} users can take part: a meeting that runs out of people repeats the organiser's location`);
    }
  }
  const sites = deployment.sites;
  const network = buildNetworkPolicy(
    sites.map((s) => s.name),
    workload.network,
  );
  sites.forEach((site, s) => {
    if (product !== 'ocs2007r2') {
      const span = policySpan(site);
      if (span !== undefined && span.ports < MIN_POLICY_PORTS) {
        warnings.push(`deployment.sites[${s}].portPolicy: ${span.ports} ports (${span.min}-${span.max}) is under the ${MIN_POLICY_PORTS} that ICE needs per modality (C1)`);
      }
    }
    if (network.edgeUdp[s] === 1 || network.edgeTcp[s] === 1 || sites.length < 2) return;
    for (let t = 0; t < sites.length; t++) if (t !== s && network.p2pBetween(s, t) !== P2P_BLOCKED) return;
    warnings.push(`network.rules: site ${site.name} is sealed off (peer-to-peer blocked to every other site, UDP 3478 and TCP 443 to the Edge blocked): its users have media only within the site (R10)`);
  });
  if (product !== 'ocs2007r2') {
    deployment.edges.forEach((e, i) => {
      if (e.internalCertificate.extraSanNames) {
        warnings.push(`deployment.edges[${i}].internalCertificate.extraSanNames: has no effect on ${product}: the SAN defect of R8 is OCS 2007 R2's`);
      }
    });
  }
  return warnings;
}

/** Resources whose busy hour offers far more than they can carry. */
export function overloadWarnings(rows: readonly SummaryRow[]): string[] {
  return rows
    .filter((row) => Number.isFinite(row.capacity) && row.busy_hour_offered_erlangs > OVERLOAD_FACTOR * row.capacity)
    .map(
      (row) =>
        `${row.scenario}: ${row.resource} is offered ${Number(row.busy_hour_offered_erlangs.toPrecision(3))} erlangs in its busy hour (${row.busy_hour_utc} UTC), ` +
        `more than ${OVERLOAD_FACTOR} times its capacity of ${row.capacity}: its capacity is far below its load`,
    );
}
