/**
 * The configuration rules that depend on the product generation (MEDIA-RULES.md,
 * Products): what is an error on OCS 2007 R2 and what later products allow. Warnings
 * (what is allowed but will not work as meant) are in warnings.ts.
 */
import { int, list, node, text } from './raw-node.js';

/** Fewest ports a PortRange policy may open: ICE needs at least 40 (C1). */
export const MIN_POLICY_PORTS = 40;

/** The product a raw document names (the default when it names none or an unknown one). */
export function rawProduct(raw: unknown): string {
  return text(node(node(raw)['deployment'])['product']) ?? 'ocs2007r2';
}

/** C1 (OCS 2007 R2: under 40 ports is an error), C3 (NAT in front of a load-balanced Edge), R11's switch. */
export function productRules(raw: unknown): string[] {
  const problems: string[] = [];
  const deployment = node(node(raw)['deployment']);
  const ocs = rawProduct(raw) === 'ocs2007r2';
  list(deployment['edges']).forEach((e, i) => {
    const path = `deployment.edges[${i}]`;
    if (e['loadBalanced'] === true && e['publicIpBehindNat'] === true) {
      if (ocs) {
        problems.push(`${path}.publicIpBehindNat: unsupported on ocs2007r2: a load-balanced A/V Edge pool whose public IP is behind NAT (C3); use public IPs, or a single Edge behind NAT`);
      } else if ((text(e['loadBalancer']) ?? 'hardware') === 'hardware') {
        problems.push(`${path}.publicIpBehindNat: unsupported with a hardware load balancer (C3); NAT is allowed for a single Edge or a DNS-load-balanced pool (loadBalancer: dns)`);
      }
    }
    if (ocs && e['qosOnInternalNic'] === true) {
      problems.push(`${path}.qosOnInternalNic: expected false on ocs2007r2 (DSCP on the Edge's internal interface came with Lync Server 2010, R11), got true`);
    }
  });
  if (ocs) {
    list(deployment['sites']).forEach((s, i) => {
      const span = policySpan(s);
      if (span !== undefined && span.ports < MIN_POLICY_PORTS) {
        problems.push(`deployment.sites[${i}].portPolicy: expected at least ${MIN_POLICY_PORTS} ports (C1: ICE needs ${MIN_POLICY_PORTS}), got ${span.ports} (${span.min}-${span.max})`);
      }
    });
  }
  return problems;
}

/** A site's port policy range, when both ends are written and in order. */
export function policySpan(site: Record<string, unknown>): { min: number; max: number; ports: number } | undefined {
  const policy = node(site['portPolicy']);
  const min = int(policy['minMediaPort']);
  const max = int(policy['maxMediaPort']);
  if (min === undefined || max === undefined || max < min) return undefined;
  return { min, max, ports: max - min + 1 };
}
