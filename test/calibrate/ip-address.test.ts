import { describe, expect, it } from 'vitest';
import { parseIpAddress } from '../../src/calibrate/ip-address.js';

describe('parseIpAddress', () => {
  it('reads IPv4, compressed IPv6, an IPv4 tail and an IPv4-mapped address', () => {
    expect(parseIpAddress('10.1.2.3')).toEqual({ family: 4, value: 0x0a010203 });
    expect(parseIpAddress('2001:db8::1')).toEqual({ family: 6, value: (0x20010db8n << 96n) | 1n });
    expect(parseIpAddress('::')).toEqual({ family: 6, value: 0n });
    expect(parseIpAddress('64:ff9b::10.1.2.3')).toEqual({ family: 6, value: (0x64ff9bn << 96n) | 0x0a010203n });
    expect(parseIpAddress('::ffff:10.1.2.3')).toEqual({ family: 4, value: 0x0a010203 });
    expect(parseIpAddress('fe80::1%eth0')).toEqual({ family: 6, value: (0xfe80n << 112n) | 1n });
    expect(parseIpAddress('1:2:3:4:5:6:7:8')).toEqual({ family: 6, value: 0x00010002000300040005000600070008n });
  });

  it('refuses what is not an address', () => {
    for (const bad of ['10.1.2', '10.1.2.256', '1::2::3', '1:2:3:4:5:6:7:8:9', 'g::1', '', 'london']) expect(parseIpAddress(bad)).toBeUndefined();
  });
});
