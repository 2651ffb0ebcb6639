/**
 * The inputs summary's deployment: the product, the sites (users, clock, pool, port
 * policy and port pool), the remote and federated users, the pools (their Edge and MCU
 * capacity) and the Edges (servers x sessions per server), as compact tables. A long
 * list (a workload of hundreds of sites) is summed up and shows its first rows only.
 */
import type { Edge, Product, Site, Workload } from '../../workload/schema.js';
import { CALL_KINDS } from '../../workload/kinds.js';
import { legsPerMcuServer, mcuLegsOf, poolSiteOf } from '../../workload/resolve.js';
import { percentText } from '../figures.js';
import { figureText } from './figure-text.js';
import { firstRows, leftOutNote, someNames } from './inputs-lists.js';
import { KIND_WORDS } from './inputs-traffic.js';
import { html, paragraphs, table } from './page.js';
import type { Html } from './page.js';
import { prose } from './rule-words.js';

/** The product's name. */
function productName(product: Product): string {
  switch (product) {
    case 'ocs2007r2':
      return 'Office Communications Server 2007 R2';
    case 'lync2010':
      return 'Lync Server 2010';
    case 'lync2013':
      return 'Lync Server 2013';
    case 'sfb':
      return 'Skype for Business Server';
    default: {
      const never: never = product;
      throw new Error(`unknown product ${String(never)}`);
    }
  }
}

/** A UTC offset as a clock: "UTC", "UTC+5:30", "UTC-5". */
function offsetText(hours: number): string {
  if (hours === 0) return 'UTC';
  const sign = hours > 0 ? '+' : '-';
  const whole = Math.floor(Math.abs(hours));
  const minutes = Math.round((Math.abs(hours) - whole) * 60);
  return `UTC${sign}${whole}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`}`;
}

/** A site's port policy in words: "40000-40039 (40 ports), 80% of clients". */
function policyText(site: Site): string {
  const policy = site.portPolicy;
  if (policy === undefined) return '-';
  const clients = policy.share === 1 ? 'all clients' : `${percentText(policy.share)} of clients`;
  return `${policy.minMediaPort}-${policy.maxMediaPort} (${policy.maxMediaPort - policy.minMediaPort + 1} ports), ${clients}`;
}

/** What a site sets of its own traffic: "profile flat; 0.5 two-party audio per user". */
function ownTrafficText(site: Site): string {
  const own = site.traffic;
  if (own === undefined) return '-';
  const parts: string[] = [];
  if (own.profile !== undefined) parts.push(`profile ${typeof own.profile === 'string' ? own.profile : '(24 weights)'}`);
  const rates = own.perUserPerHour ?? {};
  const set = CALL_KINDS.filter((kind) => rates[kind] !== undefined).map((kind) => `${figureText(rates[kind]!)} ${KIND_WORDS[kind]}`);
  if (set.length > 0) parts.push(`${set.join(', ')} per user per busy hour`);
  return parts.length > 0 ? parts.join('; ') : '-';
}

/** The sites' table (columns no site uses are left out), summed up when long. */
export function sitesPart(workload: Workload): Html {
  const { sites } = workload.deployment;
  const policies = sites.some((s) => s.portPolicy !== undefined);
  const pools = sites.some((s) => s.portPool !== undefined);
  const own = sites.some((s) => s.traffic !== undefined);
  const header = ['site', 'pool', 'clock', 'users', ...(policies ? ['port policy'] : []), ...(pools ? ['port pool'] : []), ...(own ? ['own traffic'] : [])];
  const { shown, left } = firstRows(sites);
  const rows = shown.map((s) => [
    s.name,
    s.pool,
    offsetText(s.utcOffsetHours),
    figureText(s.users),
    ...(policies ? [policyText(s)] : []),
    ...(pools ? [s.portPool === undefined ? 'unlimited' : `${s.portPool} ports`] : []),
    ...(own ? [ownTrafficText(s)] : []),
  ]);
  const users = sites.reduce((sum, s) => sum + s.users, 0);
  const offsets = sites.map((s) => s.utcOffsetHours);
  const clocks = new Set(offsets).size;
  const span = clocks === 1 ? `all on ${offsetText(offsets[0]!)}` : `on ${clocks} clocks from ${offsetText(Math.min(...offsets))} to ${offsetText(Math.max(...offsets))}`;
  const extras = [
    policies ? `${sites.filter((s) => s.portPolicy !== undefined).length} with a port policy` : '',
    pools ? `${sites.filter((s) => s.portPool !== undefined).length} with a port pool` : 'no port pool: ports for peer-to-peer media are unlimited',
  ].filter((p) => p !== '');
  const summary = `${sites.length} site${sites.length === 1 ? '' : 's'}, ${figureText(users)} users in all, ${span}; ${extras.join('; ')}.${left > 0 ? ` The first ${shown.length}:` : ''}`;
  return html`${paragraphs([summary])}${table(header, rows, 3, [header.indexOf('port policy'), header.indexOf('own traffic')].filter((c) => c >= 0))}${leftOutNote(left, 'sites')}`;
}

/** Remote and federated users, and which pool's Edge relays a two-party call, in words. */
export function usersOutsidePart(workload: Workload): Html {
  const { remote, federated, relayEdge, pools } = workload.deployment;
  const lines: string[] = [];
  if (remote.users > 0) {
    const poolName = remote.pool ?? pools[0]!.name;
    const edge = pools.find((p) => p.name === poolName)?.edge;
    const failing = remote.p2pFailureShare > 0 ? `; ${percentText(remote.p2pFailureShare)} of remote pairs cannot reach each other directly and are relayed (R6)` : '';
    lines.push(`${figureText(remote.users)} remote users, on pool ${poolName}${edge ? ` (relayed by ${edge})` : ''}${failing}.`);
  } else {
    lines.push('No remote users.');
  }
  if (federated.share > 0) lines.push(`Federated partners: ${percentText(federated.share)} of internal callers' parties (R12).`);
  if (workload.deployment.edges.length > 0) lines.push(`A relayed two-party call uses the Edge of the ${relayEdge}'s pool (R14).`);
  return paragraphs(lines.map(prose));
}

