/**
 * A workload file's text as a plain value: JSON when the file name ends in `.json`,
 * YAML otherwise. Syntax errors come back as problems with their line and column; a
 * hostile YAML text (alias or merge-key bomb, recursive alias) is refused before it is
 * expanded. Nothing here knows what a workload is.
 */
import { extname } from 'node:path';
import { LineCounter, isCollection, isMap, parseDocument, visit } from 'yaml';
import { aliasProblems } from './alias-expansion.js';

/** What parsing a text gave: the value, or every problem found. */
export type DocumentParse = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problems: string[] };

/**
 * Aliases one anchor may expand (the `yaml` package's `maxAliasCount`). The expansion
 * check of `alias-expansion.ts` comes first; this is the package's own backstop.
 */
export const MAX_ALIAS_COUNT = 100;

/** Syntax problems reported of one file, at most: the first ones are what to fix. */
export const MAX_SYNTAX_PROBLEMS = 10;

/**
 * How deeply `[` and `{` nest in a text (outside quotes and comments), in one pass: a
 * YAML parser given thousands of them runs out of stack before it can say so.
 */
export function flowDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let quote = '';
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (comment) {
      if (ch === '\n') comment = false;
    } else if (quote !== '') {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote === '"') i++;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) comment = true;
    else if (ch === '[' || ch === '{') deepest = Math.max(deepest, ++depth);
    else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/**
 * Keys that are lists or mappings (`? { a: 1 } : 2`): legal YAML, but a workload's keys
 * are names, and a plain value cannot hold such a key (it would become "[object Object]").
 */
function collectionKeys(doc: ReturnType<typeof parseDocument>, lines: LineCounter): string[] {
  const problems: string[] = [];
  visit(doc, {
    Pair(_key, pair) {
      const key = pair.key;
      if (isCollection(key)) {
        const at = key.range === undefined || key.range === null ? undefined : lines.linePos(key.range[0]);
        problems.push(`invalid YAML${at ? ` at line ${at.line}, column ${at.col}` : ''}: expected a key that is a name or text, got a ${isMap(key) ? 'mapping' : 'list'}`);
      }
    },
  });
  return problems;
}

/** Parses `text` as JSON when `file` ends in `.json` (any case), as YAML otherwise. */
export function parseDocumentText(text: string, file: string): DocumentParse {
  const parsed = extname(file).toLowerCase() === '.json' ? parseJson(text) : parseYaml(text);
  if (parsed.ok && nestingDepth(parsed.value) > MAX_NESTING) {
    return { ok: false, problems: [`refused: lists and mappings nested more than ${MAX_NESTING} deep`] };
  }
  return parsed;
}

/**
 * Deepest nesting of lists and mappings a document may have. A workload is about eight
 * deep (scenarios[i].patch.deployment.sites[j].portPolicy); the limit keeps every later
 * step (merge patches, freezing) clear of the call stack's limit.
 */
export const MAX_NESTING = 64;

/** How deeply lists and mappings nest in `value` (0 for a scalar); walks without recursion. */
export function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_NESTING) return deepest; // enough to refuse
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** JSON, with the line and column of a syntax error. */
export function parseJson(text: string): DocumentParse {
  const source = text.replace(/^\uFEFF/, ''); // a byte order mark is no syntax error
  let value: unknown;
  try {
    value = JSON.parse(source) as unknown;
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    const offset = jsonErrorOffset(message, source);
    const what = message.replace(/ in JSON at position \d+.*$/, '');
    return { ok: false, problems: [`invalid JSON${offset === undefined ? '' : lineColumn(source, offset)}: ${what}`] };
  }
  // JSON.parse keeps the last of two equal keys without a word; a workload must not
  // (the first value would be silently ignored), so read the text again for them.
  const duplicates = parseDocument(source, { schema: 'json', uniqueKeys: true })
    .errors.filter((e) => e.code === 'DUPLICATE_KEY')
    .map((e) => `invalid JSON${lineColumn(source, e.pos[0])}: duplicate key (a mapping names the same key twice)`);
  return duplicates.length > 0 ? { ok: false, problems: duplicates } : { ok: true, value };
}

/** Where V8 says a JSON syntax error is: `at position N`, or the end for a cut-off text. */
function jsonErrorOffset(message: string, text: string): number | undefined {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (/end of JSON input/.test(message)) return text.length;
  // V8 names some errors by token only, with up to 10 characters of context either
  // side: `Unexpected token ']', ..."b": [1, 2,], "c"... is not valid JSON`.
  const token = /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (token) {
    const [char, before, context, after] = [token[1]!, token[2], token[3]!, token[4]];
    const near = (guess: number): number | undefined => [guess, guess + 1, guess - 1].find((i) => text[i] === char);
    if (before !== undefined) {
      const start = text.indexOf(context);
      if (start >= 0) return near(start + 10);
    } else if (after !== undefined) return near(context.length - 10);
  }
  // Otherwise ask the YAML parser, which reads JSON as YAML's flow style, where the
  // text goes wrong; failing that, the token's first occurrence.
  const doc = parseDocument(text, { schema: 'json' });
  const first = doc.errors[0];
  if (first !== undefined) return first.pos[0];
  const index = token ? text.indexOf(token[1]!) : -1;
  return index >= 0 ? index : undefined;
}

function lineColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) [line, start] = [line + 1, i + 1];
  }
  return ` at line ${line}, column ${offset - start + 1}`;
}

/**
 * YAML 1.2 with merge keys (`<<: *defaults`), duplicate keys refused, aliases checked
 * (see `alias-expansion.ts`) before the document becomes a plain value.
 */
export function parseYaml(text: string): DocumentParse {
  // Nesting deep enough to exhaust the parser's own stack is refused before it parses.
  if (flowDepth(text) > MAX_NESTING) return { ok: false, problems: [`refused: lists and mappings nested more than ${MAX_NESTING} deep`] };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true, merge: true });
  if (doc.errors.length > 0) {
    const problems: string[] = [];
    for (const e of doc.errors) {
      if (/Maximum call stack/.test(e.message)) return { ok: false, problems: [`refused: lists and mappings nested more than ${MAX_NESTING} deep`] };
      const at = e.linePos?.[0];
      // prettyErrors appends the position and a source excerpt; keep the first line's words.
      const what = e.code === 'MULTIPLE_DOCS' ? 'expected one YAML document, got several (a line of --- starts another)' : e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      const problem = `invalid YAML${at ? ` at line ${at.line}, column ${at.col}` : ''}: ${what}`;
      if (!problems.includes(problem)) problems.push(problem);
      if (problems.length === MAX_SYNTAX_PROBLEMS) break;
    }
    return { ok: false, problems };
  }
  const keys = collectionKeys(doc, lines);
  if (keys.length > 0) return { ok: false, problems: keys };
  const problems = aliasProblems(doc, lines);
  if (problems.length > 0) return { ok: false, problems };
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown };
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    const why = /alias count/i.test(message)
      ? `an anchor is used through aliases more than ${MAX_ALIAS_COUNT} times (${message})`
      : message;
    return { ok: false, problems: [`refused: ${why}`] };
  }
}
