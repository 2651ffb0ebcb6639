/**
 * The worker entry: one job (scenario x replication) in, its mergeable statistics out.
 * A replication that throws comes back as `{ ok: false }`, never as a lost exception.
 */
import { runReplication } from '../model/replication.js';
import type { JobOutcome, ReplicationJob } from './types.js';
import { toError } from './types.js';

/**
 * Fault injection for tests of the failure path: `AVSIM_INJECT_FAULT=<scenario>:<replication>`
 * makes that job throw. Read once per worker; unset in normal use.
 */
const INJECT_FAULT = process.env['AVSIM_INJECT_FAULT'];

export default function runJob(job: ReplicationJob): JobOutcome {
  try {
    if (INJECT_FAULT === `${job.scenario}:${job.replication}`) throw new Error('injected fault (AVSIM_INJECT_FAULT)');
    return { ok: true, result: runReplication(job) };
  } catch (thrown) {
    const error = toError(thrown);
    return { ok: false, error: error.stack === undefined ? { message: error.message } : { message: error.message, stack: error.stack } };
  }
}
