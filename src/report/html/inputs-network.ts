/**
 * The inputs summary's network: what the firewalls let through, in words: the default
 * between sites and towards the Edge, then each rule in the order the workload gives
 * them (a later rule overrides an earlier one).
 */
import type { NetworkRule, P2pSetting, ReachSetting, Workload } from '../../workload/schema.js';
import { firstRows, leftOutNote } from './inputs-lists.js';
import { html, paragraphs } from './page.js';
import type { Html } from './page.js';
import { prose } from './rule-words.js';

/** A peer-to-peer setting in words. */
function p2pWords(p2p: P2pSetting): string {
  switch (p2p) {
    case 'open':
      return 'open';
    case 'blocked':
      return 'blocked';
    case 'policy':
      return "open only in the port policy's range (C2)";
    default: {
      const never: never = p2p;
      throw new Error(`unknown p2p setting ${String(never)}`);
    }
  }
}

/** One network rule in words. */
export function ruleWords(rule: NetworkRule): string {
  if ('between' in rule) {
    const [a, b] = rule.between;
    const where = a === b ? `within ${a} (between its own clients)` : `between ${a} and ${b}`;
    return `${where}: peer-to-peer media ${p2pWords(rule.p2p)}`;
  }
  const parts: string[] = [];
  if (rule.p2p !== undefined) parts.push(`peer-to-peer media to every other site ${p2pWords(rule.p2p)}`);
  if (rule.edgeUdp !== undefined) parts.push(`UDP 3478 to the Edge ${rule.edgeUdp}`);
  if (rule.edgeTcp !== undefined) parts.push(`TCP 443 to the Edge ${rule.edgeTcp}`);
  const sealed = rule.p2p === 'blocked' && rule.edgeUdp === 'blocked' && rule.edgeTcp === 'blocked' ? ' (sealed off, R10)' : '';
  return `site ${rule.site}: ${parts.length > 0 ? parts.join('; ') : 'no change'}${sealed}`;
}

/** The default path to the Edge, both transports, in words. */
function edgeWords(udp: ReachSetting, tcp: ReachSetting): string {
  if (udp === 'open' && tcp === 'open') return 'every site reaches the Edge internal NIC on UDP 3478 and TCP 443';
  if (udp === 'blocked' && tcp === 'blocked') return 'no site reaches the Edge internal NIC (UDP 3478 and TCP 443 blocked)';
  return udp === 'open' ? 'sites reach the Edge internal NIC on UDP 3478 only (TCP 443 blocked)' : 'sites reach the Edge internal NIC on TCP 443 only (UDP 3478 blocked)';
}

/** The network in words: the default, then the rules as a list. */
export function networkPart(workload: Workload): Html {
  const { default: base, rules } = workload.network;
  const edge = workload.deployment.edges.length > 0 ? `, and ${edgeWords(base.edgeUdp, base.edgeTcp)}` : '';
  const opening = `By default, peer-to-peer media between sites is ${p2pWords(base.p2p)}${edge}. Within a site, peer-to-peer media is always open unless a rule closes it (R3).`;
  if (rules.length === 0) return paragraphs([prose(`${opening} No rule changes that.`)]);
  const { shown, left } = firstRows(rules);
  return html`${paragraphs([prose(`${opening} Then ${rules.length === 1 ? 'one rule' : `${rules.length} rules, in order (a later one overrides an earlier one)`}:`)])}<ul class="inputs">
${shown.map((rule) => html`<li>${prose(ruleWords(rule))}</li>\n`)}</ul>
${leftOutNote(left, 'rules')}`;
}
