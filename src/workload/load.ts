/**
 * Loading a workload: read -> parse (YAML or JSON) -> fill defaults and check the shape
 * (zod) -> cross-check -> frozen, typed {@link Workload}. Every problem of a file is
 * collected and reported at once in a {@link WorkloadError}.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import YAML from 'yaml';
import { WorkloadError } from './errors.js';
import { formatIssues } from './format-issues.js';
import { WorkloadSchema } from './schema.js';
import type { Workload } from './schema.js';
import { crossReferences, semanticChecks } from './validate.js';

/**
 * Aliases a document may expand. A hostile file nesting aliases ("billion laughs") is
 * refused before it can exhaust memory; a real workload needs few or none.
 */
export const MAX_ALIAS_COUNT = 100;

/** Reads and parses FILE into a plain value (no validation). */
export function readWorkloadDocument(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (thrown as Error).message;
    throw new WorkloadError(file, [`cannot read the workload file: ${why}`]);
  }
  return parseWorkloadText(text, file);
}

/** Parses workload text: JSON when the file ends in `.json`, YAML otherwise. */
export function parseWorkloadText(text: string, file: string): unknown {
  if (extname(file).toLowerCase() === '.json') {
    try {
      return JSON.parse(text) as unknown;
    } catch (thrown) {
      throw new WorkloadError(file, [`invalid JSON: ${(thrown as Error).message}`]);
    }
  }
  const doc = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true, merge: false });
  if (doc.errors.length > 0) {
    throw new WorkloadError(
      file,
      doc.errors.map((e) => {
        const at = e.linePos?.[0];
        const what = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
        return `invalid YAML${at ? ` at line ${at.line}, column ${at.col}` : ''}: ${what}`;
      }),
    );
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  } catch (thrown) {
    throw new WorkloadError(file, [`refused: ${(thrown as Error).message} (more than ${MAX_ALIAS_COUNT} alias expansions)`]);
  }
}

/** Validates an already-parsed value as a whole workload (defaults filled, cross-checked, frozen). */
export function parseWorkloadValue(raw: unknown, file: string): Workload {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new WorkloadError(file, ['(top level): expected a mapping of workload fields (name, deployment, ...)']);
  }
  const parsed = WorkloadSchema.safeParse(raw);
  // Cross-references are checked on the raw document too, so that a bad reference is
  // reported together with the shape problems, not after they are fixed.
  const problems = [...(parsed.success ? [] : formatIssues(parsed.error.issues, raw)), ...crossReferences(raw)];
  if (parsed.success) problems.push(...semanticChecks(parsed.data));
  if (problems.length > 0) throw new WorkloadError(file, problems);
  if (!parsed.success) throw new Error('unreachable: zod failed without issues');
  const workload = parsed.data;
  // R14: remote users belong to the first pool unless the file says otherwise.
  if (workload.deployment.remote.pool === undefined) workload.deployment.remote.pool = workload.deployment.pools[0]!.name;
  return deepFreeze(workload);
}

/** Reads and validates a workload file. */
export function loadWorkloadFile(file: string): Workload {
  return parseWorkloadValue(readWorkloadDocument(file), file);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
