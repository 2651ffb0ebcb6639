/**
 * The user's own candidates (`avsim whatif FILE --changes-file CHANGES`): a YAML or JSON
 * list of `{ name, description?, patch }`, each patch an RFC 7386 merge patch over the
 * baseline scenario, validated like a scenario (the baseline with the patch applied must
 * be a valid workload). Every problem is reported at once, each naming the entry and the
 * field, in a {@link WorkloadError} of the changes file (exit 2, nothing run).
 */
import { z } from 'zod';
import { formatIssues } from '../workload/format-issues.js';
import { WorkloadError } from '../workload/errors.js';
import { readWorkloadDocument } from '../workload/load.js';
import { LIMITS, WorkloadSchema } from '../workload/schema.js';
import type { Workload } from '../workload/schema.js';
import { applyChange } from './apply.js';
import type { Candidate, JsonPatch } from './kinds.js';

/** One entry of a changes file. */
const Entry = z.strictObject({
  name: WorkloadSchema.shape.name.describe("The candidate's name, in whatif.csv's name column."),
  description: z.string().max(1000, { error: 'expected at most 1,000 characters' }).optional().describe('Free text about the change.'),
  patch: z.record(z.string(), z.unknown()).optional().describe('The change: an RFC 7386 merge patch over the baseline scenario (arrays are replaced whole); none changes nothing.'),
});

/** A changes file: a list of one or more entries. */
export const CandidateFileSchema = z
  .array(Entry, { error: 'expected a list of candidates, each { name, description, patch }' })
  .min(1, { error: 'expected at least one candidate' })
  .max(LIMITS.listItems, { error: `expected at most ${LIMITS.listItems.toLocaleString('en-US')} candidates` });

/**
 * What a candidate may not change, and why: each candidate is measured against the
 * baseline on its window, its busy hours and its random numbers.
 */
const RESERVED: readonly [string, string][] = [
  ['seed', 'every candidate runs on the baseline\'s seed, so that it sees the same calls (common random numbers); use --seed'],
  ['simulation', "every candidate is measured on the baseline's window and busy hours; change the workload file itself"],
  ['scenarios', 'a candidate is one change over the baseline scenario; choose the baseline with --scenario'],
];

/**
 * Reads and validates a changes file against the baseline.
 *
 * @param file - The changes file (YAML, or JSON when it ends in .json).
 * @param baseline - The baseline scenario's workload.
 * @throws WorkloadError of `file` listing every problem.
 */
export function loadCandidateFile(file: string, baseline: Workload): Candidate[] {
  const raw = readWorkloadDocument(file);
  // The list itself first (a list, not empty, not too long); then each entry on its own,
  // so that one entry's typo does not hide another's invalid patch.
  const list = z.array(z.unknown()).min(1).max(LIMITS.listItems).safeParse(raw);
  if (!list.success) throw new WorkloadError(file, formatIssues(CandidateFileSchema.safeParse(raw).error?.issues ?? list.error.issues, raw, CandidateFileSchema));
  const entries = raw as readonly Record<string, unknown>[];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const out: Candidate[] = [];
  entries.forEach((rawEntry, i) => {
    const parsed = Entry.safeParse(rawEntry);
    if (!parsed.success) {
      for (const p of formatIssues(parsed.error.issues, rawEntry, Entry)) problems.push(p.startsWith('(top level)') ? `[${i}]${p.slice('(top level)'.length)}` : `[${i}].${p}`);
      return;
    }
    const entry = parsed.data;
    const where = `[${i}] "${entry.name}"`;
    const earlier = seen.get(entry.name);
    if (earlier !== undefined) problems.push(`[${i}].name: duplicate name "${entry.name}" (also [${earlier}].name)`);
    seen.set(entry.name, i);
    // The raw patch, not the parsed one: a key such as `__proto__` must reach validation.
    const patch = (rawEntry['patch'] ?? {}) as JsonPatch;
    const reserved = RESERVED.filter(([key]) => Object.hasOwn(patch, key));
    for (const [key, why] of reserved) problems.push(`${where}: patch.${key}: a candidate cannot change ${key}: ${why}`);
    if (reserved.length > 0) return;
    try {
      out.push(applyChange(baseline, { name: entry.name, kind: 'file', description: entry.description ?? '', patch }, file));
    } catch (thrown) {
      if (!(thrown instanceof WorkloadError)) throw thrown;
      for (const p of thrown.problems) problems.push(`${where}: ${p}`);
    }
  });
  if (problems.length > 0) throw new WorkloadError(file, problems);
  return out;
}
