import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { workloadJsonSchema } from '../../src/workload/json-schema.js';

it('the JSON Schema in the repository is the one generated from the zod schema (regenerate: avsim schema > schema/workload.schema.json)', () => {
  const copy = readFileSync(new URL('../../schema/workload.schema.json', import.meta.url), 'utf8');
  expect(copy).toBe(`${JSON.stringify(workloadJsonSchema(), null, 2)}\n`);
  const schema = workloadJsonSchema() as { $schema: string; properties: Record<string, unknown>; required: string[] };
  expect(schema.$schema).toMatch(/2020-12/);
  expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['name', 'simulation', 'deployment', 'network', 'traffic', 'scenarios']));
  expect(schema.required).toContain('name');
});
