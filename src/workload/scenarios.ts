/**
 * Scenarios: each entry of `scenarios:` is an RFC 7386 JSON merge patch over the rest
 * of the file (arrays are replaced, `null` deletes), validated like a whole workload, so
 * an error names the scenario. A file without `scenarios:` has one scenario, `baseline`.
 */
import type { Workload } from './schema.js';
import { WorkloadError } from './errors.js';
import { applyMergePatch } from './merge-patch.js';
import { parseWorkloadValue, readWorkloadDocument } from './load.js';

/** One scenario: its name and complete, validated workload. */
export interface NamedWorkload {
  readonly name: string;
  readonly workload: Workload;
}

/** Keys a scenario's patch may not set: the run's own seed and replication count. */
function reservedKeys(patch: unknown): string[] {
  if (patch === null || typeof patch !== 'object') return [];
  const p = patch as Record<string, unknown>;
  const out: string[] = [];
  if (Object.hasOwn(p, 'seed')) out.push('seed');
  const simulation = p['simulation'];
  if (simulation !== null && typeof simulation === 'object' && Object.hasOwn(simulation, 'replications')) out.push('simulation.replications');
  return out;
}

/** Reads FILE and expands its scenarios; throws {@link WorkloadError} listing every problem. */
export function loadScenarios(file: string): NamedWorkload[] {
  const raw = readWorkloadDocument(file);
  // The base alone first: its problems are reported without a scenario prefix.
  const base = parseWorkloadValue(raw, file);
  const entries = base.scenarios;
  if (entries === undefined || entries.length === 0) return [{ name: 'baseline', workload: base }];
  const { scenarios: rawEntries, ...rest } = raw as Record<string, unknown>;
  const problems: string[] = [];
  const out: NamedWorkload[] = [];
  entries.forEach((entry, i) => {
    // The raw patch, not the parsed one: parsing drops keys such as `__proto__`, and a
    // typo in a patch must be reported like one in the base file.
    const rawPatch = (rawEntries as readonly { patch?: unknown }[])[i]?.patch ?? {};
    const reserved = reservedKeys(rawPatch);
    if (reserved.length > 0) {
      for (const key of reserved) {
        problems.push(
          `scenarios[${i}] "${entry.name}": patch.${key}: a scenario cannot change ${key}: every scenario of a run uses one seed and one replication count, so that they see the same calls (common random numbers); set it at the top of the file or with --${key === 'seed' ? 'seed' : 'replications'}`,
        );
      }
      return;
    }
    const patched = applyMergePatch(rest, rawPatch);
    try {
      out.push({ name: entry.name, workload: parseWorkloadValue(patched, file) });
    } catch (thrown) {
      if (!(thrown instanceof WorkloadError)) throw thrown;
      for (const p of thrown.problems) problems.push(`scenarios[${i}] "${entry.name}": ${p}`);
    }
  });
  if (problems.length > 0) throw new WorkloadError(file, problems);
  return out;
}
