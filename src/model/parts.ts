/** What the pieces of one replication share: built once by the replication, read by each piece. */
import type { Simulator } from '../kernel/simulator.js';
import type { Callees } from './callees.js';
import type { CompiledWorkload } from './compiled.js';
import type { Holdings } from './holdings.js';
import type { PairPaths, Recorder } from './observations.js';
import type { QosMeter } from './qos-meter.js';
import type { ResourceSet } from './resources.js';

export interface ReplicationParts {
  readonly c: CompiledWorkload;
  readonly sim: Simulator;
  readonly res: ResourceSet;
  readonly holdings: Holdings;
  readonly qos: QosMeter;
  readonly callees: Callees;
  /** Calls that arrived in the window, by path index. */
  readonly paths: Float64Array;
  /** Video calls (two-party and conferences) that arrived in the window, and of those CAC dropped to audio (R19); two-party.ts names the slots. */
  readonly video: Float64Array;
  /** Records and pair paths, when the job asks for them (observations.ts). */
  readonly recorder: Recorder | null;
  readonly pairPaths: PairPaths | null;
}
