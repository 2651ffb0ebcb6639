/**
 * Named, seeded random streams.
 *
 * Each stream is an independent Alea generator (seedrandom) whose seed is a SHA-256
 * hash of (workload seed, replication, stream name), never a raw counter: consecutive
 * raw seeds give correlated generators, hashed ones do not. Arrivals, holding times and
 * routing draws each have their own stream (per site), so that a scenario that changes
 * one site's population or one routing share does not shift the numbers every other
 * call sees: that is what makes common random numbers work across scenarios.
 *
 * The scenario index is deliberately not part of the hash: every scenario of a run sees
 * the same callers, callees, start and holding times (common random numbers, DESIGN.md
 * "Determinism"), so differences between scenarios come from the scenario, not noise.
 */
import { hash } from 'node:crypto';
import seedrandom from 'seedrandom';

/** A generator of uniform numbers in [0, 1). */
export type Uniform = () => number;

/** The hex seed of one stream: SHA-256 of its identity. */
export function streamSeed(workloadSeed: number, replication: number, name: string): string {
  // One-shot hash: a replication makes four streams per location, and a Hash object
  // (createHash/update/digest) cost more than the hashing.
  return hash('sha256', `avsim\u0000${workloadSeed}\u0000${replication}\u0000${name}`, 'hex');
}

/** A fresh stream for (workload seed, replication, name). */
export function createStream(workloadSeed: number, replication: number, name: string): Uniform {
  return seedrandom.alea(streamSeed(workloadSeed, replication, name));
}
