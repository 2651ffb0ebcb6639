import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { createStream, streamSeed } from '../../src/kernel/streams.js';

it('streams are reproducible, named, and seeded by a hash rather than raw counters', () => {
  const a = createStream(1, 0, 'arrivals:hq');
  const b = createStream(1, 0, 'arrivals:hq');
  const xs = [a.next(), a.next(), a.next()];
  expect([b.next(), b.next(), b.next()]).toEqual(xs);
  // Any component of the identity changes the stream.
  for (const other of [createStream(2, 0, 'arrivals:hq'), createStream(1, 1, 'arrivals:hq'), createStream(1, 0, 'holding:hq')]) {
    expect(other.next()).not.toBe(xs[0]);
  }
  // Neighbouring replications get unrelated seeds (not consecutive numbers).
  expect(streamSeed(1, 0, 'x')).toMatch(/^[0-9a-f]{64}$/);
  expect(streamSeed(1, 0, 'x').slice(0, 8)).not.toBe(streamSeed(1, 1, 'x').slice(0, 8));
});

it('a stream seed is SHA-256 of "avsim", seed, replication and name, NUL-separated, as the README documents', () => {
  const documented = createHash('sha256').update('avsim\u00007\u00003\u0000arrivals:hq').digest('hex');
  expect(streamSeed(7, 3, 'arrivals:hq')).toBe(documented);
});

it("a stream draws exactly seedrandom's Alea sequence for its seed", () => {
  const ours = createStream(3, 5, 'routing:hq');
  const theirs = seedrandom.alea(streamSeed(3, 5, 'routing:hq'));
  for (let k = 0; k < 100_000; k++) {
    const x = ours.next();
    const y = theirs();
    if (x !== y) expect.fail(`draw ${k}: ${x} !== ${y}`);
  }
  expect(ours.next()).toBe(theirs());
});
