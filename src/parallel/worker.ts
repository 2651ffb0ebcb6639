/**
 * The worker entry: one job (scenario x replication) in, its mergeable statistics out.
 * A replication that throws comes back as `{ ok: false }`, never as a lost exception.
 */
import { runReplication } from '../model/replication.js';
import type { JobOutcome, ReplicationJob } from './types.js';
import { toError } from './types.js';

export default function runJob(job: ReplicationJob): JobOutcome {
  try {
    return { ok: true, result: runReplication(job) };
  } catch (thrown) {
    const error = toError(thrown);
    return { ok: false, error: error.stack === undefined ? { message: error.message } : { message: error.message, stack: error.stack } };
  }
}
