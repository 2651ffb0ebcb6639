import { describe, expect, it } from 'vitest';
import { LOCAL_PREFERENCE, TYPE_PREFERENCE, candidatePriority, pairPriority } from '../../src/negotiation/index.js';

// Values worked out by hand from RFC 8445 §5.1.2.1:
// priority = 2^24·type pref + 2^8·local pref + (256 − component ID).
describe('RFC 8445 candidate priority', () => {
  it('host UDP, component 1: 126·2^24 + 65535·2^8 + 255 = 2130706431', () => {
    expect(candidatePriority(TYPE_PREFERENCE.host, LOCAL_PREFERENCE.udp, 1)).toBe(2130706431);
  });
  it('server-reflexive UDP: 100·2^24 + 65535·2^8 + 255 = 1694498815', () => {
    expect(candidatePriority(TYPE_PREFERENCE.srflx, LOCAL_PREFERENCE.udp, 1)).toBe(1694498815);
  });
  it('relayed UDP: 0 + 65535·2^8 + 255 = 16777215; relayed TCP: 49152·2^8 + 255 = 12583167', () => {
    expect(candidatePriority(TYPE_PREFERENCE.relay, LOCAL_PREFERENCE.udp, 1)).toBe(16777215);
    expect(candidatePriority(TYPE_PREFERENCE.relay, LOCAL_PREFERENCE.tcp, 1)).toBe(12583167);
  });
  it('RTCP (component 2) is one below RTP', () => {
    expect(candidatePriority(126, 65535, 2)).toBe(2130706430);
  });
  it('RFC 6544: UDP ranks above TCP for every candidate type', () => {
    for (const type of [126, 100, 0]) {
      expect(candidatePriority(type, LOCAL_PREFERENCE.udp, 1)).toBeGreaterThan(candidatePriority(type, LOCAL_PREFERENCE.tcp, 1));
    }
  });
});

// RFC 8445 §6.1.2.3: pair priority = 2^32·MIN(G,D) + 2·MAX(G,D) + (G > D ? 1 : 0).
describe('RFC 8445 pair priority', () => {
  it('host/host: 2^32·2130706431 + 2·2130706431 + 0', () => {
    expect(pairPriority(2130706431, 2130706431)).toBe(9151314438521880576n + 4261412862n);
  });
  it('the controlling side higher adds the tie-break bit', () => {
    // G = srflx 1694498815, D = relay 16777215: 2^32·16777215 + 2·1694498815 + 1
    expect(pairPriority(1694498815, 16777215)).toBe(72057589742960640n + 3388997630n + 1n);
    expect(pairPriority(16777215, 1694498815)).toBe(72057589742960640n + 3388997630n);
  });
  it('orders pairs: host-host above host-relay above relay-relay', () => {
    const host = 2130706431;
    const relay = 16777215;
    expect(pairPriority(host, host) > pairPriority(host, relay)).toBe(true);
    expect(pairPriority(host, relay) > pairPriority(relay, relay)).toBe(true);
  });
});