/** A pool's MCU capacity: "300 legs", or "2 x 1000 legs = 2000 legs". */
function mcuText(pool: Workload['deployment']['pools'][number]): string {
  if (pool.mcuLegs !== undefined) return `${pool.mcuLegs} legs`;
  return `${pool.mcuServers ?? 1} x ${legsPerMcuServer(pool)} legs = ${mcuLegsOf(pool)} legs`;
}

/** The pools' table: Edge, MCU capacity, where it stands, its sites. */
export function poolsPart(workload: Workload): Html {
  const { pools, sites } = workload.deployment;
  const { shown, left } = firstRows(pools);
  const edges = workload.deployment.edges.length > 0;
  const rows = shown.map((pool) => {
    const homed = sites.filter((s) => s.pool === pool.name);
    const users = homed.reduce((sum, s) => sum + s.users, 0);
    return [
      pool.name,
      ...(edges ? [pool.edge ?? '-'] : []),
      mcuText(pool),
      sites[poolSiteOf(workload, pools.indexOf(pool))]!.name,
      homed.length > 0 ? `${someNames(homed.map((s) => s.name))} (${figureText(users)} users)` : '-',
    ];
  });
  const header = ['pool', ...(edges ? ['Edge'] : []), 'MCU capacity', 'stands at', 'sites homed'];
  return html`${table(header, rows, header.length - 1, [header.length - 1])}${leftOutNote(left, 'pools')}`;
}

/** What an Edge sets beyond its capacity, in words. */
function edgeNotes(edge: Edge, product: Product): string {
  const notes: string[] = [];
  if (edge.loadBalanced) notes.push(`load balanced (${edge.loadBalancer})`);
  if (edge.publicIpBehindNat) notes.push('public IP behind NAT');
  if (edge.qosOnInternalNic && product !== 'ocs2007r2') notes.push('DSCP kept on the internal NIC (R11)');
  const certificate = edge.internalCertificate;
  if (certificate.extraSanNames) notes.push(`extra SAN names on the internal certificate (R8)${certificate.internalCname ? ', internal CNAME in place' : ''}`);
  return notes.join('; ');
}

/** The Edges' table: servers x sessions per server, and what else each sets. */
export function edgesPart(workload: Workload): Html {
  const { edges, product } = workload.deployment;
  if (edges.length === 0) return paragraphs([prose('No A/V Edge is deployed (R9).')]);
  const { shown, left } = firstRows(edges);
  const notes = shown.map((edge) => edgeNotes(edge, product));
  const anyNotes = notes.some((n) => n !== '');
  const rows = shown.map((edge, i) => [
    edge.name,
    `${edge.servers} x ${edge.sessionsPerServer}`,
    `${figureText(edge.servers * edge.sessionsPerServer)} sessions`,
    ...(anyNotes ? [notes[i] === '' ? '-' : prose(notes[i]!)] : []),
  ]);
  const header = ['Edge', 'servers x sessions per server', 'capacity', ...(anyNotes ? ['notes'] : [])];
  return html`${table(header, rows, 1, anyNotes ? [3] : [])}${leftOutNote(left, 'Edges')}`;
}

/** The product, in one line. */
export function productPart(workload: Workload): Html {
  const product = workload.deployment.product;
  return paragraphs([`Product: ${productName(product)} (${product}).`]);
}
