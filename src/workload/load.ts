/**
 * Loading a workload: read -> parse (YAML or JSON) -> fill defaults and check the shape
 * (zod) -> cross-check (validate.ts) -> frozen, typed {@link Workload}. Every problem of
 * a file is collected and reported at once in a {@link WorkloadError}.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { parseDocumentText } from './document-text.js';
import { WorkloadError } from './errors.js';
import { formatIssues } from './format-issues.js';
import { WorkloadSchema } from './schema.js';
import type { Workload } from './schema.js';
import { validateWorkload } from './validate.js';

export { MAX_ALIAS_COUNT } from './document-text.js';

/** Why a file could not be read, in a few words and the system's code. */
const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/**
 * Largest workload file read (10 MiB): a thousand times a large enterprise's file, and a
 * bound on what parsing may cost, whatever the file is (a device such as /dev/zero
 * included: it is read up to the bound, never whole).
 */
export const MAX_WORKLOAD_BYTES = 10 * 1024 * 1024;

/** The file's text, read up to {@link MAX_WORKLOAD_BYTES}; a longer file is refused. */
function readLimited(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(MAX_WORKLOAD_BYTES + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > MAX_WORKLOAD_BYTES) {
        throw new WorkloadError(file, [`refused: the workload file is larger than ${MAX_WORKLOAD_BYTES / 1024 / 1024} MiB (the most avsim reads)`]);
      }
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads FILE and parses it into a plain value, not yet validated (JSON when the name
 * ends in `.json`, YAML otherwise). Scenarios start from this value.
 *
 * @throws {@link WorkloadError} when the file cannot be read or its syntax is wrong
 */
export function readWorkloadDocument(file: string): unknown {
  let text: string;
  try {
    text = readLimited(file);
  } catch (thrown) {
    if (thrown instanceof WorkloadError) throw thrown;
    const code = (thrown as NodeJS.ErrnoException).code;
    const why = code === undefined ? (thrown as Error).message : `${READ_FAILURES[code] ?? (thrown as Error).message} (${code})`;
    throw new WorkloadError(file, [`cannot read the workload file: ${why}`]);
  }
  return parseWorkloadDocument(text, file);
}

/**
 * Parses workload text into a plain value, not yet validated: JSON when `file` ends in
 * `.json`, YAML otherwise (`file` only names the text in messages and picks the format).
 *
 * @throws {@link WorkloadError} on a syntax error (with line and column) or a hostile YAML text
 */
export function parseWorkloadDocument(text: string, file: string): unknown {
  const parsed = parseDocumentText(text, file);
  if (!parsed.ok) throw new WorkloadError(file, parsed.problems);
  return parsed.value;
}

/**
 * Validates an already-parsed value as a whole workload: defaults filled, shape and
 * cross-references checked, `deployment.remote.pool` defaulted to the first pool, and
 * the result deeply frozen. A scenario (base plus merge patch) is validated so.
 *
 * @param raw the document, as parsed from YAML or JSON
 * @param file names the document in messages
 * @throws {@link WorkloadError} listing every problem found
 */
export function parseWorkloadValue(raw: unknown, file: string): Workload {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const got = raw === null || raw === undefined ? 'an empty document' : Array.isArray(raw) ? 'a list' : `a ${typeof raw}`;
    throw new WorkloadError(file, [`(top level): expected a mapping of workload fields (name, deployment, ...), got ${got}`]);
  }
  const parsed = WorkloadSchema.safeParse(raw);
  // Cross-references and ranges are checked on the raw document too, so that a bad
  // reference is reported together with the shape problems, not after they are fixed.
  const problems = [...(parsed.success ? [] : formatIssues(parsed.error.issues, raw, WorkloadSchema)), ...validateWorkload(raw)];
  if (problems.length > 0) throw new WorkloadError(file, problems);
  if (!parsed.success) throw new WorkloadError(file, ['(top level): invalid workload']); // zod failed without issues: not expected
  const workload = parsed.data;
  // R14: remote users belong to the first pool unless the file says otherwise.
  workload.deployment.remote.pool ??= workload.deployment.pools[0]!.name;
  return deepFreeze(workload);
}

/**
 * Parses and validates workload text (see {@link parseWorkloadDocument} and
 * {@link parseWorkloadValue}).
 *
 * @throws {@link WorkloadError} listing every problem found
 */
export function parseWorkloadText(text: string, file: string): Workload {
  return parseWorkloadValue(parseWorkloadDocument(text, file), file);
}

/**
 * Reads and validates a workload file.
 *
 * @throws {@link WorkloadError} listing every problem found, each prefixed by `file`
 */
export function loadWorkloadFile(file: string): Workload {
  return parseWorkloadValue(readWorkloadDocument(file), file);
}

/** Freezes `value` and everything reachable from it. */
function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object' || Object.isFrozen(item)) continue;
    Object.freeze(item);
    for (const value of Object.values(item)) stack.push(value); // not a spread: a list may be long
  }
  return value;
}
