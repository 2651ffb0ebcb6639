import { expect, it } from 'vitest';
import { workloadJsonSchema } from '../../src/workload/json-schema.js';

it('the JSON Schema describes the file as written: draft 2020-12, $id, title, strict objects, durations as text or seconds', () => {
  const schema = workloadJsonSchema() as {
    $schema: string;
    $id: string;
    title: string;
    required: string[];
    additionalProperties: boolean;
    properties: Record<string, { properties?: Record<string, { anyOf?: { type: string }[] }> }>;
  };
  expect(schema.$schema).toMatch(/2020-12/);
  expect(schema.$id).toMatch(/workload\.schema\.json$/);
  expect(schema.title).toBe('avsim workload');
  expect(schema.required).toEqual(['name', 'deployment']);
  expect(schema.additionalProperties).toBe(false);
  expect(schema.properties['simulation']!.properties!['warmup']!.anyOf!.map((t) => t.type)).toEqual(['number', 'string']);
});
