import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/calibrate/input-error.js';
import { parseSubnetsCsv } from '../../src/calibrate/subnet-map.js';
import { HEADER, calibrateText, recordsCsv } from './records-fixture.js';

const GOOD = '2026-03-02T09:00:00Z,2026-03-02T09:03:00Z,audio,,a,b,london,paris,p2p';

// Each bad row sits on line 3 (line 1 the header, line 2 a good row).
const CASES: readonly (readonly [string, string])[] = [
  ['yesterday,2026-03-02T09:03:00Z,audio,,a,b,london,paris,p2p', 'column start_utc: expected an ISO 8601 UTC time, got "yesterday"'],
  ['2026-03-02T09:00:00Z,yesterday,audio,,a,b,london,paris,p2p', 'column end_utc: expected an ISO 8601 UTC time, got "yesterday"'],
  ['2026-03-02T09:00:00Z,2026-03-02T08:59:00Z,audio,,a,b,london,paris,p2p', 'column end_utc: expected a time at or after start_utc 2026-03-02T09:00:00Z, got 2026-03-02T08:59:00Z'],
  ['2026-03-02T09:00:00Z,2026-03-02T09:03:00Z,chat,,a,b,london,paris,p2p', 'column kind: expected audio, video or conference, got "chat"'],
  ['2026-03-02T09:00:00Z,2026-03-02T09:03:00Z,audio,,a,b,london,paris,relay', 'column path: expected p2p, edge-udp, edge-tcp or mcu, got "relay"'],
  ['2026-03-02T09:00:00Z,2026-03-02T09:03:00Z,conference,,a,,london,pool:pool1,mcu', 'column conference_id: expected a conference id on a conference leg, got an empty field'],
  ['2026-03-02T09:00:00Z,2026-03-02T09:03:00Z,audio,c1,a,b,london,paris,p2p', 'column conference_id: expected an empty field on a two-party audio call, got "c1"'],
  ['2026-03-02T09:00:00Z,2026-03-02T09:03:00Z,conference,c1,a,,london,pool:pool1,p2p', 'column path: expected mcu on a conference leg, got "p2p"'],
  ['2026-03-02T09:00:00Z,2026-03-02T09:03:00Z,video,,a,b,london,paris,mcu', 'column path: expected p2p, edge-udp or edge-tcp on a two-party call, got "mcu"'],
  ['2026-03-02T09:00:00Z,2026-03-02T09:03:00Z,conference,c1,a,,london,paris,mcu', 'column callee_location: expected pool:<name> on a conference leg, got "paris"'],
  ['2026-03-02T09:00:00Z,2026-03-02T09:03:00Z,audio,,,b,london,paris,p2p', 'column caller: expected a user id, got an empty field'],
  ['2026-03-02T09:00:00Z,2026-03-02T09:03:00Z,audio,,a,,london,paris,p2p', 'column callee: expected a user id on a two-party call, got an empty field'],
  ['2026-03-02T09:00:00Z,2026-03-02T09:03:00Z,audio,,a,b,London HQ,paris,p2p', 'column caller_location: expected a site name of letters, digits, ".", "_" or "-", or remote, federated or anonymous, got "London HQ"'],
  ['2026-03-02T09:00:00Z,2026-03-02T09:03:00Z,audio,,a,b,london,paris', 'expected 9 fields as in the header, got 8'],
];

describe('malformed rows', () => {
  it.each(CASES)('%s is reported by line and column, and skipped', async (bad, message) => {
    const c = await calibrateText(recordsCsv([GOOD, bad]));
    expect(c.read.issues.map(formatIssue)).toEqual([`records.csv:3: ${message}`]);
    expect(c.read.skipped).toBe(1);
    expect(c.fit.counts.records).toBe(1);
  });

  it('a bad subnet address is reported in its column', async () => {
    const subnets = parseSubnetsCsv('Identity,MaskBits,NetworkSiteID\n10.0.0.0,8,london\n', 'subnets.csv');
    const header = `${HEADER},caller_subnet,callee_subnet`;
    const text = recordsCsv([`${GOOD},,`, '2026-03-02T09:00:00Z,2026-03-02T09:03:00Z,audio,,a,b,,paris,p2p,10.1.2,'], header);
    const c = await calibrateText(text, { subnets });
    expect(c.read.issues.map(formatIssue)).toEqual(['records.csv:3: column caller_subnet: expected an IPv4 or IPv6 address, got "10.1.2"']);
  });

  it('an empty location without --subnets says how to give one', async () => {
    const c = await calibrateText(recordsCsv([GOOD, '2026-03-02T09:00:00Z,2026-03-02T09:03:00Z,audio,,a,b,,paris,p2p']));
    expect(formatIssue(c.read.issues[0]!)).toBe(
      'records.csv:3: column caller_location: expected a site name of letters, digits, ".", "_" or "-", or remote, federated or anonymous, got an empty field (with --subnets, a caller_subnet column gives it)',
    );
  });
});
