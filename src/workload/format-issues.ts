/**
 * zod issues as messages an architect can act on: the field path as written in the
 * file (`deployment.sites[1].users`), what was expected and what arrived
 * (`expected a positive integer, got -5`). The received value is looked up in the raw
 * document by the issue's path, so it is shown exactly as the file gave it.
 */
import type { z } from 'zod';
import { describeValue, formatPath, kindOf, valueAt } from './field-path.js';
import type { PathKey } from './field-path.js';
import { suggestKey } from './key-suggestion.js';
import { objectKeys, schemaAt, unionOption } from './schema-keys.js';

type Issue = z.core.$ZodIssue;

/** How zod names an expected type, in the file's terms. */
const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  int: 'an integer',
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping',
  record: 'a mapping',
  array: 'a list',
  tuple: 'a list',
  null: 'null',
};

/** The raw kind (see {@link kindOf}) that satisfies each expected type, to tell a wrong type apart. */
const TYPE_KINDS: Record<string, string> = {
  number: 'number',
  int: 'number',
  string: 'string',
  boolean: 'boolean',
  object: 'mapping',
  record: 'mapping',
  array: 'list',
  tuple: 'list',
};

/** zod's own messages start so; anything else was written for this schema and is kept. */
const DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized)/;

/**
 * One message per problem, each `path: message`, e.g.
 * `deployment.sites[1].users: expected a positive integer, got -5`.
 *
 * @param issues what zod's `safeParse` reported
 * @param raw the document that was parsed, to show what arrived
 * @param schema the schema parsed against, to list the keys allowed beside an unknown one
 */
export function formatIssues(issues: readonly Issue[], raw: unknown, schema?: z.core.$ZodType): string[] {
  const out: string[] = [];
  for (const issue of issues) formatIssue(issue, [], raw, schema, out);
  return out;
}

/**
 * Formats one issue into `out`.
 *
 * @param prefix where the issue's own (relative) path starts: inside a union option, the union's path
 * @param base the schema at `prefix` (the union option whose issues these are), if known
 */
function formatIssue(issue: Issue, prefix: readonly PathKey[], raw: unknown, base: z.core.$ZodType | undefined, out: string[]): void {
  const path = [...prefix, ...issue.path];
  const here = (): z.core.$ZodType | undefined => (base === undefined ? undefined : schemaAt(base, issue.path, valueAt(raw, prefix)));
  const where = formatPath(path);
  const value = valueAt(raw, path);
  const custom = !DEFAULT_MESSAGE.test(issue.message);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const schema = here();
      const allowed = schema === undefined ? undefined : objectKeys(schema, value, issue.keys);
      for (const key of issue.keys) out.push(`${formatPath([...path, key])}: ${unknownKey(key, allowed)}`);
      return;
    }
    case 'invalid_union': {
      if (issue.errors.length > 0 && !custom) {
        // Report the option that came closest: the one the file meant (fewest unknown
        // keys), then the one with fewest problems, e.g. the network rule form intended.
        let closest = 0;
        issue.errors.forEach((errors, i) => {
          if (score(errors) < score(issue.errors[closest]!)) closest = i;
        });
        const union = here();
        const option = union === undefined ? undefined : unionOption(union, closest);
        for (const inner of issue.errors[closest]!) formatIssue(inner, path, raw, option, out);
      } else if ('options' in issue && issue.options !== undefined && !custom) {
        // A discriminated union: the discriminator's value matched no option.
        const choices = issue.options.map((o) => JSON.stringify(o)).join(', ');
        out.push(`${where}: ${value === undefined ? `required, missing (one of ${choices})` : `expected one of ${choices}, got ${describeValue(value)}`}`);
      } else {
        out.push(`${where}: ${withGot(custom ? issue.message : 'expected one of the allowed forms', value)}`);
      }
      return;
    }
    case 'invalid_type': {
      if (value === undefined) {
        out.push(`${where}: required, missing`);
        return;
      }
      const expected = custom ? issue.message : `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
      const kind = kindOf(value);
      const note = TYPE_KINDS[issue.expected] !== kind && kind !== 'null' ? ` (${kind})` : '';
      out.push(`${where}: ${expected}, got ${describeValue(value)}${note}`);
      return;
    }
    case 'invalid_value': {
      const choices = issue.values.map((v) => JSON.stringify(v));
      if (value === undefined) {
        out.push(`${where}: required, missing (${choices.length === 1 ? choices[0] : `one of ${choices.join(', ')}`})`);
        return;
      }
      const expected = custom ? issue.message : choices.length === 1 ? `expected ${choices[0]}` : `expected one of ${choices.join(', ')}`;
      out.push(`${where}: ${withGot(expected, value)}`);
      return;
    }
    case 'too_small':
    case 'too_big':
      out.push(`${where}: ${withGot(custom ? issue.message : boundMessage(issue), value)}`);
      return;
    default:
      out.push(`${where}: ${withGot(issue.message, value)}`);
  }
}

/** Sort key of a union option's issues: unknown keys weigh most, then the count. */
function score(issues: readonly Issue[]): number {
  let unknown = 0;
  for (const issue of issues) if (issue.code === 'unrecognized_keys') unknown += issue.keys.length;
  return unknown * 1000 + issues.length;
}

function unknownKey(key: string, allowed: readonly string[] | undefined): string {
  if (allowed === undefined) return `unknown key "${key}"`;
  const guess = suggestKey(key, allowed);
  return `unknown key "${key}" (${guess === undefined ? '' : `did you mean "${guess}"? `}allowed: ${allowed.join(', ')})`;
}

function withGot(message: string, value: unknown): string {
  return value === undefined ? message : `${message}, got ${describeValue(value)}`;
}

function boundMessage(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  const small = issue.code === 'too_small';
  const bound = String(small ? issue.minimum : issue.maximum);
  switch (issue.origin) {
    case 'array': {
      const words = issue.exact ? 'exactly' : small ? (issue.inclusive ? 'at least' : 'more than') : issue.inclusive ? 'at most' : 'fewer than';
      return `expected a list of ${words} ${bound} item${bound === '1' ? '' : 's'}`;
    }
    case 'string': {
      const words = issue.exact ? 'exactly' : small ? 'at least' : 'at most';
      return `expected a text of ${words} ${bound} character${bound === '1' ? '' : 's'}`;
    }
    default: {
      const op = small ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<';
      return `expected a number ${op} ${bound}`;
    }
  }
}
