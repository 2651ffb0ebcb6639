import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { workloadJsonSchema } from '../../src/workload/json-schema.js';

it('schema/workload.schema.json is the JSON Schema generated from the zod schema (regenerate: avsim schema > schema/workload.schema.json)', () => {
  const copy = JSON.parse(readFileSync(new URL('../../schema/workload.schema.json', import.meta.url), 'utf8')) as unknown;
  const generated = workloadJsonSchema();
  expect(copy).toEqual(generated); // a readable diff of what changed
  expect(JSON.stringify(copy)).toBe(JSON.stringify(generated)); // and the same key order
});
