import { describe, expect, it } from 'vitest';
import { parseIpAddress } from '../../src/calibrate/ip-address.js';
import { parseSubnetsCsv, siteOfAddress } from '../../src/calibrate/subnet-map.js';

// As Windows PowerShell's Export-Csv writes it: a #TYPE line, every field quoted.
const SUBNETS = [
  '#TYPE Deserialized.Microsoft.Rtc.Management.WritableConfig.Policy.Network.Subnet',
  '"Identity","MaskBits","Description","NetworkSiteID"',
  '"10.0.0.0","8","corporate","hq"',
  '"10.20.0.0","16","","branch"',
  '"10.20.30.0","24","","lab"',
  '"2001:db8::","32","","hq"',
  '"2001:db8:aa::","48","","branch"',
].join('\r\n');

describe('subnets by longest prefix', () => {
  const map = parseSubnetsCsv(SUBNETS, 'subnets.csv');
  const site = (address: string): string | undefined => siteOfAddress(map, parseIpAddress(address)!);

  it('picks the longest IPv4 subnet containing the address', () => {
    expect(site('10.1.2.3')).toBe('hq');
    expect(site('10.20.1.1')).toBe('branch');
    expect(site('10.20.30.99')).toBe('lab');
    expect(site('192.168.1.1')).toBeUndefined();
  });

  it('picks the longest IPv6 subnet containing the address', () => {
    expect(site('2001:db8:1::5')).toBe('hq');
    expect(site('2001:db8:aa:1::5')).toBe('branch');
    expect(site('2001:db9::1')).toBeUndefined();
  });

  it('reports a bad subnet row by line and column', () => {
    expect(() => parseSubnetsCsv('Identity,MaskBits,NetworkSiteID\n10.0.0.0,8,hq\n10.1,16,x\n', 'subnets.csv')).toThrow(
      'subnets.csv:3: column Identity: expected an IPv4 or IPv6 network address, got "10.1"',
    );
    expect(() => parseSubnetsCsv('Identity,MaskBits,NetworkSiteID\n10.0.0.0,33,hq\n', 'subnets.csv')).toThrow(
      'subnets.csv:2: column MaskBits: expected a prefix length from 0 to 32 for an IPv4 address, got "33"',
    );
    expect(() => parseSubnetsCsv('Identity,NetworkSiteID\n', 'subnets.csv')).toThrow('subnets.csv: missing column MaskBits');
  });
});
