import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/negotiation/index.js';
import type { Call, NetworkPolicy, Topology } from '../../src/negotiation/index.js';
import { BRANCH, HQ, REMOTE, network, room, topology, twoParty } from './fixtures.js';

// One case per row of MEDIA-RULES.md's scenario table, through the pure core.
interface Row {
  readonly title: string;
  readonly call: Call;
  readonly topology: Topology;
  readonly network: NetworkPolicy;
  readonly expected: Record<string, unknown>;
}

const blocked = network({ p2p: 'blocked' });
const ROWS: Row[] = [
  {
    title: 'row 1 (R2, R3): two internal, range open -> peer-to-peer, port pools of both sites',
    call: twoParty(HQ, BRANCH),
    topology: topology(),
    network: network(),
    expected: { ok: true, path: 'p2p', transport: 'udp', portSites: [0, 1] },
  },
  {
    title: 'row 2 (R1): Live Meeting with two parties -> MCU, a leg each, a relay per remote',
    call: { kind: 'liveMeeting', participants: [HQ, REMOTE] },
    topology: topology(),
    network: network(),
    expected: { ok: true, path: 'mcu', pool: 0, legs: 2, edge: 0, edgeSessions: 1 },
  },
  {
    title: 'row 3 (R1): conference of internal and remote -> MCU, a leg each, a relay per remote',
    call: { kind: 'conference', participants: [HQ, BRANCH, REMOTE, REMOTE] },
    topology: topology(),
    network: network(),
    expected: { ok: true, path: 'mcu', legs: 4, edgeSessions: 2 },
  },
  {
    title: 'row 4 (R6): two remote -> peer-to-peer over the Internet, nothing held',
    call: twoParty(REMOTE, REMOTE),
    topology: topology(),
    network: network(),
    expected: { ok: true, path: 'p2p', portSites: [] },
  },
  {
    title: 'row 5 (R4): two internal, range blocked -> Edge internal NIC, UDP 3478, one session',
    call: twoParty(HQ, BRANCH),
    topology: topology(),
    network: blocked,
    expected: {
      ok: true,
      path: 'edge-udp',
      edge: 0,
      sessions: 1,
      legs: [
        { party: 0, nic: 'internal', transport: 'udp' },
        { party: 1, nic: 'internal', transport: 'udp' },
      ],
    },
  },
  {
    title: 'row 5b (R4): range and UDP 3478 blocked -> Edge internal NIC, TCP 443',
    call: twoParty(HQ, BRANCH),
    topology: topology(),
    network: network({ p2p: 'blocked', edgeUdp: 'blocked' }),
    expected: { ok: true, path: 'edge-tcp', sessions: 1 },
  },
  {
    title: 'row 5c (R4): range, 3478 and 443 blocked -> fails: no media path',
    call: twoParty(HQ, BRANCH),
    topology: topology(),
    network: network({ p2p: 'blocked', edgeUdp: 'blocked', edgeTcp: 'blocked' }),
    expected: { ok: false, reason: 'no-path', path: 'failed-no-path' },
  },
  {
    title: 'row 6 (R5): internal + remote -> Edge, internal NIC and external NIC, one session, no MCU',
    call: twoParty(HQ, REMOTE),
    topology: topology(),
    network: network(),
    expected: {
      ok: true,
      path: 'edge-udp',
      sessions: 1,
      legs: [
        { party: 0, nic: 'internal', transport: 'udp' },
        { party: 1, nic: 'external', transport: 'udp' },
      ],
    },
  },
  {
    title: 'row 6b (R7, R1): the third party joins -> a conference on the MCU (the model releases the relay)',
    call: { kind: 'conference', participants: [HQ, REMOTE, BRANCH] },
    topology: topology(),
    network: network(),
    expected: { ok: true, path: 'mcu', legs: 3, edgeSessions: 1 },
  },
  {
    title: 'row 7 (R5, R8): internal + remote, Edge certificate with extra SAN -> fails',
    call: twoParty(HQ, REMOTE),
    topology: topology({ certificateFails: true }),
    network: network(),
    expected: { ok: false, reason: 'certificate', path: 'failed-certificate' },
  },
  {
    title: 'row 8 (R4, R8): two internal, blocked, extra SAN -> fails',
    call: twoParty(HQ, BRANCH),
    topology: topology({ certificateFails: true }),
    network: blocked,
    expected: { ok: false, reason: 'certificate' },
  },
  {
    title: 'row 8b (R4, R8): extra SAN with the internal CNAME (no failure flagged) -> Edge internal NIC',
    call: twoParty(HQ, BRANCH),
    topology: topology({ certificateFails: false }),
    network: blocked,
    expected: { ok: true, path: 'edge-udp', sessions: 1 },
  },
];

describe('MEDIA-RULES.md scenario table, row by row', () => {
  it.each(ROWS.map((r) => [r.title, r] as const))('%s', (_title, row) => {
    expect(negotiate(row.call, row.topology, row.network, room())).toMatchObject(row.expected);
  });
});
