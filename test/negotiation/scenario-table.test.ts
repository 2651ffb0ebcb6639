import { describe, expect, it } from 'vitest';
import { buildTopology, negotiate } from '../../src/negotiation/index.js';
import type { Call, Negotiation, NetworkPolicy, Topology } from '../../src/negotiation/index.js';
import { BRANCH, HQ, REMOTE, conference, deployment, liveMeeting, network, room, topology, twoParty } from './fixtures.js';

// MEDIA-RULES.md's seed scenario table, one case per row, through the pure core. Sites hq
// (0) and branch (1) on pool1 (0), relayed through `edge` (0). Each expectation is the
// whole plan or failure, so a stray resource (an extra leg, a port site, a session) fails.
interface Row {
  readonly title: string;
  readonly call: Call;
  readonly topology: Topology;
  readonly network: NetworkPolicy;
  readonly expected: Negotiation;
}

const open = network();
const rangeBlocked = network({ p2p: 'blocked' });

const ROWS: readonly Row[] = [
  {
    title: 'row 1 (R2, R3): 2 internal at hq and branch, range open -> peer-to-peer UDP, port pools of both sites',
    call: twoParty(HQ, BRANCH),
    topology: topology(),
    network: open,
    expected: { ok: true, path: 'p2p', transport: 'udp', portSites: [0, 1], qos: true },
  },
  {
    title: 'row 2 (R1): Live Meeting with only 2 parties, internal + remote -> MCU, a leg each, 1 Edge relay for the remote',
    call: liveMeeting(HQ, REMOTE),
    topology: topology(),
    network: open,
    expected: { ok: true, path: 'mcu', pool: 0, legs: 2, edge: 0, edgeSessions: 1, refusedParticipants: 0 },
  },
  {
    title: 'row 3 (R1): conference of 3, internal and remote -> MCU, a leg each, 1 Edge relay per remote',
    call: conference(HQ, BRANCH, REMOTE),
    topology: topology(),
    network: open,
    expected: { ok: true, path: 'mcu', pool: 0, legs: 3, edge: 0, edgeSessions: 1, refusedParticipants: 0 },
  },
  {
    title: 'row 4 (R6): 2 remote over the Internet -> peer-to-peer, nothing held',
    call: twoParty(REMOTE, REMOTE),
    topology: topology(),
    network: open,
    expected: { ok: true, path: 'p2p', transport: 'udp', portSites: [], qos: true },
  },
  {
    title: 'row 5 (R4): 2 internal, range blocked -> Edge internal NIC, UDP 3478, 1 relay session',
    call: twoParty(HQ, BRANCH),
    topology: topology(),
    network: rangeBlocked,
    expected: {
      ok: true,
      path: 'edge-udp',
      edge: 0,
      sessions: 1,
      legs: [
        { party: 0, nic: 'internal', transport: 'udp' },
        { party: 1, nic: 'internal', transport: 'udp' },
      ],
      qos: false,
    },
  },
  {
    title: 'row 5b (R4): both internal, range and UDP 3478 blocked -> Edge internal NIC, TCP 443, 1 relay session',
    call: twoParty(HQ, BRANCH),
    topology: topology(),
    network: network({ p2p: 'blocked', edgeUdp: 'blocked' }),
    expected: {
      ok: true,
      path: 'edge-tcp',
      edge: 0,
      sessions: 1,
      legs: [
        { party: 0, nic: 'internal', transport: 'tcp' },
        { party: 1, nic: 'internal', transport: 'tcp' },
      ],
      qos: false,
    },
  },
  {
    title: 'row 5c (R4): both internal, range, UDP 3478 and TCP 443 blocked -> fails: no media path, nothing held',
    call: twoParty(HQ, BRANCH),
    topology: topology(),
    network: network({ p2p: 'blocked', edgeUdp: 'blocked', edgeTcp: 'blocked' }),
    expected: { ok: false, reason: 'no-path', path: 'failed-no-path' },
  },
  {
    title: 'row 6 (R5): internal + remote -> Edge, internal NIC and external NIC, UDP, 1 relay session, no MCU',
    call: twoParty(HQ, REMOTE),
    topology: topology(),
    network: open,
    expected: {
      ok: true,
      path: 'edge-udp',
      edge: 0,
      sessions: 1,
      legs: [
        { party: 0, nic: 'internal', transport: 'udp' },
        { party: 1, nic: 'external', transport: 'udp' },
      ],
      qos: false,
    },
  },
  {
    title:
      'row 6b (R7, R1): internal + remote, a third (branch) joins -> the 3-party conference goes to the MCU: 3 legs, ' +
      '1 relay for the remote (releasing the two-party relay is the model\'s job, not the core\'s)',
    call: conference(HQ, REMOTE, BRANCH),
    topology: topology(),
    network: open,
    expected: { ok: true, path: 'mcu', pool: 0, legs: 3, edge: 0, edgeSessions: 1, refusedParticipants: 0 },
  },
  {
    title: 'row 7 (R5, R8): internal + remote, Edge internal certificate with an extra SAN -> fails (certificate), nothing held',
    call: twoParty(HQ, REMOTE),
    topology: buildTopology(deployment({ extraSanNames: true, internalCname: false })),
    network: open,
    expected: { ok: false, reason: 'certificate', path: 'failed-certificate' },
  },
  {
    title: 'row 8 (R4, R8): 2 internal, range blocked, extra SAN -> fails (certificate), nothing held',
    call: twoParty(HQ, BRANCH),
    topology: buildTopology(deployment({ extraSanNames: true, internalCname: false })),
    network: rangeBlocked,
    expected: { ok: false, reason: 'certificate', path: 'failed-certificate' },
  },
  {
    title: 'row 8b (R4, R8): 2 internal, range blocked, extra SAN + internal CNAME -> Edge internal NIC, UDP, 1 relay session',
    call: twoParty(HQ, BRANCH),
    topology: buildTopology(deployment({ extraSanNames: true, internalCname: true })),
    network: rangeBlocked,
    expected: {
      ok: true,
      path: 'edge-udp',
      edge: 0,
      sessions: 1,
      legs: [
        { party: 0, nic: 'internal', transport: 'udp' },
        { party: 1, nic: 'internal', transport: 'udp' },
      ],
      qos: false,
    },
  },
];

describe('MEDIA-RULES.md seed scenario table, row by row', () => {
  it('has exactly one case per row: 1, 2, 3, 4, 5, 5b, 5c, 6, 6b, 7, 8, 8b', () => {
    expect(ROWS.map((r) => /^row (\w+) /.exec(r.title)?.[1])).toEqual(['1', '2', '3', '4', '5', '5b', '5c', '6', '6b', '7', '8', '8b']);
  });

  it.each(ROWS.map((r) => [r.title, r] as const))('%s', (_title, row) => {
    expect(negotiate(row.call, row.topology, row.network, room())).toEqual(row.expected);
  });
});
