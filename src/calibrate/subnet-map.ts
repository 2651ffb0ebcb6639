/**
 * Sites by subnet, from the CSV of `Get-CsNetworkSubnet | Export-Csv` (columns Identity,
 * the subnet's network address; MaskBits; NetworkSiteID), looked up by longest prefix
 * match. OCS 2007 R2 records carry no site, only addresses: this is how they get one.
 */
import { csvRowsOf } from './csv-rows.js';
import { CalibrationInputError, shown } from './input-error.js';
import type { RecordIssue } from './input-error.js';
import { parseIpAddress } from './ip-address.js';
import type { IpAddress } from './ip-address.js';

/** One subnet: a network address, its prefix length and its site. */
export interface Subnet {
  readonly network: IpAddress;
  readonly maskBits: number;
  readonly site: string;
}

/** Subnets grouped by prefix length, longest first, per address family. */
export interface SubnetMap {
  readonly v4: readonly { readonly maskBits: number; readonly networks: ReadonlyMap<number, string> }[];
  readonly v6: readonly { readonly maskBits: number; readonly networks: ReadonlyMap<bigint, string> }[];
  readonly size: number;
}

const v4Mask = (bits: number): number => (bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0);
const v6Mask = (bits: number): bigint => (bits === 0 ? 0n : ((1n << 128n) - 1n) ^ ((1n << BigInt(128 - bits)) - 1n));

/**
 * Builds the lookup table. Host bits set in a network address are cleared; when two
 * entries name the same subnet, the later one wins (as a later rule would).
 */
export function buildSubnetMap(subnets: readonly Subnet[]): SubnetMap {
  const v4 = new Map<number, Map<number, string>>();
  const v6 = new Map<number, Map<bigint, string>>();
  for (const s of subnets) {
    if (s.network.family === 4) {
      const byLength = v4.get(s.maskBits) ?? new Map<number, string>();
      byLength.set((s.network.value & v4Mask(s.maskBits)) >>> 0, s.site);
      v4.set(s.maskBits, byLength);
    } else {
      const byLength = v6.get(s.maskBits) ?? new Map<bigint, string>();
      byLength.set(s.network.value & v6Mask(s.maskBits), s.site);
      v6.set(s.maskBits, byLength);
    }
  }
  const longestFirst = <K>(m: Map<number, Map<K, string>>) =>
    [...m.entries()].sort((a, b) => b[0] - a[0]).map(([maskBits, networks]) => ({ maskBits, networks }));
  return { v4: longestFirst(v4), v6: longestFirst(v6), size: subnets.length };
}

/**
 * The site of an address: that of the longest subnet containing it.
 *
 * @returns The site name; `undefined` when no subnet contains the address (the caller
 *   then treats the party as `remote`).
 */
export function siteOfAddress(map: SubnetMap, address: IpAddress): string | undefined {
  if (address.family === 4) {
    for (const { maskBits, networks } of map.v4) {
      const site = networks.get((address.value & v4Mask(maskBits)) >>> 0);
      if (site !== undefined) return site;
    }
    return undefined;
  }
  for (const { maskBits, networks } of map.v6) {
    const site = networks.get(address.value & v6Mask(maskBits));
    if (site !== undefined) return site;
  }
  return undefined;
}

/**
 * Reads the subnets CSV. Columns are matched by name, case-insensitively; a leading
 * `#TYPE ...` line (Windows PowerShell's Export-Csv without -NoTypeInformation) is skipped.
 *
 * @param text - The file's contents.
 * @param file - Its name, for messages.
 * @throws CalibrationInputError naming the missing columns, or listing every bad row.
 */
export function parseSubnetsCsv(text: string, file: string): SubnetMap {
  const rows = csvRowsOf(text);
  if (rows[0]?.fields[0]?.startsWith('#TYPE') === true) rows.shift();
  const header = rows.shift();
  if (header === undefined) throw new CalibrationInputError(`${file}: expected a header row with Identity, MaskBits, NetworkSiteID, got an empty file`);
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const wanted = ['Identity', 'MaskBits', 'NetworkSiteID'];
  const index = wanted.map((w) => names.indexOf(w.toLowerCase()));
  const missing = wanted.filter((_, i) => index[i]! < 0);
  if (missing.length > 0) throw new CalibrationInputError(`${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  const [iIdentity, iMask, iSite] = index as [number, number, number];
  const subnets: Subnet[] = [];
  const issues: RecordIssue[] = [];
  for (const { fields, line } of rows) {
    const identity = (fields[iIdentity] ?? '').trim();
    const network = parseIpAddress(identity);
    if (network === undefined) {
      issues.push({ file, line, column: 'Identity', message: `expected an IPv4 or IPv6 network address, got ${shown(identity)}` });
      continue;
    }
    const maskText = (fields[iMask] ?? '').trim();
    const maskBits = Number(maskText);
    const maxBits = network.family === 4 ? 32 : 128;
    if (!(/^\d+$/.test(maskText) && maskBits <= maxBits)) {
      issues.push({ file, line, column: 'MaskBits', message: `expected a prefix length from 0 to ${maxBits} for an IPv${network.family} address, got ${shown(maskText)}` });
      continue;
    }
    const site = (fields[iSite] ?? '').trim();
    if (site === '') {
      issues.push({ file, line, column: 'NetworkSiteID', message: `expected a site name, got ${shown(site)}` });
      continue;
    }
    subnets.push({ network, maskBits, site });
  }
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new CalibrationInputError(`${file}:${first.line}: column ${first.column}: ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`, issues);
  }
  return buildSubnetMap(subnets);
}
