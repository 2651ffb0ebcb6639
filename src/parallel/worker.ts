/**
 * The worker entry: a task (consecutive jobs, each a scenario x replication) in, each
 * job's mergeable statistics out. A replication that throws comes back as
 * `{ ok: false, failed }`, never as a lost exception.
 */
import { compileWorkload } from '../model/compiled.js';
import type { CompiledWorkload } from '../model/compiled.js';
import { runReplication } from '../model/replication.js';
import type { ReplicationJob, Task, TaskOutcome } from './types.js';
import type { ReplicationResult } from '../results/types.js';
import { packArrays, toError } from './types.js';

/**
 * Fault injection for tests of the failure path: `AVSIM_INJECT_FAULT=<scenario>:<replication>`
 * makes that job throw. Read once per worker; unset in normal use.
 */
const INJECT_FAULT = process.env['AVSIM_INJECT_FAULT'];

/**
 * Compilations of the scenarios this worker has seen, by {@link ReplicationJob.compileKey}
 * (a few: a run's jobs come scenario by scenario). A compilation is read-only during a
 * replication except for caches of pure decisions, so sharing it changes no result.
 */
const compilations = new Map<string, CompiledWorkload>();
const KEEP_COMPILATIONS = 4;

function compiledFor(job: ReplicationJob): CompiledWorkload {
  if (job.compileKey === undefined) return compileWorkload(job.workload);
  let compiled = compilations.get(job.compileKey);
  if (compiled === undefined) {
    compiled = compileWorkload(job.workload);
    if (compilations.size >= KEEP_COMPILATIONS) compilations.delete(compilations.keys().next().value!);
    compilations.set(job.compileKey, compiled);
  }
  return compiled;
}

export default function runTask(task: Task): TaskOutcome {
  const results: ReplicationResult[] = [];
  for (const job of task.jobs) {
    try {
      if (INJECT_FAULT === `${job.scenario}:${job.replication}`) throw new Error('injected fault (AVSIM_INJECT_FAULT)');
      results.push(packArrays(runReplication(job, compiledFor(job))));
    } catch (thrown) {
      const error = toError(thrown);
      const failed = results.length;
      return { ok: false, failed, error: error.stack === undefined ? { message: error.message } : { message: error.message, stack: error.stack } };
    }
  }
  return { ok: true, results };
}
