/**
 * Kernel benchmark: an M/M/c/c loss system run twice in the same process, once on the
 * kernel (EventQueue + Simulator + seeded streams + Exponential sampler) and once as a
 * plain loop doing the same work with no abstraction (a Float64Array heap and inline
 * draws from the same generator). The ratio of the two survives a noisy machine.
 */
import seedrandom from 'seedrandom';
import { Exponential } from '../src/kernel/distributions.js';
import { Simulator } from '../src/kernel/simulator.js';
import { createStream } from '../src/kernel/streams.js';

export interface LossRun {
  readonly events: number;
  readonly blocked: number;
  readonly offered: number;
  readonly seconds: number;
}

const ARRIVE = 0;
const DEPART = 1;

/** M/M/c/c on the kernel: arrival rate `lambda`, mean holding 1/mu, c servers, until time `horizon`. */
export function lossOnKernel(lambda: number, mean: number, servers: number, horizon: number): LossRun {
  const arrivals = createStream(1, 0, 'arrivals');
  const holding = createStream(1, 0, 'holding');
  const gap = new Exponential(1 / lambda);
  const hold = new Exponential(mean);
  let busy = 0;
  let offered = 0;
  let blocked = 0;
  const sim: Simulator = new Simulator({
    dispatch(payload: number): void {
      if (payload === DEPART) {
        busy--;
        return;
      }
      offered++;
      const h = hold.sample(holding);
      if (busy < servers) {
        busy++;
        sim.schedule(sim.now + h, 1, DEPART);
      } else blocked++;
      sim.schedule(sim.now + gap.sample(arrivals), 2, ARRIVE);
    },
  });
  const started = performance.now();
  sim.schedule(gap.sample(arrivals), 2, ARRIVE);
  sim.run(horizon);
  return { events: sim.steps, blocked, offered, seconds: (performance.now() - started) / 1000 };
}

/**
 * The same M/M/c/c as a plain loop: a hand-inlined binary heap of (time, kind) over a
 * Float64Array, draws inlined from the same kind of generator, no classes, no callbacks.
 */
export function lossPlainLoop(lambda: number, mean: number, servers: number, horizon: number): LossRun {
  const arrivals = seedrandom.alea('plain-arrivals');
  const holding = seedrandom.alea('plain-holding');
  let cap = 1024;
  let times = new Float64Array(cap);
  let kinds = new Float64Array(cap); // kind * 2^32 + sequence, like the kernel's tie-break key
  let n = 0;
  let seq = 0;
  const push = (t: number, kind: number): void => {
    if (n === cap) {
      cap *= 2;
      const t2 = new Float64Array(cap);
      const k2 = new Float64Array(cap);
      t2.set(times);
      k2.set(kinds);
      times = t2;
      kinds = k2;
    }
    const key = kind * 4294967296 + seq++;
    let i = n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (times[p]! < t || (times[p] === t && kinds[p]! < key)) break;
      times[i] = times[p]!;
      kinds[i] = kinds[p]!;
      i = p;
    }
    times[i] = t;
    kinds[i] = key;
  };
  let busy = 0;
  let offered = 0;
  let blocked = 0;
  let events = 0;
  const started = performance.now();
  push(-Math.log(1 - arrivals()) / lambda, 2);
  while (n > 0 && times[0]! <= horizon) {
    const now = times[0]!;
    const kind = Math.floor(kinds[0]! / 4294967296);
    // pop
    const last = --n;
    if (last > 0) {
      const t = times[last]!;
      const k = kinds[last]!;
      let i = 0;
      const half = last >> 1;
      while (i < half) {
        let c = 2 * i + 1;
        if (c + 1 < last && (times[c + 1]! < times[c]! || (times[c + 1] === times[c] && kinds[c + 1]! < kinds[c]!))) c++;
        if (t < times[c]! || (t === times[c] && k < kinds[c]!)) break;
        times[i] = times[c]!;
        kinds[i] = kinds[c]!;
        i = c;
      }
      times[i] = t;
      kinds[i] = k;
    }
    events++;
    if (kind === 1) {
      busy--;
      continue;
    }
    offered++;
    const h = -mean * Math.log(1 - holding());
    if (busy < servers) {
      busy++;
      push(now + h, 1);
    } else blocked++;
    push(now - Math.log(1 - arrivals()) / lambda, 2);
  }
  return { events, blocked, offered, seconds: (performance.now() - started) / 1000 };
}
