/**
 * IPv4 and IPv6 addresses as integers, for longest-prefix matching (subnet-map.ts).
 * IPv4 is a 32-bit unsigned number; IPv6 a 128-bit bigint. An IPv4-mapped IPv6 address
 * (`::ffff:10.1.2.3`) is read as the IPv4 address it carries, as the Monitoring Server's
 * dual-stack records may write it either way.
 */

/** A parsed address. */
export type IpAddress = { readonly family: 4; readonly value: number } | { readonly family: 6; readonly value: bigint };

const V4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function parseV4(text: string): number | undefined {
  const m = V4.exec(text);
  if (m === null) return undefined;
  let value = 0;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(m[i]);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

function parseV6(text: string): bigint | undefined {
  let body = text;
  const zone = body.indexOf('%');
  if (zone >= 0) body = body.slice(0, zone); // a zone id (fe80::1%eth0) is not part of the address
  let tail: number[] = [];
  const lastColon = body.lastIndexOf(':');
  if (body.includes('.', lastColon)) {
    // An embedded IPv4 address is the last 32 bits: two groups.
    const v4 = parseV4(body.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    tail = [Math.floor(v4 / 65536), v4 % 65536];
    body = `${body.slice(0, lastColon + 1)}0`;
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups: number[] = [];
    for (const g of part.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      groups.push(parseInt(g, 16));
    }
    return groups;
  };
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  if (head === undefined || rest === undefined) return undefined;
  if (tail.length > 0) {
    // Replace the placeholder group "0" written in place of the IPv4 tail.
    const holder = halves.length === 2 ? rest : head;
    holder.pop();
    holder.push(...tail);
  }
  const written = head.length + rest.length;
  let groups: number[];
  if (halves.length === 2) {
    if (written > 7) return undefined;
    groups = [...head, ...new Array<number>(8 - written).fill(0), ...rest];
  } else {
    if (written !== 8) return undefined;
    groups = head;
  }
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(g);
  return value;
}

const MAPPED_PREFIX = 0xffffn << 32n;

/**
 * Parses an IPv4 (dotted quad) or IPv6 (RFC 4291 text, `::` and an IPv4 tail allowed)
 * address.
 *
 * @param text - The address; surrounding spaces are ignored.
 * @returns The address, IPv4-mapped IPv6 as IPv4; `undefined` when it is not an address.
 */
export function parseIpAddress(text: string): IpAddress | undefined {
  const t = text.trim();
  if (t.includes(':')) {
    const value = parseV6(t);
    if (value === undefined) return undefined;
    if (value >> 32n === 0xffffn && (value & ~0xffffffffn) === MAPPED_PREFIX) return { family: 4, value: Number(value & 0xffffffffn) };
    return { family: 6, value };
  }
  const value = parseV4(t);
  return value === undefined ? undefined : { family: 4, value };
}
