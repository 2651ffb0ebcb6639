/**
 * Hostile inputs (issue 17, rows 3-6, 8 and 15) are refused with the limit, the file
 * and the field named, before anything is simulated, never with a raw message.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadWorkloadFile, MAX_WORKLOAD_BYTES } from '../../src/workload/load.js';
import { tempDir } from '../support/temp.js';
import { MINIMAL, errorOf, file } from './helpers.js';

/** A minimal file with an Edge. */
const EDGE = MINIMAL.replace('deployment:', 'deployment:\n  edges: [{ name: e }]').replace('{ name: pool1 }', '{ name: pool1, edge: e }');

/** MINIMAL with `text` appended (top-level keys). */
const withTop = (text: string): string => `${MINIMAL}${text}\n`;

it.each([
  ['a meeting of a billion parties (row 3)', withTop('traffic: { conferenceSize: { min: 3, max: 1e9, mean: 1e8 } }'), /traffic\.conferenceSize\.max: expected a whole number of parties up to 1000, got 1000000000/],
  ['a trillion users (row 4)', MINIMAL.replace('users: 10', 'users: 1e12'), /deployment\.sites\[0\]\.users: expected at most 10,000,000, got 1000000000000/],
  ['a million calls per user per hour (row 4)', withTop('traffic: { perUserPerHour: { peerAudio: 1e6 } }'), /traffic\.perUserPerHour\.peerAudio: expected a rate of 0 to 1000 calls per user per busy hour, got 1000000/],
  ['1e300 calls (row 4)', withTop('traffic: { perUserPerHour: { peerAudio: 1e300 } }'), /peerAudio: expected a rate of 0 to 1000 .*, got 1e\+300/],
  ['1e15 Edge servers (row 5)', EDGE.replace('{ name: e }', '{ name: e, servers: 1e15 }'), /deployment\.edges\[0\]\.servers: expected at most 10,000, got 1000000000000000/],
  ['1e15 sessions per server (row 5)', EDGE.replace('{ name: e }', '{ name: e, sessionsPerServer: 1e15 }'), /sessionsPerServer: expected at most 1,000,000/],
  ['1e15 MCU legs (row 5)', MINIMAL.replace('{ name: pool1 }', '{ name: pool1, mcuLegs: 1e15 }'), /deployment\.pools\[0\]\.mcuLegs: expected at most 100,000,000/],
  ['a port pool of 1e15 (row 5)', MINIMAL.replace('users: 10', 'users: 10, portPool: 1e15'), /deployment\.sites\[0\]\.portPool: expected at most 100,000,000/],
  ['a lognormal cv of 1e300 (row 6)', withTop('traffic: { holdingTime: { distribution: lognormal, mean: 4m, cv: 1e300 } }'), /traffic\.holdingTime\.cv: expected a coefficient of variation above 0 and at most 10, got 1e\+300/],
  ['1e15 Mediation sessions (issue 18)', MINIMAL.replace('{ name: pool1 }', '{ name: pool1, mediationSessions: 1e15 }'), /deployment\.pools\[0\]\.mediationSessions: expected at most 100,000,000/],
  ['a CAC limit of 1e15 kbit/s (issue 18)', `${MINIMAL.replace('deployment:', 'deployment:\n  product: lync2013')}cac: { policies: [{ name: p, audioKbps: 1e15, audioSessionKbps: 100 }] }\n`, /cac\.policies\[0\]\.audioKbps: expected an audio limit of at most 1,000,000,000 kbit\/s, got 1000000000000000/],
  ['10,001 replications (row 15)', withTop('simulation: { replications: 10001 }'), /simulation\.replications: expected at most 10,000, got 10001/],
  ['seed 2^53 (row 15)', withTop('seed: 9007199254740992'), /^seed: expected at most 9007199254740991 \(2\^53 - 1\), got 9007199254740992$/],
  ['a 256-character name (row 15)', MINIMAL.replace('name: t', `name: ${'a'.repeat(256)}`), /^name: expected a name of at most 64 characters/],
  ['lists nested 10,000 deep (row 15)', withTop(`x: ${'['.repeat(10_000)}`), /^refused: lists and mappings nested more than 64 deep$/],
  ['two YAML documents (row 15)', `${MINIMAL}---\nname: u\n`, /^invalid YAML at line 5, column 1: expected one YAML document, got several \(a line of --- starts another\)$/],
  ['a mapping as a key (row 15)', `${MINIMAL}? { a: 1 }\n: 2\n`, /^invalid YAML at line 5, column 3: expected a key that is a name or text, got a mapping$/],
])('%s', (_label, text, message) => {
  const error = errorOf(() => loadWorkloadFile(file(text)));
  expect(error.problems).toHaveLength(1);
  expect(error.problems[0]).toMatch(message);
  expect(error.message).toMatch(/^\S+w\.yaml: /); // the file named
});

it('a file larger than 10 MiB, and a device that never ends, are refused without reading them whole (row 8)', () => {
  const big = join(tempDir(), 'big.yaml');
  writeFileSync(big, `${MINIMAL}# ${'x'.repeat(MAX_WORKLOAD_BYTES)}\n`);
  expect(errorOf(() => loadWorkloadFile(big)).problems).toEqual(['refused: the workload file is larger than 10 MiB (the most avsim reads)']);
  expect(errorOf(() => loadWorkloadFile('/dev/zero')).problems).toEqual(['refused: the workload file is larger than 10 MiB (the most avsim reads)']);
});
