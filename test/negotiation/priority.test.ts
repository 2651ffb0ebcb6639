import { describe, expect, it } from 'vitest';
import { LOCAL_PREFERENCE, TYPE_PREFERENCE, candidatePriority, pairPriority } from '../../src/negotiation/index.js';

// R2 runs ICE; its candidate priorities are RFC 8445 §5.1.2.1:
//   priority = 2^24·(type preference) + 2^8·(local preference) + (256 − component ID)
// type preferences host 126, srflx 100, relay 0 (§5.1.2.2); local preference UDP 65535,
// TCP active 2^13·6 = 49152 (RFC 6544 §4.2). Every expected value below is a literal
// worked out by hand, never recomputed with the formula under test.
//   2^24 = 16777216, 126·2^24 = 2113929216, 100·2^24 = 1677721600
//   65535·2^8 = 16776960, 49152·2^8 = 12582912
describe('R2: RFC 8445 §5.1.2.1 candidate priority', () => {
  it('R2: uses the RFC 8445 §5.1.2.2 type preferences and the RFC 6544 §4.2 local preferences', () => {
    expect(TYPE_PREFERENCE).toEqual({ host: 126, srflx: 100, relay: 0 });
    expect(LOCAL_PREFERENCE).toEqual({ udp: 65535, tcp: 49152 });
  });

  it('R2: host UDP, component 1: 2113929216 + 16776960 + 255 = 2130706431', () => {
    expect(candidatePriority(TYPE_PREFERENCE.host, LOCAL_PREFERENCE.udp, 1)).toBe(2130706431);
  });

  it('R2: server-reflexive UDP, component 1: 1677721600 + 16776960 + 255 = 1694498815', () => {
    expect(candidatePriority(TYPE_PREFERENCE.srflx, LOCAL_PREFERENCE.udp, 1)).toBe(1694498815);
  });

  it('R2: relayed UDP, component 1: 0 + 16776960 + 255 = 16777215', () => {
    expect(candidatePriority(TYPE_PREFERENCE.relay, LOCAL_PREFERENCE.udp, 1)).toBe(16777215);
  });

  it('R2: host TCP (local preference 49152), component 1: 2113929216 + 12582912 + 255 = 2126512383', () => {
    expect(candidatePriority(TYPE_PREFERENCE.host, LOCAL_PREFERENCE.tcp, 1)).toBe(2126512383);
  });

  it('R2: server-reflexive TCP: 1690304767; relayed TCP: 12583167', () => {
    expect(candidatePriority(TYPE_PREFERENCE.srflx, LOCAL_PREFERENCE.tcp, 1)).toBe(1690304767);
    expect(candidatePriority(TYPE_PREFERENCE.relay, LOCAL_PREFERENCE.tcp, 1)).toBe(12583167);
  });

  it('R2: RTCP (component 2) is exactly one below RTP: host UDP 2130706430', () => {
    expect(candidatePriority(126, 65535, 2)).toBe(2130706430);
  });

  it('R2, R4 (RFC 6544): UDP ranks above TCP for every candidate type', () => {
    for (const type of ['host', 'srflx', 'relay'] as const) {
      const udp = candidatePriority(TYPE_PREFERENCE[type], LOCAL_PREFERENCE.udp, 1);
      const tcp = candidatePriority(TYPE_PREFERENCE[type], LOCAL_PREFERENCE.tcp, 1);
      expect(udp, type).toBeGreaterThan(tcp);
    }
    // Type still dominates transport: the local preference never lifts a UDP
    // candidate over the next higher type's TCP one.
    expect(candidatePriority(100, 65535, 1)).toBeLessThan(candidatePriority(126, 49152, 1));
    expect(candidatePriority(0, 65535, 1)).toBeLessThan(candidatePriority(100, 49152, 1));
  });
});

// RFC 8445 §6.1.2.3: pair priority = 2^32·MIN(G,D) + 2·MAX(G,D) + (G > D ? 1 : 0),
// G the controlling (caller's) candidate priority, D the controlled one's. Exact as bigint:
// these exceed 2^53 = 9007199254740992.
describe('R2: RFC 8445 §6.1.2.3 pair priority', () => {
  it('R2: host UDP / host UDP (G = D, no tie-break bit): 2^32·2130706431 + 2·2130706431 = 9151314442783293438', () => {
    // 2^32·2130706431 = 9151314438521880576; 2·2130706431 = 4261412862.
    expect(pairPriority(2130706431, 2130706431)).toBe(9151314442783293438n);
  });

  it('R2: host UDP / relayed UDP, G > D: 2^32·16777215 + 2·2130706431 + 1 = 72057594004373503', () => {
    // 2^32·16777215 = 72057589742960640.
    expect(pairPriority(2130706431, 16777215)).toBe(72057594004373503n);
  });

  it('R2: relayed UDP / host UDP, G < D: the same without the tie-break bit = 72057594004373502', () => {
    expect(pairPriority(16777215, 2130706431)).toBe(72057594004373502n);
  });

  it('R2: srflx UDP / relayed UDP: 72057593131958271 with G > D, 72057593131958270 with G < D', () => {
    // 2^32·16777215 + 2·1694498815 = 72057589742960640 + 3388997630.
    expect(pairPriority(1694498815, 16777215)).toBe(72057593131958271n);
    expect(pairPriority(16777215, 1694498815)).toBe(72057593131958270n);
  });

  it('R2: host TCP / relayed TCP, G > D: 2^32·12583167 + 2·2126512383 + 1 = 54044294998131199', () => {
    // 2^32·12583167 = 54044290745106432; 2·2126512383 = 4253024766.
    expect(pairPriority(2126512383, 12583167)).toBe(54044294998131199n);
  });

  it('R2: relayed UDP / relayed UDP: 2^32·16777215 + 2·16777215 = 72057589776515070', () => {
    expect(pairPriority(16777215, 16777215)).toBe(72057589776515070n);
  });

  it('R2: host UDP / srflx UDP: 7277816997797167103 (G > D) and 7277816997797167102 (G < D)', () => {
    // 2^32·1694498815 = 7277816993535754240; 2·2130706431 = 4261412862.
    expect(pairPriority(2130706431, 1694498815)).toBe(7277816997797167103n);
    expect(pairPriority(1694498815, 2130706431)).toBe(7277816997797167102n);
  });

  it('R2: host-host above host-srflx above host-relay above relay-relay; UDP host pair above TCP host pair', () => {
    const host = 2130706431;
    const srflx = 1694498815;
    const relay = 16777215;
    expect(pairPriority(host, host)).toBeGreaterThan(pairPriority(host, srflx));
    expect(pairPriority(host, srflx)).toBeGreaterThan(pairPriority(host, relay));
    expect(pairPriority(host, relay)).toBeGreaterThan(pairPriority(relay, relay));
    expect(pairPriority(host, host)).toBeGreaterThan(pairPriority(2126512383, 2126512383));
  });
});
