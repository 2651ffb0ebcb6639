/**
 * A change applied: the baseline's validated workload with the change's merge patch
 * over it, validated again as a whole workload (so a change that breaks a reference or
 * a limit is refused as a scenario would be). The baseline stays frozen and untouched.
 */
import { applyMergePatch } from '../workload/merge-patch.js';
import { parseWorkloadValue } from '../workload/load.js';
import type { Workload } from '../workload/schema.js';
import type { Candidate, ProposedChange } from './kinds.js';

/**
 * The candidate of `change` over `baseline`.
 *
 * @param file - Names the document in messages.
 * @throws WorkloadError of `file` when the patched workload is invalid.
 */
export function applyChange(baseline: Workload, change: ProposedChange, file: string): Candidate {
  return { ...change, workload: parseWorkloadValue(applyMergePatch(baseline, change.patch), file) };
}
