/**
 * The part of a zod schema at a field path, and the keys an object schema allows, so
 * that an unknown key can be reported with the keys that would have been accepted
 * (`allowed: name, pool, users`). Reads zod 4's schema definitions (`_zod.def`); a path
 * it cannot follow gives `undefined`.
 */
import type { z } from 'zod';
import { valueAt } from './field-path.js';
import type { PathKey } from './field-path.js';

type Schema = z.core.$ZodType;
type Def = z.core.$ZodTypes['_zod']['def'];

const defOf = (schema: Schema): Def => (schema as z.core.$ZodTypes)._zod.def;

/** The schema behind wrappers that do not change the shape (default, optional, pipe, ...). */
function unwrap(schema: Schema): Schema {
  for (let depth = 0; depth < 64; depth++) {
    const def = defOf(schema);
    switch (def.type) {
      case 'default':
      case 'prefault':
      case 'optional':
      case 'nullable':
      case 'readonly':
      case 'nonoptional':
      case 'catch':
        schema = def.innerType;
        break;
      case 'pipe':
        schema = def.in; // the input side: what the file holds
        break;
      case 'lazy':
        schema = def.getter();
        break;
      default:
        return schema;
    }
  }
  return schema;
}

const isRecord = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/** The object keys of a schema, when it is an object. */
function shapeKeys(schema: Schema): string[] | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'object' ? Object.keys(def.shape) : undefined;
}

/**
 * The option of a union that the raw value was meant for: by the discriminator's
 * literal when there is one, otherwise the object option knowing most of its keys
 * (leaving out options that know a key reported unknown: they did not report it).
 */
function chooseOption(def: z.core.$ZodUnionDef, raw: unknown, unknownKeys: readonly string[] = []): Schema | undefined {
  if (!isRecord(raw)) return def.options[0];
  const discriminator = 'discriminator' in def ? (def as z.core.$ZodDiscriminatedUnionDef).discriminator : undefined;
  if (typeof discriminator === 'string') {
    const wanted = raw[discriminator];
    for (const option of def.options) {
      const o = defOf(unwrap(option));
      if (o.type !== 'object') continue;
      const field = o.shape[discriminator];
      const f = field === undefined ? undefined : defOf(unwrap(field));
      if (f?.type === 'literal' && (f.values as unknown[]).includes(wanted)) return option;
    }
  }
  let best: Schema | undefined;
  let bestScore = -1;
  for (const option of def.options) {
    const keys = shapeKeys(option);
    if (keys === undefined || unknownKeys.some((k) => keys.includes(k))) continue;
    const score = keys.filter((k) => Object.hasOwn(raw, k)).length;
    if (score > bestScore) [best, bestScore] = [option, score];
  }
  return best;
}

/**
 * The schema at `path` of `schema`, following the raw document to choose among union
 * options met on the way; `undefined` when the path leaves the schema.
 */
export function schemaAt(schema: Schema, path: readonly PathKey[], raw: unknown): Schema | undefined {
  let current: Schema | undefined = schema;
  let value = raw;
  for (const key of path) {
    let def = defOf(unwrap(current));
    if (def.type === 'union') {
      current = chooseOption(def, value);
      if (current === undefined) return undefined;
      def = defOf(unwrap(current));
    }
    value = valueAt(value, [key]);
    switch (def.type) {
      case 'object':
        current = typeof key === 'string' ? def.shape[key] : undefined;
        break;
      case 'array':
        current = def.element;
        break;
      case 'tuple':
        current = typeof key === 'number' ? (def.items[key] ?? def.rest ?? undefined) : undefined;
        break;
      case 'record':
        current = def.valueType;
        break;
      default:
        return undefined;
    }
    if (current === undefined) return undefined;
  }
  return current;
}

/** Option `index` of a union schema (as zod numbers a union issue's `errors`). */
export function unionOption(schema: Schema, index: number): Schema | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'union' ? def.options[index] : undefined;
}

/**
 * The keys an object schema allows; for a union, those of the option the raw value
 * was meant for (one that does not know `unknownKeys`). `undefined` when the schema is
 * no object.
 */
export function objectKeys(schema: Schema, raw: unknown, unknownKeys: readonly string[] = []): string[] | undefined {
  let def = defOf(unwrap(schema));
  if (def.type === 'union') {
    const option = chooseOption(def, raw, unknownKeys);
    if (option === undefined) return undefined;
    def = defOf(unwrap(option));
  }
  return def.type === 'object' ? Object.keys(def.shape) : undefined;
}
