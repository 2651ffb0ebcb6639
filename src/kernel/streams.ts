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
import type seedrandom from 'seedrandom';
// Alea's own file, not the package's entry, which loads all seven of seedrandom's
// generators into every worker for the one it uses.
import alea from 'seedrandom/lib/alea.js';

/** A generator of uniform numbers in [0, 1). */
export interface Uniform {
  next(): number;
}

/**
 * One Alea stream (Baagøe's generator, as seedrandom implements it), stepped by a method
 * of this class rather than by seedrandom's closure. The numbers are the same: the state
 * comes from seedrandom's own seeding (Mash of the seed text) and is stepped with the
 * same arithmetic. What changes is how V8 sees it: every stream shares one `next`
 * function, so the hot path inlines each draw, where a closure per stream left most
 * draws as calls (each returning a boxed number) and deoptimised the sites that had
 * inlined one stream's closure when the next replication brought new ones.
 */
export class AleaStream implements Uniform {
  // Numbers from the start (see tsconfig's useDefineForClassFields): a field that is
  // ever `undefined` is kept by V8 as a tagged pointer, boxing every number stored.
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private c = 0;

  constructor(state: seedrandom.State.Alea) {
    this.s0 = state.s0;
    this.s1 = state.s1;
    this.s2 = state.s2;
    this.c = state.c;
  }

  next(): number {
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^-32
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    return (this.s2 = t - this.c);
  }
}

/** The hex seed of one stream: SHA-256 of its identity. */
export function streamSeed(workloadSeed: number, replication: number, name: string): string {
  // One-shot hash: a replication makes four streams per location, and a Hash object
  // (createHash/update/digest) cost more than the hashing.
  return hash('sha256', `avsim\u0000${workloadSeed}\u0000${replication}\u0000${name}`, 'hex');
}

/** A fresh stream for (workload seed, replication, name). */
export function createStream(workloadSeed: number, replication: number, name: string): AleaStream {
  const seeded = alea(streamSeed(workloadSeed, replication, name), { state: true }) as seedrandom.StatefulPRNG<seedrandom.State.Alea>;
  return new AleaStream(seeded.state());
}
