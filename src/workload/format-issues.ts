/**
 * zod issues as messages an architect can act on: the field path as written in the
 * file (`deployment.sites[1].users`), what was expected and what arrived
 * (`expected a positive integer, got -5`).
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;
type Key = PropertyKey;

/** `deployment.sites[1].users` from `['deployment', 'sites', 1, 'users']`. */
export function formatPath(path: readonly Key[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

/** The value at `path` in the raw document, or `undefined`. */
export function valueAt(raw: unknown, path: readonly Key[]): unknown {
  let node = raw;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<Key, unknown>)[key];
  }
  return node;
}

/** A short rendering of what arrived: `-5`, `"abc"`, `[1,2]` (cut at 40 characters). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  const cut = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  if (value === null) return 'null';
  if (Array.isArray(value)) return `${cut} (a list)`;
  if (typeof value === 'object') return `${cut} (a mapping)`;
  return cut;
}

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  int: 'an integer',
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
};

/** One message per problem, each `path: message`. */
export function formatIssues(issues: readonly Issue[], raw: unknown, prefix: readonly Key[] = []): string[] {
  const out: string[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const where = formatPath(path);
    const value = valueAt(raw, path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push(`${formatPath([...path, key])}: unknown key "${key}"`);
        break;
      case 'invalid_union': {
        // A custom message (set on the union) says it best; otherwise report the branch
        // that came closest (fewest problems), e.g. the network rule form that was meant.
        if (!issue.message.startsWith('Invalid input') || issue.errors.length === 0) {
          out.push(`${where}: ${withGot(issue.message, value)}`);
          break;
        }
        const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
        out.push(...formatIssues(closest, raw, path));
        break;
      }
      case 'invalid_type':
        if (value === undefined) out.push(`${where}: required, missing`);
        else if (!issue.message.startsWith('Invalid input')) out.push(`${where}: ${withGot(issue.message, value)}`);
        else out.push(`${where}: expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, got ${describeValue(value)}`);
        break;
      case 'invalid_value':
        out.push(`${where}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(value)}`);
        break;
      case 'too_small':
      case 'too_big':
        out.push(`${where}: ${withGot(issue.message.startsWith('Too') ? boundMessage(issue) : issue.message, value)}`);
        break;
      default:
        out.push(`${where}: ${withGot(issue.message, value)}`);
    }
  }
  return out;
}

function withGot(message: string, value: unknown): string {
  return value === undefined ? message : `${message}, got ${describeValue(value)}`;
}

function boundMessage(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const op = issue.code === 'too_small' ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<';
  switch (issue.origin) {
    case 'array':
      return issue.exact ? `expected a list of exactly ${bound} items` : `expected a list of ${op} ${bound} items`;
    case 'string':
      return `expected a text of ${op} ${bound} characters`;
    default:
      return `expected a number ${op} ${bound}`;
  }
}
